// Made-up results fail as iVvy documents: the failing jobs' errors carry a specific code
// iVvy documents for every action (23016, 23017), the result's request shows the params
// that earned it, and the callback still validates against BatchCallback.
import { describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { ErrorEnvelope } from "../../src/contract/types.js";
import { checkComponent } from "../../src/contract/validators.js";
import { callbackDelivery, failingPositions, resultsFromJobs } from "../../src/receiver-check/index.js";
import { inviteJob } from "../../src/receiver-check/sample-results.js";

const isError = (response: unknown): response is ErrorEnvelope => typeof response === "object" && response !== null && "errorCode" in response;

describe("resultsFromJobs with failures", () => {
  it("fails inviteContacts jobs with 23017 and 23016, alternately, and the callback validates", async () => {
    const jobs = Array.from({ length: 10 }, (_, i) => inviteJob(i, 2));
    const results = await resultsFromJobs({ jobs, failures: 4 });
    const failed = results.map((r, i) => [i, r] as const).filter(([, r]) => isError(r.response));
    expect(failed.map(([i]) => i)).toEqual(failingPositions(10, 4));
    const codes = failed.map(([, r]) => (r.response as ErrorEnvelope).specificCode);
    expect(codes).toEqual([SpecificCode.MissingParameter, SpecificCode.InvalidParameter, SpecificCode.MissingParameter, SpecificCode.InvalidParameter]);
    for (const [, r] of failed) {
      const envelope = r.response as ErrorEnvelope;
      expect(envelope.errorCode).toBe(400);
      // The request shows what was wrong with it.
      if (envelope.specificCode === SpecificCode.MissingParameter) expect(Object.keys(r.request)).toHaveLength(1);
      else expect(Object.values(r.request)).toContainEqual({ unexpected: true });
    }
    const { body } = callbackDelivery({ asyncId: "a".repeat(32), results });
    expect(checkComponent("BatchCallback", JSON.parse(body)).valid).toBe(true);
  });

  it("a job the catalog cannot refuse (an action it does not know) falls back to the 500 of failJobs", async () => {
    const results = await resultsFromJobs({ jobs: [{ namespace: "custom", action: "thing", params: {} }], failures: 1 });
    expect(results[0]?.response).toMatchObject({ errorCode: 500, specificCode: 0 });
  });
});
