// A client given the catalog's check (checkJobs: checkJobParams) checks each job's params
// before anything is sent.
import { describe, expect, it } from "vitest";
import { checkJobParams } from "../../src/catalog/check-job-params.js";
import { job, untypedJob } from "../../src/catalog/job.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { Job } from "../../src/contract/types.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { IvvyValidationError } from "../../src/errors/ivvy-validation-error.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";

/** A client whose fetch records every request and answers run with a fixed asyncId. */
function recordingClient(check = true) {
  const sent: string[] = [];
  const client = createBatchClient({
    ...DEMO_CREDENTIALS,
    ...(check ? { checkJobs: checkJobParams } : {}),
    baseUrl: "http://ivvy.test",
    fetch: async (request: Request) => {
      sent.push(`${new URL(request.url).search} ${await request.text()}`);
      return Response.json({ asyncId: "0123456789abcdef0123456789abcdef" });
    },
  });
  return { client, sent };
}

const invite = (params: Record<string, unknown>): Job => ({ namespace: "event", action: "inviteContacts", params });
const ok = invite({ event: 1, contacts: [1, 2] });

async function refusal(jobs: Job[]): Promise<IvvyValidationError> {
  const { client, sent } = recordingClient();
  const error = await client.run(jobs).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(sent, "nothing is sent").toEqual([]);
  expect(error).toBeInstanceOf(IvvyValidationError);
  return error as IvvyValidationError;
}

describe("client.run checks params against the catalog", () => {
  it("a wrong type: 23016 naming the job's index and the parameter, with iVvy's reason", async () => {
    const e = await refusal([ok, ok, invite({ event: 1, contacts: "1,2,3" })]);
    expect(e).toMatchObject({ jobIndex: 2, parameter: "contacts", specificCode: 23016, additionalMessages: ["Value must be an array"] });
    expect(e.message).toBe(
      "iVvy run: jobs[2] (event.inviteContacts): 'contacts' does not validate [specific code 23016] (Value must be an array); nothing was sent",
    );
    const items = await refusal([invite({ event: 1, contacts: [1, "two"] })]);
    expect(items.additionalMessages).toEqual(["[1]: Value must be a whole number"]);
  });

  it("a missing required parameter: 23017", async () => {
    expect(await refusal([ok, invite({ contacts: [1] })])).toMatchObject({ jobIndex: 1, parameter: "event", specificCode: 23017 });
  });

  it("an unknown action in a known namespace is refused; a parameter the page does not list is sent, as the emulator and iVvy take it", async () => {
    const action = await refusal([{ namespace: "event", action: "inviteContact", params: {} }]);
    expect(action.jobIndex).toBe(0);
    expect(action.message).toMatch(/no action 'inviteContact' in namespace 'event'/);
    expect(action.additionalMessages[0]).toMatch(/untypedJob\(\).*validateParams: false/);
    // iVvy's own example requests send params their pages do not list (docs/catalog.md, "Decisions").
    expect(await checkJobParams([invite({ event: 1, contacts: [1], contact: 2 })])).toBeUndefined();
    expect(await checkJobParams([{ namespace: "crm", action: "getOpportunityList", params: { venueId: 1 } }])).toBeUndefined();
  });

  it("an enum the page lists, and a nested object's required property", async () => {
    const note = { namespace: "venue", action: "addOrUpdateBookingNote", params: { venueId: 1, bookingId: 2, description: "x", typeId: 1 } };
    expect((await refusal([note])).additionalMessages[0]).toMatch(/^Value must be one of: 3, 8, 11,/);
    const booking = { namespace: "venue", action: "addOrUpdateBooking", params: { venueId: 1, externalUrls: [{ url: "https://example.com" }] } };
    expect(await refusal([booking])).toMatchObject({ parameter: "externalUrls", additionalMessages: ["[0]: 'ref' is required"] });
  });

  it("accepts what iVvy accepts: numeric strings for numbers (its own examples send them), unknown namespaces, untyped jobs it can check", async () => {
    const { client, sent } = recordingClient();
    await client.run([
      { namespace: "venue", action: "getBookingList", params: { venueId: "1" } },
      { namespace: "test", action: "ping", params: {} },
      { namespace: "demo", action: "echo", params: { n: 1 } },
      untypedJob("event", "inviteContacts", { event: 1, contacts: [3] }),
      job("event", "inviteContacts", { event: 1, contacts: [4] }),
    ]);
    expect(sent).toHaveLength(1);
    expect((await refusal([{ namespace: "venue", action: "getBookingList", params: { venueId: "one" } }])).additionalMessages).toEqual([
      "Value must be a whole number",
    ]);
  });

  it("is off per call with validateParams: false", async () => {
    const { client, sent } = recordingClient();
    await client.run([invite({ event: 1, contacts: "1,2,3" }), untypedJob("event", "brandNewAction", {})], { validateParams: false });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('"contacts":"1,2,3"');
  });
});

describe("submitAll", () => {
  it("checks a whole array before the first run, naming the job's place in the whole list", async () => {
    const { client, sent } = recordingClient();
    const jobs = Array.from({ length: 450 }, (_, i) => invite({ event: 1, contacts: [i] }));
    jobs[301] = invite({ event: "one", contacts: [1] });
    const error = await submitAll(client, jobs, { ledger: createSubmissionLedger() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "IvvyValidationError", jobIndex: 301, parameter: "event", specificCode: 23016 });
    expect((error as Error).message).toMatch(/^iVvy submitAll: jobs\[301\]/);
    expect(sent).toEqual([]);
    await submitAll(client, jobs, { validateParams: false, ledger: createSubmissionLedger() });
    expect(sent).toHaveLength(3);
  });
});

describe("without the catalog", () => {
  it("a client made without checkJobs checks nothing (the validators stay out of its bundle: test/package/light-entries.test.ts)", async () => {
    const { client, sent } = recordingClient(false);
    expect(client.checkJobs).toBeUndefined();
    await client.run([invite({ event: 1, contacts: "1,2,3" })]);
    await submitAll(client, [invite({ contacts: [1] })], { ledger: createSubmissionLedger() });
    expect(sent).toHaveLength(2);
  });

  it("checkJobs must be a function", () => {
    expect(() => createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://x.test", checkJobs: true as never })).toThrow(
      /option 'checkJobs' must be a function/,
    );
  });
});
