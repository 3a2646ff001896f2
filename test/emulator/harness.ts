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
import type { ManualClock } from "../../src/util/clock.js";

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
    // A `now` of its own is the emulator's clock read at an offset (a skewed client); its waits stay on the emulator's clock.
    clock: over.now ? { now: over.now, setTimeout: (callback, ms, options) => emulator.clock.setTimeout(callback, ms, options) } : emulator.clock,
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

/** Polls `check` until it returns true; fails with `what` after timeoutMs of real time (a bound, never a fixed sleep). */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** `promise`, or a failure naming `what` after timeoutMs of real time. */
export async function within<T>(what: string, promise: Promise<T>, timeoutMs = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves when the emulator has no job running and no delivery pending; fails after timeoutMs
 * of real time. Generous: the first catalogued job of a process loads the catalogue's
 * validators, which takes seconds on a loaded machine.
 */
export const settled = (emulator: Emulator, timeoutMs = 20_000) => within("the emulator to be idle", emulator.idle(), timeoutMs);

/** Lets the event loop turn `n` times (promise continuations, I/O and setImmediate callbacks run); no time passes on any clock. */
export async function turns(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Moves the manual clock `stepMs` at a time (letting the program react after each wait that falls due) until the emulator is idle; bounded by real time. */
export async function advanceUntilIdle(emulator: Emulator, clock: ManualClock, stepMs: number, timeoutMs = 10_000): Promise<void> {
  let idle = false;
  const done = emulator.idle().then(() => {
    idle = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!idle) {
    if (Date.now() > deadline) throw new Error(`the emulator was not idle after ${timeoutMs} ms of real time (its clock at +${clock.now()})`);
    await clock.advanceAsync(stepMs);
  }
  await done;
}

/**
 * Waits (bounded) until the delivery of `asyncId` failed an attempt and waits for the next
 * one on the emulator's manual clock, then moves the clock to that moment; returns the wait.
 */
export async function advanceToNextAttempt(emulator: Emulator, clock: ManualClock, asyncId: string): Promise<number> {
  const waiting = () => emulator.callbacks.list(asyncId).at(-1)?.nextAttemptAt;
  await eventually(`the callback of ${asyncId} to wait for its next attempt`, () => waiting() !== undefined);
  const due = waiting()!;
  const wait = due - clock.now();
  clock.set(due);
  await eventually(`the next attempt of ${asyncId}'s callback to start`, () => waiting() !== due);
  return wait;
}
