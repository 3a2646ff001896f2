// Each fault-injection switch, with an injected random source where a share is involved.
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { Job } from "../../src/contract/types.js";
import { createManualClock } from "../../src/util/clock.js";
import {
  clientFor,
  closeAll,
  echoHandlers,
  echoJobs,
  emulatorWith,
  eventually,
  expectConforms,
  expectEnvelope,
  send,
  settled,
  turns,
  within,
} from "./harness.js";

afterEach(closeAll);

/** Returns the given values in turn, then repeats the last one. */
const sequence =
  (...values: number[]) =>
  () =>
    values.length > 1 ? values.shift()! : values[0]!;

const callbackSink = () => {
  const bodies: string[] = [];
  const fetch = async (request: Request) => {
    bodies.push(await request.text());
    return new Response(null, { status: 200 });
  };
  return { bodies, fetch };
};

describe("faults, all off by default", () => {
  it("latencyMs delays every answer, on the emulator's clock", async () => {
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, faults: { latencyMs: 60 } });
    let answered = false;
    const ping = send(emulator, "ping").then((answer) => {
      answered = true;
      return answer;
    });
    await eventually("the answer to wait on the clock", () => clock.nextAt() === clock.now() + 60);
    clock.advance(59);
    await turns();
    expect(answered).toBe(false);
    clock.advance(1);
    expect((await within("the delayed answer", ping)).status).toBe(200);
  });

  it("rate429 answers that share of requests 429 with Retry-After, and the batch is not stored", async () => {
    const emulator = emulatorWith({ faults: { rate429: 0.25, retryAfterSeconds: 3, random: sequence(0.1, 0.3) } });
    const limited = await send(emulator, "run", { json: { jobs: echoJobs(1) } });
    expectEnvelope(limited, 429, 0);
    expect(limited.headers.get("retry-after")).toBe("3");
    expectConforms("run", limited);
    expect(emulator.batches.list()).toEqual([]);
    expect((await send(emulator, "run", { json: { jobs: echoJobs(1) } })).status).toBe(200);
  });

  it("rate5xx answers 500 (24091 on run, with nothing stored) and the client's safe calls retry through it", async () => {
    const emulator = emulatorWith({ faults: { rate5xx: 0.5, random: sequence(0.2, 0.7) } });
    const failed = await send(emulator, "run", { json: { jobs: echoJobs(1) } });
    expectEnvelope(failed, 500, SpecificCode.NotSaved);
    expectConforms("run", failed);
    expect(emulator.batches.list()).toEqual([]);

    emulator.setFaults({ rate5xx: 0.5, random: sequence(0.2, 0.2, 0.9) });
    const ping = await send(emulator, "ping");
    expectEnvelope(ping, 500, 0);
    expectConforms("ping", ping);
    const client = clientFor(emulator, { retries: 3 });
    await expect(client.ping()).resolves.toMatchObject({ answer: { ack: expect.any(String) } }); // one more 500, then through
  });

  it("draws one number per request, so the shares are exact over many requests", async () => {
    let i = 0;
    const emulator = emulatorWith({ faults: { rate429: 0.1, rate5xx: 0.2, random: () => (i++ % 100) / 100 } });
    const statuses = await Promise.all(Array.from({ length: 100 }, () => send(emulator, "ping").then((a) => a.status)));
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(statuses.filter((s) => s === 500)).toHaveLength(20);
    expect(statuses.filter((s) => s === 200)).toHaveLength(70);
  });

  it("failJobs fails jobs by index, by 'namespace.action' and by predicate; the batch still completes", async () => {
    const jobs: Job[] = [...echoJobs(3), { namespace: "test", action: "ping", params: {} }, ...echoJobs(2)];
    const cases = [
      { failJobs: [0, 2], failed: [0, 2] },
      { failJobs: ["test.ping"], failed: [3] },
      { failJobs: (_job: Job, index: number) => index >= 4, failed: [4, 5] },
    ];
    for (const { failJobs, failed } of cases) {
      const emulator = emulatorWith({ handlers: echoHandlers, faults: { failJobs } });
      const client = clientFor(emulator);
      const { asyncId } = await client.run(jobs);
      await settled(emulator);
      const { results } = await client.results(asyncId);
      const failedAt = results.flatMap((r, i) => ("errorCode" in r.response ? [i] : []));
      expect(failedAt).toEqual(failed);
      expect(results[failed[0]!]!.response).toMatchObject({ errorCode: 500, specificCode: 0 });
      expect(emulator.batches.get(asyncId)).toMatchObject({ status: "complete", failed: failed.length });
    }
  });

  it("a failJobs predicate that throws fails that job, and never the emulator", async () => {
    const emulator = emulatorWith({
      handlers: echoHandlers,
      faults: {
        failJobs: (_job, index) => {
          if (index === 1) throw new Error("predicate bug");
          return false;
        },
      },
    });
    const client = clientFor(emulator);
    const { asyncId } = await client.run(echoJobs(3));
    await settled(emulator);
    expect((await client.results(asyncId)).results.map((r) => "errorCode" in r.response)).toEqual([false, true, false]);
  });

  it("callbackDelayMs holds each delivery back, on the emulator's clock", async () => {
    const sink = callbackSink();
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, fetch: sink.fetch, faults: { callbackDelayMs: 80 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(1), { callbackUrl: "http://receiver.test/cb" });
    await eventually("the delivery to wait", () => emulator.callbacks.list(asyncId)[0]?.nextAttemptAt !== undefined);
    expect(emulator.callbacks.list(asyncId)[0]).toMatchObject({ attempts: 0, nextAttemptAt: clock.now() + 80 });
    clock.advance(79);
    await turns();
    expect(sink.bodies).toHaveLength(0);
    clock.advance(1);
    await settled(emulator);
    expect(sink.bodies).toHaveLength(1);
  });

  it("dropCallbacks loses the first N deliveries without retrying them; repost then gets through", async () => {
    const sink = callbackSink();
    const emulator = emulatorWith({ handlers: echoHandlers, fetch: sink.fetch, faults: { dropCallbacks: 2 } });
    const client = clientFor(emulator);
    const a = await client.run(echoJobs(1), { callbackUrl: "http://receiver.test/a" });
    const b = await client.run(echoJobs(1), { callbackUrl: "http://receiver.test/b" });
    await settled(emulator);
    expect(sink.bodies).toHaveLength(0);
    expect(emulator.callbacks.list().map((d) => d.state)).toEqual(["dropped", "dropped"]);
    await client.repost(a.asyncId);
    await settled(emulator);
    expect(sink.bodies.map((body) => JSON.parse(body).asyncId)).toEqual([a.asyncId]);
    expect(emulator.callbacks.list(b.asyncId)).toMatchObject([{ state: "dropped", attempts: 0 }]);
  });

  it("duplicateCallbacks posts every delivered callback twice", async () => {
    const sink = callbackSink();
    const emulator = emulatorWith({ handlers: echoHandlers, fetch: sink.fetch, faults: { duplicateCallbacks: true } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(2), { callbackUrl: "http://receiver.test/cb" });
    await settled(emulator);
    expect(sink.bodies).toHaveLength(2);
    expect(sink.bodies[0]).toBe(sink.bodies[1]);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "delivered", duplicates: 1 }]);
  });

  it("setFaults ends a storm mid-test, and checks what it is given", async () => {
    const emulator = emulatorWith({ faults: { rate5xx: 1 } });
    expect((await send(emulator, "ping")).status).toBe(500);
    emulator.setFaults({});
    expect((await send(emulator, "ping")).status).toBe(200);
    expect(() => emulator.setFaults({ rate429: 2 })).toThrow(
      "emulator.setFaults: option 'rate429' must be a finite number (a share) at least 0 and at most 1, not 2",
    );
    expect(() => emulator.setFaults({ rate492: 1 } as never)).toThrow("emulator.setFaults: unknown option 'rate492' (did you mean 'rate429'?)");
  });
});

