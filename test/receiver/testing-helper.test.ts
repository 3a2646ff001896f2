import { describe, expect, it } from "vitest";
import type { BatchCallback } from "../../src/contract/types.js";
import { buildCallbackRequest, createCallbackReceiver } from "../../src/receiver/index.js";
import { makeResults, newAsyncId } from "./fixtures.js";

describe("buildCallbackRequest", () => {
  it("from a receiver: builds a request the receiver accepts and hands to the user's handler", async () => {
    const handled: BatchCallback[] = [];
    const receiver = createCallbackReceiver({ publicUrl: "https://my.app/cb", onCallback: (p) => void handled.push(p) });
    const asyncId = newAsyncId();
    const results = makeResults(3);
    const response = await receiver.fetch(await buildCallbackRequest({ receiver, asyncId, results }));
    expect(response.status).toBe(200);
    await receiver.whenIdle();
    expect(handled).toEqual([{ asyncId, results }]);
    await expect(receiver.waitForCallback(asyncId)).resolves.toEqual({ asyncId, results });
  });

  it("from a callbackUrl: sends a string payload byte for byte", async () => {
    const receiver = createCallbackReceiver({ publicUrl: "https://my.app/cb" });
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const text = `{ "asyncId": "${newAsyncId()}", "results": [] }`;
    const request = await buildCallbackRequest({ callbackUrl, payload: text });
    expect(request.method).toBe("POST");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(await request.clone().text()).toBe(text);
    expect((await receiver.fetch(request)).status).toBe(200);
  });

  it("refuses a payload the receiver would reject, with the schema's reasons", async () => {
    await expect(buildCallbackRequest({ callbackUrl: "https://my.app/cb?token=x", payload: { asyncId: "nope", results: [] } })).rejects.toThrow(
      /not a BatchCallback, so the receiver would answer 400: \/asyncId must match pattern/,
    );
  });
});
