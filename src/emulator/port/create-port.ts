// The port (emulator-port.ts) over the emulator's rooms: reads from the batch store and
// the deliverer, acts through the operations, mounts through the HTTP edge's table.
import type { BatchStore } from "../batches/batch-store.js";
import type { CallbackDeliverer } from "../callbacks/callback-delivery.js";
import type { Mounts } from "../http/mounts.js";
import type { AnswerOperation } from "../operations/answer-operation.js";
import type { EmulatorSettings } from "../options/emulator-settings.js";
import type { FaultOptions } from "../options/faults.js";
import { batchDetail, summarizeBatch } from "./batch-summaries.js";
import type { EmulatorPort, EmulatorSettingsView } from "./emulator-port.js";
import type { PortEvents } from "./port-events.js";

export interface PortDeps {
  settings: EmulatorSettings;
  events: PortEvents;
  store: BatchStore;
  deliverer: CallbackDeliverer;
  answerOperation: AnswerOperation;
  faults: { get(): FaultOptions; set(faults: FaultOptions): FaultOptions };
  mounts: Mounts;
}

function settingsView(settings: EmulatorSettings): EmulatorSettingsView {
  return Object.freeze({
    auth: settings.auth,
    apiKeys: Object.freeze([...settings.secrets.keys()]),
    jobDelayMs: settings.jobDelayMs,
    retentionMs: settings.retentionMs,
    callbacks: Object.freeze({ ...settings.callbacks }),
    maxBodyBytes: settings.maxBodyBytes,
    bodyTimeoutMs: settings.bodyTimeoutMs,
    maxBufferedBytes: settings.maxBufferedBytes,
    maxStoredBytes: settings.maxStoredBytes,
    honourPreferHeader: settings.honourPreferHeader,
  });
}

export function createEmulatorPort(deps: PortDeps): EmulatorPort {
  const { store, deliverer, settings } = deps;
  const summary = (asyncId: string) => {
    const batch = typeof asyncId === "string" ? store.get(asyncId) : undefined;
    return batch && { batch, summary: summarizeBatch(batch, settings.retentionMs, deliverer.summary(batch.asyncId)) };
  };
  // As an operator: any key's batch (owner undefined), answered as the operation answers.
  const act = (operation: "restart" | "repost", asyncId: string) => {
    const { status, body } = deps.answerOperation(operation, { async: asyncId }, undefined);
    return { status, body };
  };
  return {
    settings: settingsView(settings),
    clock: settings.clock,
    batches: {
      list: () => store.list().map((batch) => summarizeBatch(batch, settings.retentionMs, deliverer.summary(batch.asyncId))),
      summary: (asyncId) => summary(asyncId)?.summary,
      get(asyncId) {
        const found = summary(asyncId);
        return found && batchDetail(found.summary, found.batch, deliverer.list(asyncId));
      },
    },
    deliveries: { list: (asyncId) => deliverer.list(asyncId) },
    storedBytes: (apiKey) => store.storedBytes(apiKey),
    faults: deps.faults,
    actions: {
      restart: (asyncId) => act("restart", asyncId),
      repost: (asyncId) => act("repost", asyncId),
      expire: (asyncId) => store.expireNow(asyncId),
    },
    on: (listener, types) => deps.events.on(listener, types),
    mount: (prefix, app) => deps.mounts.add(prefix, app),
  };
}
