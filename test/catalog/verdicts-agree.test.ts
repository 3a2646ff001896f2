// One set of rules on every side: the client's checkJobParams and the emulator's job check
// give the same verdict and code for the same params, for every catalogued action's example
// (or made-up params) and a set of mutations of them.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkJobParams } from "../../src/catalog/check-job-params.js";
import type { Job } from "../../src/contract/types.js";
import { sampleFromSchema, seededRandom } from "../../src/emulator/jobs/sample-response.js";
import { clientFor, closeAll, emulatorWith } from "../emulator/harness.js";

afterEach(closeAll);

type Schema = { properties?: Record<string, unknown>; required?: string[] };
const catalog = parse(readFileSync(new URL("../../generated/catalog.yaml", import.meta.url), "utf8")) as {
  paths: Record<
    string,
    { post: { operationId: string; requestBody: { content: { "application/json": { schema: Schema; example?: Record<string, unknown> } } } } }
  >;
};
const operations = Object.values(catalog.paths).map((p) => p.post);

/** Wrong values tried in place of each parameter. */
const WRONG: unknown[] = ["not a number", -1, 0, 1.5, true, null, [0], ["x"], {}, { a: 1 }, "1", ""];

function cases(): Job[] {
  const jobs: Job[] = [];
  const random = seededRandom(11);
  for (const op of operations) {
    const [namespace, action] = op.operationId.split(".") as [string, string];
    const { schema, example } = op.requestBody.content["application/json"];
    const base = (example ?? sampleFromSchema(schema as Record<string, unknown>, random)) as Record<string, unknown>;
    jobs.push({ namespace, action, params: base });
    for (const name of schema.required ?? []) {
      const { [name]: _dropped, ...rest } = base;
      jobs.push({ namespace, action, params: rest });
    }
    for (const name of Object.keys(schema.properties ?? {})) {
      jobs.push({ namespace, action, params: { ...base, [name]: WRONG[Math.floor(random() * WRONG.length)] } });
    }
    // Params the page does not list: a typo of a listed one, a stranger, and one with a wrong-looking value.
    const first = Object.keys(schema.properties ?? {})[0];
    if (first) jobs.push({ namespace, action, params: { ...base, [`${first}x`]: 1 } });
    jobs.push({ namespace, action, params: { ...base, unlistedParam: "x" } });
    jobs.push({ namespace, action, params: { ...base, venueId: {}, bogus: [null] } });
  }
  return jobs;
}

type Verdict = { ok: true } | { ok: false; specificCode: number; message: string; additionalMessages?: string[] };

async function clientVerdict(job: Job): Promise<Verdict> {
  const error = await checkJobParams([job]);
  if (!error) return { ok: true };
  // The client's message names the job and the run (`iVvy run: jobs[0] (ns.action): 'x' does not validate …`);
  // the emulator's is the bare reason, which the client's holds.
  return {
    ok: false,
    specificCode: error.specificCode,
    message: /'[^']+' (?:does not validate|is required)/.exec(error.message)?.[0] ?? error.message,
    ...(error.additionalMessages.length ? { additionalMessages: error.additionalMessages } : {}),
  };
}

function emulatorVerdict(response: Record<string, unknown>): Verdict {
  if (!("errorCode" in response)) return { ok: true };
  const { specificCode, message, additionalMessages } = response as { specificCode: number; message: string; additionalMessages?: string[] };
  return { ok: false, specificCode, message, ...(additionalMessages?.length ? { additionalMessages } : {}) };
}

describe("the client's check and the emulator's agree", () => {
  it("on every action's example and its mutations: the same verdict, the same code, the same message", async () => {
    const jobs = cases();
    expect(jobs.length).toBeGreaterThan(500);
    const emulator = emulatorWith({});
    const client = clientFor(emulator);
    const disagreements: string[] = [];
    let refused = 0;
    for (let start = 0; start < jobs.length; start += 200) {
      const chunk = jobs.slice(start, start + 200);
      const { asyncId } = await client.run(chunk);
      await emulator.idle();
      const { results } = await client.results(asyncId);
      for (let i = 0; i < chunk.length; i++) {
        const job = chunk[i]!;
        const mine = await clientVerdict(job);
        const theirs = emulatorVerdict(results[i]!.response as Record<string, unknown>);
        if (!mine.ok) refused++;
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
          disagreements.push(
            `${job.namespace}.${job.action} ${JSON.stringify(job.params).slice(0, 80)}: client ${JSON.stringify(mine)}, emulator ${JSON.stringify(theirs)}`,
          );
        }
      }
    }
    // The mutations do break things: the comparison is not of two always-ok sides.
    expect(refused).toBeGreaterThan(200);
    expect(disagreements).toEqual([]);
  });

  it('unknown params: accepted by both, as iVvy\'s own example requests send them (docs/catalog.md, "Decisions")', async () => {
    const emulator = emulatorWith({});
    const client = clientFor(emulator);
    // Each is an example request from iVvy's docs that sends a param its page does not list.
    const jobs: Job[] = [
      { namespace: "crm", action: "getOpportunityList", params: { venueId: 1 } },
      { namespace: "venue", action: "getEventTypeList", params: { venueId: 1, perPage: 10 } },
      { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1], contact: 2 } },
      // An unknown param beside a bad listed one: the listed one's verdict, on both sides.
      { namespace: "event", action: "inviteContacts", params: { event: "x", contacts: [1], contact: 2 } },
    ];
    const { asyncId } = await client.run(jobs);
    await emulator.idle();
    const { results } = await client.results(asyncId);
    const verdicts = await Promise.all(jobs.map(clientVerdict));
    for (let i = 0; i < jobs.length; i++) {
      expect(emulatorVerdict(results[i]!.response as Record<string, unknown>), JSON.stringify(jobs[i]!.params)).toEqual(verdicts[i]);
    }
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
  });

  it("a new user's inviteContacts: contacts [0], numeric strings, a negative id", async () => {
    const emulator = emulatorWith({});
    const client = clientFor(emulator);
    const jobs: Job[] = [
      { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [0] } },
      { namespace: "event", action: "inviteContacts", params: { event: "2", contacts: ["3", 4] } },
      { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1.5] } },
    ];
    const { asyncId } = await client.run(jobs);
    await emulator.idle();
    const { results } = await client.results(asyncId);
    for (let i = 0; i < jobs.length; i++) {
      expect(emulatorVerdict(results[i]!.response as Record<string, unknown>), JSON.stringify(jobs[i]!.params)).toEqual(await clientVerdict(jobs[i]!));
    }
  });
});
