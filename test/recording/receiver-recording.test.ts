// The callback receiver's fetch handler, wrapped by a recorder: each callback it answers is
// an entry of the same HAR, and the check reads the jobs inside it.

import { describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { createHarRecorder } from "../../src/recording/index.js";
import { checkRecording } from "../../src/recording-check/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { eventually } from "../emulator/harness.js";

describe("recorder.handler around the callback receiver", () => {
  it("records the callbacks it receives, masked, and the check passes them", async () => {
    const clock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
    const recorder = createHarRecorder({ clock, maskFields: ["email"] });
    const receiver = createCallbackReceiver({ publicUrl: "http://receiver.test/ivvy/callback", clock });
    const received = recorder.handler((request) => receiver.fetch(request));
    const emulator = createEmulator({
      clock,
      jobDelayMs: 1,
      fetch: received,
      handlers: { "contact.getContact": (params) => ({ id: params.id, email: "jane@example.com" }) },
    });
    try {
      const client = createBatchClient({
        ...DEMO_CREDENTIALS,
        baseUrl: "http://emulator.test",
        fetch: recorder.fetch(emulator.fetch),
        clock,
        retry: { retries: 0 },
      });
      const { callbackUrl, token } = await receiver.issueCallbackUrl();
      const { asyncId } = await client.run([{ namespace: "contact", action: "getContact", params: { id: 3 } }], { callbackUrl });
      await receiver.bind(token, asyncId);
      const callback = receiver.waitForCallback(asyncId);
      await eventually("the callback to be recorded as the clock moves", async () => {
        await clock.advanceAsync(1);
        return recorder.har().log.entries.length >= 2;
      });
      await callback;
      await recorder.flush();
      const { entries } = recorder.har().log;
      const delivered = entries.find((e) => e._ivvyDirection === "receiver")!;
      expect(delivered.request.url).toMatch(/^http:\/\/receiver\.test\/ivvy\/callback\?token=/);
      expect(delivered.response.status).toBe(200);
      expect(delivered.request.postData!.text).not.toContain("jane@example.com");
      const report = await checkRecording({ recording: recorder.har() });
      expect(report.findings).toEqual([]);
      expect(report.summary.map((s) => s.operation)).toContain("batch.callback");
    } finally {
      await emulator.close();
    }
  });
});
