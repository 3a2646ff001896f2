// A pending token bound twice. Before bindIfPending, two concurrent
// callbacks naming different asyncIds on one unbound token were both accepted in 100 of
// 100 trials.
import { describe, expect, it } from "vitest";
import { raceBinds, slowTokenStore } from "./bind-races.js";

describe("concurrent binds of one pending token", () => {
  it("two callbacks naming different batches: one is accepted, the other gets 403 (100 trials)", async () => {
    const outcome = await raceBinds({ trials: 100, callbacks: 2 });
    expect(outcome.doubleBinds).toBe(0);
    expect(outcome.loserAnswers).toEqual({ "403": 100 });
  });

  it("five callbacks and a bind() at once: exactly one asyncId wins each trial", async () => {
    const outcome = await raceBinds({ trials: 50, callbacks: 5, withBind: true });
    expect(outcome.doubleBinds).toBe(0);
    expect(Object.values(outcome.loserAnswers).reduce((a, b) => a + b, 0)).toBe(50 * 5);
    for (const answer of Object.keys(outcome.loserAnswers)) expect(["403", "bind:token_conflict"]).toContain(answer);
  });

  it("the same on a token store answering in 2 ms, as a shared one would", async () => {
    const outcome = await raceBinds({ trials: 30, callbacks: 5, withBind: true, receiver: { tokenStore: slowTokenStore(2) } });
    expect(outcome.doubleBinds).toBe(0);
    const losers = Object.values(outcome.loserAnswers).reduce((a, b) => a + b, 0);
    expect(losers).toBe(30 * 5);
    for (const answer of Object.keys(outcome.loserAnswers)) expect(["403", "bind:token_conflict"]).toContain(answer);
  });
});