describe("Prefer: code=NNN (honourPreferHeader)", () => {
  it("answers the documented error status with the contract's example envelope", async () => {
    const emulator = emulatorWith({ honourPreferHeader: true });
    const limited = await send(emulator, "progress", { json: { async: "0".repeat(32) }, headers: { prefer: "code=429" } });
    expectEnvelope(limited, 429, 0);
    expect(limited.headers.get("retry-after")).toBe("1");
    expectConforms("progress", limited);
    const notSaved = await send(emulator, "run", { json: { jobs: echoJobs(1) }, headers: { prefer: "code=500" } });
    expectEnvelope(notSaved, 500, SpecificCode.NotSaved);
    expect(emulator.batches.list()).toEqual([]);
    const named = await send(emulator, "results", { json: { async: "0".repeat(32) }, headers: { prefer: "code=400, example=notCompleted" } });
    expectEnvelope(named, 400, SpecificCode.BatchNotCompleted);
    expectConforms("results", named);
  });

  it("ignores statuses the operation does not document, success codes, and the header when not enabled", async () => {
    const on = emulatorWith({ honourPreferHeader: true });
    expect((await send(on, "ping", { headers: { prefer: "code=404" } })).status).toBe(200); // ping documents no 404
    expect((await send(on, "ping", { headers: { prefer: "code=200" } })).status).toBe(200);
    const off = emulatorWith();
    expect((await send(off, "ping", { headers: { prefer: "code=500" } })).status).toBe(200);
  });

  it("still checks the signature first", async () => {
    const emulator = emulatorWith({ honourPreferHeader: true });
    const answer = await send(emulator, "ping", { credentials: { apiKey: "nobody", apiSecret: "x" }, headers: { prefer: "code=500" } });
    expectEnvelope(answer, 401, 0);
  });
});
