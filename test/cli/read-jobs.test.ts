// A jobs file's problems, all in one pass: the format of every job and the catalog's params of the well-formed ones.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { findCatalogProblems } from "../../src/cli/jobs/check-catalog-params.js";
import { readJobs } from "../../src/cli/jobs/read-jobs.js";
import { freshDir } from "./cli-harness.js";

it("reports a job's format error and another job's param error together", async () => {
  const path = join(freshDir(), "jobs.json");
  writeFileSync(
    path,
    JSON.stringify([
      { namespace: "contact", action: "addOrUpdateContact", params: { email: "a@x.io" } },
      { namespace: "contact", action: "addOrUpdateContact", params: { email: 5 } },
      { namespace: "contact", params: {} },
    ]),
  );
  const error = await readJobs(path, Readable.from([]), { alsoCheck: findCatalogProblems }).catch((e: unknown) => e);
  expect(error).toMatchObject({ exitCode: 2 });
  const message = (error as Error).message;
  expect(message).toContain("jobs[2]: Incorrect Job Format [specific code 24092]");
  expect(message).toContain("and 1 other job breaks its action's schema in the catalog");
  expect(message).toContain("jobs[1]: contact.addOrUpdateContact: 'email' does not validate [specific code 23016]");
});
