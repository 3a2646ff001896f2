// What the dashboard reads from and does to an emulator, as one small interface: the
// emulator implements it over its store, deliverer and operations (create-emulator.ts),
// and the dashboard's code needs nothing else of it.
import type { Batch } from "../batches/batch-state.js";
import type { CallbackDelivery } from "../callbacks/callback-delivery.js";
import type { OperationAnswer } from "../operations/answer-operation.js";
import type { FaultOptions } from "../options/faults.js";
import type { RequestLog } from "./request-log.js";

export interface EmulatorSettings {
  auth: "strict" | "relaxed";
  /** The configured API keys; their secrets are never given to the dashboard. */
  apiKeys: string[];
  jobDelayMs: number;
  retentionMs: number;
  callbacks: { attempts: number; baseDelayMs: number; timeoutMs: number };
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  maxBufferedBytes: number;
  maxStoredBytesPerKey: number;
}

export interface DashboardSource {
  requests: RequestLog;
  settings: EmulatorSettings;
  /** The emulator clock's time (expiry is by it). */
  now(): number;
  /** The live batches, expired ones gone. */
  batches(): Batch[];
  batch(asyncId: string): Batch | undefined;
  deliveries(asyncId?: string): CallbackDelivery[];
  /** Bytes held by a key's batches (its share of maxStoredBytesPerKey). */
  storedBytes(owner: string | undefined): number;
  /** repost or restart, as an operator: any key's batch. */
  act(action: "repost" | "restart", asyncId: string): OperationAnswer;
  expireNow(asyncId: string): boolean;
  /** The fault options in force, as given (functions included). */
  faults(): FaultOptions;
  /** Replaces them; throws a TypeError naming the bad option. */
  setFaults(faults: FaultOptions): void;
}
