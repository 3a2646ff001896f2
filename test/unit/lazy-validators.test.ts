// Validators cost nothing until used (the client's response checks respect it too): the
// client never loads ajv, and the receiver compiles on first use.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("ajv");
  vi.resetModules();
});

describe("the client", () => {
  it("checks answers without loading ajv", async () => {
    vi.resetModules();
    vi.doMock("ajv", () => {
      throw new Error("the client loaded ajv");
    });
    const { createBatchClient } = await import("../../src/client/create-batch-client.js");
    const client = createBatchClient({
      apiKey: "k",
      apiSecret: "s",
      baseUrl: "https://api.example.test",
      fetch: async () => Response.json({ progress: "100" }),
      retry: { retries: 0 },
    });
    await expect(client.progress("e35e06ee592d17a42dc9e6252a058617")).rejects.toMatchObject({ name: "IvvyResponseError", problem: "schema" });
  });
});

describe("src/contract/validators.ts", () => {
  it("compiles nothing when the receiver loads, and each schema once, on first use", async () => {
    vi.resetModules();
    const counts = { compiled: 0 };
    vi.doMock("ajv", async (importOriginal) => {
      const real = await importOriginal<typeof import("ajv")>();
      class CountingAjv extends real.Ajv {}
      type Compile = (this: unknown, ...args: unknown[]) => unknown;
      const compile = real.Ajv.prototype.compile as unknown as Compile;
      (CountingAjv.prototype as unknown as { compile: Compile }).compile = function (...args) {
        counts.compiled++;
        return compile.apply(this, args);
      };
      return { ...real, Ajv: CountingAjv, default: CountingAjv };
    });
    const { createCallbackReceiver } = await import("../../src/receiver/create-callback-receiver.js");
    const receiver = createCallbackReceiver({ publicUrl: "https://my.app/cb" });
    expect(counts.compiled).toBe(0);
    const { token } = await receiver.issueCallbackUrl();
    await expect(receiver.bind(token, "not-an-async-id")).rejects.toMatchObject({ code: "invalid_async_id" });
    expect(counts.compiled).toBe(1);
    await expect(receiver.bind(token, "also-not-one")).rejects.toMatchObject({ code: "invalid_async_id" });
    expect(counts.compiled).toBe(1);
  });
});
