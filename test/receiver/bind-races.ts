// Concurrent binds of one pending token: shared by the race test and
// `npm run hardening`, which prints the figures.
import { type CallbackReceiverOptions, createCallbackReceiver, createMemoryTokenStore, type TokenStore } from "../../src/receiver/index.js";
import { makeCallback, newAsyncId, post } from "./fixtures.js";

export interface BindRaceOutcome {
  trials: number;
  /** Trials in which more than one asyncId was accepted for the one token. */
  doubleBinds: number;
  /** Statuses answered by the losers (or the bind() error codes), counted. */
  loserAnswers: Record<string, number>;
}

/**
 * Per trial: one issued, unbound token; `callbacks` callbacks naming different asyncIds
 * POSTed at once through `receiver.fetch`, plus (with `withBind`) a `bind()` to yet another.
 */
export async function raceBinds(options: {
  trials: number;
  callbacks: number;
  withBind?: boolean;
  receiver?: Partial<CallbackReceiverOptions>;
}): Promise<BindRaceOutcome> {
  let doubleBinds = 0;
  const loserAnswers: Record<string, number> = {};
  const count = (answer: string) => void (loserAnswers[answer] = (loserAnswers[answer] ?? 0) + 1);
  for (let trial = 0; trial < options.trials; trial++) {
    const handled = new Set<string>();
    const receiver = createCallbackReceiver({
      publicUrl: "https://my.app/ivvy/callback",
      onCallback: (payload) => void handled.add(payload.asyncId),
      ...options.receiver,
    });
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    const ids = Array.from({ length: options.callbacks }, newAsyncId);
    const bindId = newAsyncId();
    const accepted = new Set<string>();
    const deliveries = ids.map(async (asyncId) => {
      const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
      if (response.status === 200) accepted.add(asyncId);
      else count(String(response.status));
    });
    const bound = options.withBind
      ? receiver.bind(token, bindId).then(
          () => void accepted.add(bindId),
          (error: { code?: string }) => count(`bind:${error.code ?? String(error)}`),
        )
      : Promise.resolve();
    await Promise.all([...deliveries, bound]);
    await receiver.whenIdle();
    if (accepted.size > 1 || handled.size > 1) doubleBinds++;
  }
  return { trials: options.trials, doubleBinds, loserAnswers };
}

/**
 * A memory token store whose every answer arrives `latencyMs` late, as a shared store's
 * would; each operation itself still happens at once (bindIfPending stays atomic).
 */
export function slowTokenStore(latencyMs: number): TokenStore {
  const inner = createMemoryTokenStore();
  const late = <T>(value: Promise<T>): Promise<T> => new Promise((resolve, reject) => setTimeout(() => value.then(resolve, reject), latencyMs));
  return {
    get: (key) => late(inner.get(key)),
    set: (key, record, ttlMs) => late(inner.set(key, record, ttlMs)),
    bindIfPending: (key, asyncId, ttlMs) => late(inner.bindIfPending(key, asyncId, ttlMs)),
  };
}
