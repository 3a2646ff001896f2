// Canned job outcomes by `namespace.action`, given inline or as a JSON file:
//   { "contact.getContact": { "response": { "id": 1 } },
//     "venue.getVenue":     { "error": { "errorCode": 404, "message": "Not found", "specificCode": 0 } } }
// A response is a JSON object, or an array of objects for an action whose catalogued answer
// is one (contact.addContactsToSubscriptionGroup: src/catalog/answers-array.ts).
import { readFileSync } from "node:fs";
import { answerShapeProblem } from "../../catalog/answers-array.js";
import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import type { ErrorEnvelope } from "../../contract/types.js";
import { EmulatorJobError } from "./emulator-job-error.js";
import { HANDLER_KEY_PATTERN, type JobHandlers } from "./job-handler.js";

export type Fixture = { response: Record<string, unknown> | Record<string, unknown>[] } | { error: ErrorEnvelope };
export type Fixtures = Record<string, Fixture>;

/** Reads and checks fixtures; messages name the option or the file (`problem` makes the error). */
export function loadFixtures(source: unknown, problem: (message: string) => Error): Fixtures {
  let fixtures: unknown = source;
  let where = "option 'fixtures'";
  if (typeof source === "string") {
    where = `fixtures file '${source}'`;
    let text: string;
    try {
      text = readFileSync(source, "utf8");
    } catch (error) {
      throw problem(`cannot read ${where}: ${(error as Error).message}`);
    }
    try {
      fixtures = JSON.parse(text);
    } catch (error) {
      throw problem(`${where} is not JSON: ${(error as Error).message}`);
    }
  }
  if (!isPlainObject(fixtures)) throw problem(`${where} must be an object mapping 'namespace.action' to { response } or { error }`);
  for (const [key, fixture] of Object.entries(fixtures)) {
    if (!HANDLER_KEY_PATTERN.test(key)) throw problem(`${where}: '${key}' is not a 'namespace.action' key`);
    const keys = isPlainObject(fixture) ? Object.keys(fixture) : [];
    if (!isPlainObject(fixture) || keys.length !== 1 || (keys[0] !== "response" && keys[0] !== "error")) {
      throw problem(`${where}: '${key}' must be { "response": {...} } or { "error": { errorCode, message, specificCode } }`);
    }
    if ("response" in fixture) {
      const [namespace = "", action = ""] = key.split(".");
      const shape = answerShapeProblem(namespace, action, fixture.response);
      if (shape) throw problem(`${where}: '${key}'.response must be ${shape}`);
    }
    if ("error" in fixture && !isErrorEnvelope(fixture.error)) {
      throw problem(`${where}: '${key}'.error must be an iVvy error envelope { errorCode (400-599), message, specificCode, additionalMessages? }`);
    }
  }
  return fixtures as Fixtures;
}

/** Handlers that answer each fixture (a fresh copy of its response each time). */
export function fixtureHandlers(fixtures: Fixtures): JobHandlers {
  const handlers: JobHandlers = {};
  for (const [key, fixture] of Object.entries(fixtures)) {
    const text = JSON.stringify("response" in fixture ? fixture.response : fixture.error);
    handlers[key] =
      "response" in fixture
        ? () => JSON.parse(text) as unknown
        : () => {
            const e = JSON.parse(text) as ErrorEnvelope;
            throw new EmulatorJobError({ ...e, message: e.message });
          };
  }
  return handlers;
}
