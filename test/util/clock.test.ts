import { describe, expect, it } from "vitest";
import { createManualClock, deadline, sleep, systemClock } from "../../src/util/clock.js";
import { createTimerSet } from "../../src/util/timer-set.js";

describe("createManualClock", () => {
  it("runs each wait when the time passes its due time, in due order, at its own time", () => {
    const clock = createManualClock(1000);
    const ran: string[] = [];
    clock.setTimeout(() => ran.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => ran.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => ran.push(`c@${clock.now()}`), 20);
    expect(clock.pending).toBe(3);
    expect(clock.nextAt()).toBe(1010);
    expect(clock.advance(15)).toBe(1015);
    expect(ran).toEqual(["a@1010"]);
    clock.advance(100);
    expect(ran).toEqual(["a@1010", "b@1020", "c@1020"]);
    expect(clock.now()).toBe(1115);
    expect(clock.pending).toBe(0);
  });

  it("runs waits scheduled by a wait when they fall within the window, and not cancelled ones", () => {
    const clock = createManualClock(0);
    const ran: number[] = [];
    const tick = () => {
      ran.push(clock.now());
      if (ran.length < 10) clock.setTimeout(tick, 100);
    };
    clock.setTimeout(tick, 100);
    clock.setTimeout(() => ran.push(-1), 50).cancel();
    clock.advance(350);
    expect(ran).toEqual([100, 200, 300]);
    expect(clock.runNext()).toBe(true);
    expect(ran.at(-1)).toBe(400);
  });

  it("moving back runs nothing; set() forward runs what falls due", () => {
    const clock = createManualClock(500);
    let ran = 0;
    clock.setTimeout(() => ran++, 100);
    clock.advance(-200);
    expect(ran).toBe(0);
    clock.set(600);
    expect(ran).toBe(1);
  });

  it("advanceAsync lets awaited code schedule its next wait within the window", async () => {
    const clock = createManualClock(0);
    const seen: number[] = [];
    const loop = (async () => {
      for (let i = 0; i < 5; i++) {
        await sleep(clock, 10);
        seen.push(clock.now());
      }
    })();
    await clock.advanceAsync(30);
    expect(seen).toEqual([10, 20, 30]);
    await clock.advanceAsync(100);
    await loop;
    expect(seen).toEqual([10, 20, 30, 40, 50]);
  });

  it("refuses a time that is not a finite number", () => {
    expect(() => createManualClock(Number.NaN)).toThrow(/startMs must be a finite number/);
    expect(() => createManualClock(0).advance(Number.POSITIVE_INFINITY)).toThrow(/advance\(ms\)/);
  });
});

describe("sleep and deadline", () => {
  it("sleep rejects with the signal's reason when it aborts, and frees its wait", async () => {
    const clock = createManualClock(0);
    const controller = new AbortController();
    const slept = sleep(clock, 1000, controller.signal);
    expect(clock.pending).toBe(1);
    controller.abort(new Error("stop"));
    await expect(slept).rejects.toThrow("stop");
    expect(clock.pending).toBe(0);
  });

  it("deadline aborts its signal when the time passes, and cancel() stops it", () => {
    const clock = createManualClock(0);
    const first = deadline(clock, 100, () => new Error("late"));
    const second = deadline(clock, 100, () => new Error("never"));
    second.cancel();
    clock.advance(100);
    expect(first.signal.aborted).toBe(true);
    expect((first.signal.reason as Error).message).toBe("late");
    expect(second.signal.aborted).toBe(false);
  });

  it("the system clock reads Date.now and runs waits on Node's timers", async () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    await new Promise<void>((resolve) => systemClock.setTimeout(resolve, 1, { unref: true }));
  });
});

describe("createTimerSet", () => {
  it("sleeps on its clock, and clear() ends every pending wait with false", async () => {
    const clock = createManualClock(0);
    const timers = createTimerSet(clock);
    const first = timers.sleep(100);
    clock.advance(100);
    await expect(first).resolves.toBe(true);
    const second = timers.sleep(100);
    expect(timers.pending).toBe(1);
    timers.clear();
    await expect(second).resolves.toBe(false);
    expect(clock.pending).toBe(0);
    await expect(timers.sleep(1)).resolves.toBe(false);
  });
});
