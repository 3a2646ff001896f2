// What the receiver writes to when it is given an inbox: the small interface it owns, so
// the receiver needs nothing from src/inbox (the inbox implements this and imports the
// receiver, never the reverse; docs/deployment.md, "The callback inbox").

/** What the receiver writes: one accepted delivery, its body exactly as received. */
export interface InboxDeliveryInput {
  /** Stable across reposts of the same bytes and across redeliveries: `asyncId:sha256(body)`. */
  deliveryId: string;
  asyncId: string;
  body: Uint8Array;
  /** Epoch milliseconds. */
  receivedAt: number;
}

/** The part of an inbox the receiver needs. */
export interface InboxWriter {
  /**
   * Stores the delivery durably and resolves once it is stored; `duplicate` when an entry
   * with this deliveryId is already there (it is left as it is). Rejects when it could not
   * store it: the receiver then answers 503 so the sender retries.
   */
  put(delivery: InboxDeliveryInput): Promise<{ duplicate: boolean }>;
}
