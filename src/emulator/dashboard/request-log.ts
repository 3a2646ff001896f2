// The dashboard's memory of recent requests: a ring of the last `capacity` answered
// requests, newest last, fed by the port's request events. Recording keeps references
// (the headers object, the body bytes already read) and copies only what must be cut
// short, so a dashboard nobody watches costs the request path almost nothing; everything
// else is worked out when someone asks for it.
import type { ObservedHeaders, ObservedRequest } from "../port/index.js";

/** Bodies longer than this are kept cut to it (the dashboard shows the start and the length). */
export const KEPT_BODY_BYTES = 16 * 1024;

/**
 * Requests kept by default. Few enough that, under load, an entry is usually collected
 * young instead of being promoted: with 200 kept, `npm run bench` measured the emulator's
 * run throughput at 0.90-0.91 of no dashboard (twice); with 16 at 0.98, with 64 at 1.04
 * (bench/dashboard-overhead.ts, a loaded 2-core machine).
 */
export const DEFAULT_REQUEST_LOG_SIZE = 64;

/** One kept request: the port's record of it as told (by reference: recording copies nothing but a cut body), and what the log adds. */
export interface LoggedRequest {
  id: number;
  request: ObservedRequest;
  /** The body as read (cut to KEPT_BODY_BYTES), or undefined when it was not read (refused on its headers). */
  body: Uint8Array | undefined;
  bodyLength: number | undefined;
  /** The answer's body; not kept for a `results` answer (the batch view shows those). */
  answer: object | undefined;
}

/**
 * Refused requests (an error answer) kept apart from the ring as well, so a flood of
 * progress polls cannot push the one refused request out before anyone opens it.
 */
export const KEPT_REFUSED = 100;

export interface RequestLog {
  record(request: ObservedRequest): void;
  /** Newest first, at most `limit`: the ring's entries, and older refused ones kept apart. */
  list(limit?: number): LoggedRequest[];
  /** Requests answered with an error since the emulator started (kept or not). */
  readonly refusedTotal: number;
  get(id: number): LoggedRequest | undefined;
  /** Called with each new entry; returns the unsubscribe function. */
  subscribe(listener: (entry: LoggedRequest) => void): () => void;
  readonly capacity: number;
}

const namedKey = (headers: ObservedHeaders): string | undefined => /^\s*IWS ([^:\s]+):/.exec(headers.get("x-api-authorization") ?? "")?.[1];

/**
 * A copy when the bytes are cut short or are a view into a much larger buffer (keeping
 * the view would keep all of it); else the bytes themselves, with no copy on the request
 * path. (A socket chunk holds the request's headers too: a few hundred bytes more.)
 */
function keptBody(body: Uint8Array): Uint8Array {
  if (body.byteLength > KEPT_BODY_BYTES) return new Uint8Array(body.subarray(0, KEPT_BODY_BYTES));
  return body.buffer.byteLength > 2 * KEPT_BODY_BYTES ? new Uint8Array(body) : body;
}

export function createRequestLog(capacity = DEFAULT_REQUEST_LOG_SIZE): RequestLog {
  const ring: (LoggedRequest | undefined)[] = new Array(capacity);
  let next = 0; // id of the next entry; entry id lives at ring[id % capacity]
  const listeners = new Set<(entry: LoggedRequest) => void>();
  // Oldest first; at most KEPT_REFUSED, each also in the ring while it is there.
  const refused: LoggedRequest[] = [];
  let refusedTotal = 0;
  return {
    capacity,
    get refusedTotal() {
      return refusedTotal;
    },
    record(request) {
      const { body, answer } = request;
      const logged: LoggedRequest = {
        id: next,
        request,
        body: body && keptBody(body),
        bodyLength: body?.byteLength,
        answer: request.operation === "results" && request.status === 200 ? undefined : answer,
      };
      ring[next % capacity] = logged;
      next++;
      if (request.status >= 400) {
        refusedTotal++;
        refused.push(logged);
        if (refused.length > KEPT_REFUSED) refused.shift();
      }
      for (const listener of listeners) {
        try {
          listener(logged);
        } catch {
          // A listener's failure (a closed stream) must not reach the request path.
        }
      }
    },
    list(limit = capacity) {
      const out: LoggedRequest[] = [];
      for (let id = next - 1; id >= 0 && id >= next - capacity && out.length < limit; id--) out.push(ring[id % capacity]!);
      for (let i = refused.length - 1; i >= 0 && out.length < limit; i--) if (refused[i]!.id < next - capacity) out.push(refused[i]!);
      return out;
    },
    get(id) {
      if (!Number.isInteger(id) || id < 0 || id >= next) return undefined;
      if (id >= next - capacity) return ring[id % capacity];
      return refused.find((entry) => entry.id === id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The key an entry is about: the one that signed it, or for a refused one the one it named. */
export const keyOf = (entry: LoggedRequest): string | undefined => entry.request.apiKey ?? namedKey(entry.request.headers);
