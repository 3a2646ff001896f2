// Records iVvy traffic as HAR 1.2: wrap the client's fetch (`recorder.fetch()`) to record the
// calls it sends, and wrap the callback receiver's fetch handler (`recorder.handler(...)`)
// to record the callbacks it receives. Secrets are masked before an entry is kept (mask.ts),
// so neither memory nor the file ever holds a signature.
import { type Clock, clockOption } from "../util/clock.js";
import { arrayOf, checkOptions, string } from "../util/options.js";
import type { Har, HarEntry, HarHeader } from "./har.js";
import { type HarFile, harFile } from "./har-file.js";
import { AUTHORIZATION_HEADER, fieldSet, maskAuthorization, maskBodyText } from "./mask.js";

export interface HarRecorderOptions {
  /** The HAR file to write (an existing recording is continued). Without it entries stay in memory: `recorder.har()`. */
  file?: string;
  /** JSON field names whose values are masked with a stable placeholder, at any depth, any case (e.g. ["email", "firstName", "phone"]). */
  maskFields?: readonly string[];
  /** Dates and times of entries (default: systemClock). */
  clock?: Clock;
}

type FetchLike = (request: Request) => Promise<Response>;

export interface HarRecorder {
  /** A fetch that sends with `inner` (default globalThis.fetch) and records each exchange: give it to `createBatchClient({ fetch })`. */
  fetch(inner?: FetchLike): FetchLike;
  /** A server's fetch handler (the callback receiver's `fetch`) that records each request it answers. */
  handler(inner: FetchLike): FetchLike;
  /** The recording so far (a copy). */
  har(): Har;
  /** Resolves once every entry is on disk (immediately without a file). */
  flush(): Promise<void>;
}

const OWNER = "createHarRecorder";

export function createHarRecorder(options?: HarRecorderOptions): HarRecorder {
  const o = checkOptions(OWNER, options, {
    file: string({ nonEmpty: true }),
    maskFields: arrayOf(string({ nonEmpty: true, required: true }), { default: [] as string[] }),
    clock: clockOption(),
  });
  // `required` refuses an undefined item, so every item is a string.
  const maskList = o.maskFields as string[];
  const fields = fieldSet(maskList);
  const file: HarFile | undefined = o.file === undefined ? undefined : harFile(o.file, maskList);
  const memory: HarEntry[] = [];
  const pending = new Set<Promise<unknown>>();
  const keep = (entry: HarEntry) => (file ? file.append(entry) : memory.push(entry));

  const record = async (inner: FetchLike, request: Request, direction: "client" | "receiver"): Promise<Response> => {
    const started = o.clock.now();
    const requestText = await request
      .clone()
      .text()
      .catch(() => "");
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      const ended = o.clock.now();
      keep(entryOf({ request, requestText, response: undefined, responseText: "", started, answered: ended, ended, direction, fields, error }));
      throw error;
    }
    const answered = o.clock.now();
    // The body is read from a clone while the caller reads the original: recording never delays
    // nor consumes what the caller gets. The entry is kept once the whole body has arrived.
    const copy = response.clone();
    const reading = copy.text().then(
      (responseText) => keep(entryOf({ request, requestText, response, responseText, started, answered, ended: o.clock.now(), direction, fields })),
      (error: unknown) =>
        keep(entryOf({ request, requestText, response, responseText: "", started, answered, ended: o.clock.now(), direction, fields, error })),
    );
    pending.add(reading);
    void reading.finally(() => pending.delete(reading));
    return response;
  };

  return {
    fetch:
      (inner = (r) => globalThis.fetch(r)) =>
      (request) =>
        record(inner, request, "client"),
    handler: (inner) => (request) => record(inner, request, "receiver"),
    har: () => structuredClone(file ? file.har : harWith(memory, maskList)),
    flush: async () => {
      // Bodies still being read land first (a response the caller never read is waited for
      // too: its clone has the whole body), then the file.
      while (pending.size > 0) await Promise.all(pending);
      await file?.flush();
    },
  };
}

function harWith(entries: HarEntry[], maskedFields: readonly string[]): Har {
  return {
    log: {
      version: "1.2",
      creator: { name: "ivvy-batch", version: "1" },
      entries,
      ...(maskedFields.length > 0 ? { _ivvyMaskedFields: [...maskedFields] } : {}),
    },
  };
}

interface EntryInput {
  request: Request;
  requestText: string;
  response: Response | undefined;
  responseText: string;
  started: number;
  answered: number;
  ended: number;
  direction: "client" | "receiver";
  fields: ReadonlySet<string>;
  error?: unknown;
}

const headersOf = (headers: Headers): HarHeader[] =>
  [...headers].map(([name, value]) => ({ name, value: name.toLowerCase() === AUTHORIZATION_HEADER ? maskAuthorization(value) : value }));

function entryOf(input: EntryInput): HarEntry {
  const { request, response, fields } = input;
  const url = new URL(request.url);
  const requestBody = maskBodyText(input.requestText, fields);
  const responseBody = maskBodyText(input.responseText, fields);
  const requestType = request.headers.get("content-type") ?? "";
  const responseType = response?.headers.get("content-type") ?? "";
  return {
    startedDateTime: new Date(input.started).toISOString(),
    time: Math.max(0, input.ended - input.started),
    request: {
      method: request.method,
      url: url.href,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: headersOf(request.headers),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(input.requestText === "" ? {} : { postData: { mimeType: requestType, text: requestBody } }),
      headersSize: -1,
      bodySize: Buffer.byteLength(input.requestText),
    },
    response: {
      status: response?.status ?? 0,
      statusText: response?.statusText ?? "",
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: response ? headersOf(response.headers) : [],
      content: { size: Buffer.byteLength(input.responseText), mimeType: responseType, ...(input.responseText === "" ? {} : { text: responseBody }) },
      redirectURL: "",
      headersSize: -1,
      bodySize: response ? Buffer.byteLength(input.responseText) : -1,
    },
    cache: {},
    timings: { send: 0, wait: Math.max(0, input.answered - input.started), receive: Math.max(0, input.ended - input.answered) },
    _ivvyDirection: input.direction,
    ...(input.error === undefined ? {} : { _error: input.error instanceof Error ? `${input.error.name}: ${input.error.message}` : String(input.error) }),
  };
}
