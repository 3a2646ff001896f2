import type { BatchCallback } from "../contract/types.js";
import { functionOption, positiveInteger } from "../receiver/option-rules.js";
import { type Clock, clockOption, every } from "../util/clock.js";
import { checkOptions, custom } from "../util/options.js";
import type { CallbackInbox, ClaimedDelivery } from "./callback-inbox.js";

/** What the handler learns about a delivery besides the payload. */
export interface InboxDeliveryInfo {
  /**
   * The same for every attempt and every instance that handles this delivery: record it
   * with the handler's effect (in the same transaction) to make the effect happen once.
   */
  deliveryId: string;
  asyncId: string;
  /** 1 on the first attempt. */
  attempt: number;
  receivedAt: Date;
  /** The body exactly as the receiver got it. */
  rawBody: Uint8Array;
}

export interface InboxConsumerOptions {
  inbox: CallbackInbox;
  /** Runs once per attempt; resolving marks the entry done, throwing schedules another attempt. */
  onCallback: (payload: BatchCallback, delivery: InboxDeliveryInfo) => void | Promise<void>;
  /**
   * A claim not completed or extended in this time is handed out again: the consumer died.
   * While a handler runs its claim is extended every third of this. Default 30 s.
   */
  visibilityTimeoutMs?: number;
  /** Attempts before an entry becomes a dead letter. Default 5. */
  maxAttempts?: number;
  /** Wait after a failed attempt before the next. Default 5 s. */
  retryDelayMs?: number;
  /** How often an idle consumer looks for entries (besides `wake()`). Default 1 s. */
  pollIntervalMs?: number;
  /** Entries claimed, and handled concurrently, per round. Default 10. */
  batchSize?: number;
  /** Handler and inbox errors (with the delivery when there is one). Without it they are dropped: the library never logs. */
  onError?: (error: unknown, delivery: InboxDeliveryInfo | undefined) => void;
  /**
   * What the polling and the claim heartbeat wait on. Default: the system clock;
   * `createManualClock()` in tests (give the inbox the same one).
   */
  clock?: Clock;
}

export interface InboxConsumer {
  /** Starts consuming in the background until stop(). */
  start(): void;
  /** Stops claiming and resolves once the handlers in progress have finished. */
  stop(): Promise<void>;
  /** One round: claims up to batchSize entries and handles them; resolves with how many were claimed. */
  drain(): Promise<number>;
  /** Looks for entries now instead of at the next poll (e.g. on a LISTEN notification). */
  wake(): void;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

const CALLBACK_INBOX_METHODS = ["claim", "extend", "complete", "fail"] as const;

const SHAPE = {
  inbox: custom<CallbackInbox>((value, fail) => {
    for (const method of CALLBACK_INBOX_METHODS) {
      if (typeof (value as Record<string, unknown> | null | undefined)?.[method] !== "function") {
        fail(`must be a CallbackInbox (createMemoryInbox(), or the Postgres store set's inbox)${value === undefined ? "" : `; it has no ${method}()`}`);
      }
    }
    return value as CallbackInbox;
  }),
  onCallback: functionOption<InboxConsumerOptions["onCallback"]>(true),
  visibilityTimeoutMs: positiveInteger(30_000),
  maxAttempts: positiveInteger(5),
  retryDelayMs: custom<number>((value, fail) => {
    if (value === undefined) return 5_000;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) fail(`must be 0 or a positive integer, got ${JSON.stringify(value)}`);
    return value as number;
  }),
  pollIntervalMs: positiveInteger(1_000),
  batchSize: positiveInteger(10),
  onError: functionOption<NonNullable<InboxConsumerOptions["onError"]>>(),
  clock: clockOption(),
};

/** Hands inbox entries to `onCallback`, at least once each, from any number of instances. */
export function createInboxConsumer(options: InboxConsumerOptions): InboxConsumer {
  if (typeof options !== "object" || options === null) throw new TypeError("createInboxConsumer: pass an options object, at least { inbox, onCallback }");
  const { inbox, onCallback, visibilityTimeoutMs, maxAttempts, retryDelayMs, pollIntervalMs, batchSize, onError, clock } = checkOptions(
    "createInboxConsumer",
    options,
    SHAPE,
  );
  const report = (error: unknown, delivery?: InboxDeliveryInfo) => {
    try {
      onError?.(error, delivery);
    } catch {
      // Nowhere left to report it.
    }
  };

  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  // A wake() that came while a round ran is kept, so the next pause is skipped.
  let woken = false;

  async function handleOne(claim: ClaimedDelivery): Promise<void> {
    const info: InboxDeliveryInfo = {
      deliveryId: claim.deliveryId,
      asyncId: claim.asyncId,
      attempt: claim.attempt,
      receivedAt: new Date(claim.receivedAt),
      rawBody: claim.body,
    };
    // Keeps the claim while the handler runs, so a slow handler is not run a second time
    // beside itself; when this process dies the extensions stop and the entry is reclaimed.
    const heartbeat = every(
      clock,
      Math.max(1, Math.floor(visibilityTimeoutMs / 3)),
      () => void inbox.extend(claim, visibilityTimeoutMs).catch((e: unknown) => report(e, info)),
    );
    try {
      const payload = JSON.parse(decoder.decode(claim.body)) as BatchCallback;
      await onCallback(payload, info);
    } catch (error) {
      heartbeat.cancel();
      report(error, info);
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await inbox.fail(claim, message.slice(0, 2_000), { maxAttempts, retryDelayMs }).catch((e: unknown) => report(e, info));
      return;
    }
    heartbeat.cancel();
    // A stale claim (reclaimed after the timeout) is not an error: the handler's effect
    // is recorded under the deliveryId, so the other attempt finds it done.
    await inbox.complete(claim).catch((e: unknown) => report(e, info));
  }

  async function drain(): Promise<number> {
    const claims = await inbox.claim({ limit: batchSize, visibilityTimeoutMs, maxAttempts });
    await Promise.all(claims.map(handleOne));
    return claims.length;
  }

  const pause = () =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        return resolve();
      }
      const timer = clock.setTimeout(done, pollIntervalMs);
      function done() {
        timer.cancel();
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  return {
    drain,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let claimed = 0;
          try {
            claimed = await drain();
          } catch (error) {
            // The inbox is unreachable: wait a poll interval and try again.
            report(error);
          }
          if (claimed === 0 && running) await pause();
        }
      })();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      loop = undefined;
    },
    wake() {
      woken = wakeUp === undefined;
      wakeUp?.();
    },
  };
}
