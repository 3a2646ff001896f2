// A batch job whose action answers a top-level array (contact/add-contacts-to-subscription-group.md:
// `[{"contactId":4,"status":true}, ...]`), end to end against the emulator: the answer is the
// page's array, it fits the catalog and the contract (results and callback), the client's
// answer check accepts it, the outcome is typed as the array, and reportedFailure reads it.
import { afterEach, describe, expect, it } from "vitest";
import { checkActionResponse } from "../../src/catalog/check-action-response.js";
import { isSuccessOf } from "../../src/catalog/is-success-of.js";
import { job } from "../../src/catalog/job.js";
import { checkComponent } from "../../src/contract/validators.js";
import { createManualClock } from "../../src/util/clock.js";
import { collectResults, reportedFailure, submitAll, waitForAll } from "../../src/workflow/index.js";
import { advanceUntilIdle, clientFor, closeAll, emulatorWith, within } from "../emulator/harness.js";

afterEach(closeAll);

describe("a job of contact.addContactsToSubscriptionGroup", () => {
  it("answers the page's array, which fits the catalog and the contract, and reportedFailure reads it", async () => {
    const clock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
    const emulator = emulatorWith({ clock, jobDelayMs: 1 });
    const client = clientFor(emulator);
    const jobs = [job("contact", "addContactsToSubscriptionGroup", { contacts: [4, 6, 55, 33], group: 2481 })];
    const handle = await submitAll(client, jobs);
    const waiting = waitForAll(client, handle, { intervalMs: 10 });
    await advanceUntilIdle(emulator, clock, 10);
    await clock.advanceAsync(10);
    await within("waitForAll to see the batch complete", waiting);

    // The client's results call checks the answer against the contract: an array job response passes.
    const results = await client.results(handle.chunks[0]!.asyncId);
    expect(checkComponent("ResultsResponse", results)).toEqual({ valid: true, errors: [] });
    expect(checkComponent("BatchCallback", results)).toEqual({ valid: true, errors: [] });
    const response = results.results[0]!.response;
    expect(response).toEqual([
      { contactId: 4, status: true },
      { contactId: 6, status: true },
      { contactId: 55, status: true },
      { contactId: 33, status: false },
    ]);
    expect(await checkActionResponse("contact", "addContactsToSubscriptionGroup", response)).toBeUndefined();

    const [outcome] = await collectResults(client, handle, { jobs });
    if (!outcome || !isSuccessOf(outcome, "contact", "addContactsToSubscriptionGroup")) throw new Error(`the job did not succeed: ${JSON.stringify(outcome)}`);
    // Typed from the catalog: an array of { contactId?, status? }.
    const last: boolean | undefined = outcome.response[3]?.status;
    expect(last).toBe(false);
    expect(reportedFailure(outcome.response)).toEqual({ unsuccessful: false, items: 4, failedItems: 1 });
  });
});
