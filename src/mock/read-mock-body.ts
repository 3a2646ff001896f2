// What the mock does with a request body before Prism sees it, so that the mock answers as
// the contract says and as the emulator does (openapi.yaml, "Decisions"):
// - a body that is not JSON, or nests deeper than the contract's limit, is 400 with the
//   error envelope (23016), not Prism's own `{"error":{"code":"invalid_json"}}`;
// - `[]` is no parameters, as a body and as a job's `params`: forwarded as `{}`.
import { envelope } from "../contract/error-envelope.js";
import { isPlainObject } from "../contract/is-plain-object.js";
import { MAX_JSON_DEPTH } from "../contract/limits.js";
import { readNoParameters } from "../contract/no-parameters.js";
import { SpecificCode } from "../contract/specific-codes.js";

export type MockBody = { forward: Buffer } | { refuse: { status: number; body: string; why: string } };

function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export function readMockBody(bytes: Buffer): MockBody {
  if (bytes.length === 0) return { forward: bytes };
  const refuse = (why: string): MockBody => ({
    refuse: { status: 400, body: JSON.stringify(envelope(400, "The request body does not validate", SpecificCode.InvalidParameter, [why])), why },
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    return refuse(`The request body is not valid UTF-8 JSON: ${(error as Error).message}`);
  }
  if (deeperThan(parsed, MAX_JSON_DEPTH)) return refuse(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  let read = readNoParameters(parsed);
  if (isPlainObject(read) && Array.isArray(read.jobs)) {
    const jobs = read.jobs.map((job: unknown) => (isPlainObject(job) && Array.isArray(job.params) && job.params.length === 0 ? { ...job, params: {} } : job));
    if (jobs.some((job, i) => job !== (read as { jobs: unknown[] }).jobs[i])) read = { ...read, jobs };
  }
  return { forward: read === parsed ? bytes : Buffer.from(JSON.stringify(read), "utf8") };
}
