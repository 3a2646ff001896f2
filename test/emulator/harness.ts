// Shared set-up for the emulator's tests: an emulator with a signing client wired to it
// in-process (or over a socket), raw signed requests for what the client never sends,
// and a check that a response is exactly what openapi.yaml documents.
import { expect } from "vitest";
import { type BatchClient, createBatchClient } from "../../src/client/create-batch-client.js";
import { type Job, type OperationId, operationPaths } from "../../src/contract/types.js";
import { checkResponse } from "../../src/contract/validators.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS, type EmulatorCredentials } from "../../src/emulator/options/demo-credentials.js";
import { signRequest } from "../../src/signing/sign-request.js";

export const BASE = "http://emulator.test";

/** Every emulator a test made, closed by `closeAll` in afterEach. */
const open: Emulator[] = [];

export function emulatorWith(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator(options);
  open.push(emulator);
  return emulator;
}

export async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((e) => e.close()));
}

export function clientFor(
  emulator: Emulator,
  over: { baseUrl?: string; credentials?: EmulatorCredentials; now?: () => number; retries?: number } = {},
): BatchClient {
  return createBatchClient({
    ...(over.credentials ?? DEMO_CREDENTIALS),
    baseUrl: over.baseUrl ?? BASE,
    ...(over.baseUrl ? {} : { fetch: emulator.fetch }),
    now: over.now ?? (() => emulator.clock.now()),
    retry: { retries: over.retries ?? 0 },
  });
}

export const pingJob = (n = 0): Job => ({ namespace: "test", action: "ping", params: { n } });
export const echoJobs = (count: number): Job[] => Array.from({ length: count }, (_, n) => ({ namespace: "demo", action: "echo", params: { n } }));
export const echoHandlers = { "demo.echo": (params: Readonly<Record<string, unknown>>) => ({ echoed: params.n }) };

export interface RawInit {
  /** The exact body bytes (default `{}`). */
  body?: string | Uint8Array;
  /** Sign with these (default the demo pair); `null` sends no signature headers at all. */
  credentials?: EmulatorCredentials | null;
  /** Signing time (default the emulator's clock). */
  now?: number;
  /** Headers set after signing: overrides, or extra ones. `null` deletes. */
  headers?: Record<string, string | null>;
  method?: string;
}

/** A request the way the client would sign it, then changed as the test asks. */
export function rawRequest(emulator: Emulator, path: string, init: RawInit = {}): Request {
  const body = init.body ?? "{}";
  const headers = new Headers();
  if (init.credentials !== null) {
    const signed = signRequest({ ...(init.credentials ?? DEMO_CREDENTIALS), requestString: path, body, now: init.now ?? emulator.clock.now() });
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
  } else {
    headers.set("content-type", "application/json");
  }
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const method = init.method ?? "POST";
  return new Request(BASE + path, { method, headers, ...(method === "GET" || method === "HEAD" ? {} : { body }) });
}

export async function send(emulator: Emulator, operation: OperationId, init: RawInit & { json?: unknown } = {}) {
  const request = rawRequest(emulator, operationPaths[operation], { ...init, ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}) });
  return read(await emulator.fetch(request));
}

export interface Answer {
  status: number;
  contentType: string | null;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests assert on it field by field; `unknown` would need a cast at each
  body: any;
}

export async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`response ${response.status} is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, contentType: response.headers.get("content-type"), headers: response.headers, body };
}

/** The answer is documented for the operation: status, JSON content type and body schema. */
export function expectConforms(operation: OperationId, answer: Answer): void {
  const check = checkResponse(operation, answer.status, answer.contentType, answer.body);
  expect(check.errors, `${operation} ${answer.status} ${JSON.stringify(answer.body)}`).toEqual([]);
  expect(check.valid).toBe(true);
}

/** An iVvy envelope with this status and specific code (and a JSON content type). */
export function expectEnvelope(answer: Answer, status: number, specificCode: number): void {
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toMatchObject({ errorCode: status, specificCode, message: expect.any(String) });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true; fails with `what` after timeoutMs. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
