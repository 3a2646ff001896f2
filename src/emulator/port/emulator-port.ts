// What an observer of the emulator (its dashboard, a recorder, a test) may read and do,
// and the events it is told of (STYLE.md habit 21): the emulator exposes this port and
// never imports its observers; they import nothing else of it.
import type { OperationId } from "../../contract/types.js";
import type { Clock } from "../../util/clock.js";
import type { BatchChange } from "../batches/batch-store.js";
import type { CallbackDelivery } from "../callbacks/callback-delivery.js";
import type { MountedApp } from "../http/mounts.js";
import type { FaultOptions } from "../options/faults.js";
import type { AuthFailure, DirectCallOperation } from "../options/request-log-entry.js";
import type { BatchDetail, BatchSummary } from "./batch-summaries.js";

export type { BatchChange, BatchDetail, BatchSummary, CallbackDelivery, DirectCallOperation, FaultOptions, MountedApp };

/** The emulator's settings as an observer may see them: the API keys, never their secrets. */
export interface EmulatorSettingsView {
  readonly auth: "strict" | "relaxed";
  readonly apiKeys: readonly string[];
  readonly jobDelayMs: number;
  readonly retentionMs: number;
  readonly callbacks: Readonly<{ attempts: number; baseDelayMs: number; timeoutMs: number }>;
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
  readonly maxBufferedBytes: number;
  readonly maxStoredBytes: number;
  readonly honourPreferHeader: boolean;
}

/** Request headers: lookup by name in any case, and iteration. */
export interface ObservedHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** A request the emulator answered, as an observer is told of it. */
export interface ObservedRequest {
  /** When it arrived, by the emulator's clock (epoch ms). */
  at: number;
  method: string;
  /** Path and query as received. */
  path: string;
  /** The operation (`"run"`, …), a direct call's `namespace.action` (`"event.getEventList"`), or undefined for an unknown URL. */
  operation: OperationId | DirectCallOperation | undefined;
  status: number;
  /** The envelope's specific code on an error answer. */
  specificCode: number | undefined;
  durationMs: number;
  /** The key that signed it (undefined when refused, or under relaxed auth). */
  apiKey: string | undefined;
  /** The headers as received (not a copy: keep only what you need). */
  headers: ObservedHeaders;
  /** The body as read (not a copy), or undefined when it was refused on its headers. */
  body: Uint8Array | undefined;
  /** The answer's body and headers as sent. */
  answer: object;
  answerHeaders: Readonly<Record<string, string>>;
  /** Why it was refused (any 4xx or 5xx answer): the precise reason for a refused signature, else the answer's own words. */
  refusal: string | undefined;
  /** For a refused signature: the precise reason and the string to sign the emulator computed. */
  authFailure: AuthFailure | undefined;
}

/** What an observer is told of, as it happens. */
export type EmulatorEvent =
  | { type: "request"; request: ObservedRequest }
  | { type: "batch"; asyncId: string; change: BatchChange }
  | { type: "delivery"; asyncId: string; delivery: CallbackDelivery }
  | { type: "faults"; faults: FaultOptions }
  /** The emulator is about to listen on `host` (before it binds). */
  | { type: "listen"; host: string }
  /** The emulator is closing: end whatever follows it. */
  | { type: "close" };

export type EmulatorEventType = EmulatorEvent["type"];

/** What an operator's batch action answers: the operation's own answer (status and body). */
export interface ActionAnswer {
  status: number;
  body: object;
}

export interface EmulatorPort {
  /** The settings in force (read-only). */
  readonly settings: EmulatorSettingsView;
  /** The clock the emulator reads the time from and waits on. */
  readonly clock: Clock;
  readonly batches: {
    /** Every live batch, oldest first. */
    list(): BatchSummary[];
    /** One batch's summary, or undefined when it is unknown or expired. */
    summary(asyncId: string): BatchSummary | undefined;
    /** One batch with its jobs and deliveries, or undefined. The summary part is the same as `summary`'s. */
    get(asyncId: string): BatchDetail | undefined;
  };
  readonly deliveries: {
    /** Every callback delivery with its attempts (of one batch, or all). */
    list(asyncId?: string): CallbackDelivery[];
  };
  /** Bytes held by a key's batches: its part of what counts against maxStoredBytes. */
  storedBytes(apiKey: string | undefined): number;
  readonly faults: {
    /** The fault options in force, as given (functions included). */
    get(): FaultOptions;
    /** Replaces them; throws a TypeError naming a bad option. Returns the options now in force. */
    set(faults: FaultOptions): FaultOptions;
  };
  /** What an operator may do to any key's batch. */
  readonly actions: {
    restart(asyncId: string): ActionAnswer;
    repost(asyncId: string): ActionAnswer;
    /** Expires the batch now, as if its retention had passed; false when there is none. */
    expire(asyncId: string): boolean;
  };
  /**
   * Calls `listener` with every event (or those of `types`) until the returned function
   * is called. A listener must not throw; the emulator ignores it if it does.
   */
  on(listener: (event: EmulatorEvent) => void, types?: readonly EmulatorEventType[]): () => void;
  /** Serves `app` for every path under `prefix` (in-process and on the socket), as hono's `mount` does; returns the unmount. */
  mount(prefix: string, app: MountedApp): () => void;
}
