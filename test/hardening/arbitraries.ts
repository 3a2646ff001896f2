// Hostile inputs for the hardening properties: bodies of every kind of wrong, built as
// exact bytes (so a case can be signed and still reach body handling).
import fc from "fast-check";

/** How many cases each property runs: a few hundred in `npm test`, tens of thousands in `npm run hardening`. */
export const RUNS = Math.max(1, Number(process.env.HARDENING_RUNS ?? 300));

/** A generous per-test timeout that scales with RUNS. */
export const timeoutFor = (perCaseMs: number) => 30_000 + RUNS * perCaseMs;

const encoder = new TextEncoder();
const utf8 = (s: string) => encoder.encode(s);

/** JSON.stringify that never throws (BigInt, cycles) and always returns a string. */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
  } catch {
    return "{}";
  }
}

const deepNesting = fc.tuple(fc.integer({ min: 60, max: 5_000 }), fc.constantFrom("[", '{"a":')).map(([depth, open]) => {
  const close = open === "[" ? "]" : "}";
  return open.repeat(depth) + "1" + close.repeat(depth);
});

const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom("a", "é", "😀", "\\u0000", '\\"'))
  .map(([n, unit]) => `{"async":"${unit.repeat(Math.ceil(n / unit.length))}"}`);

// Lone surrogates and other odd code points, both as JSON escapes and as raw (WTF-16 encoded to U+FFFD by TextEncoder) text.
const oddUnicode = fc.oneof(
  fc.string({ unit: "binary", maxLength: 64 }).map((s) => safeStringify({ async: s, jobs: [{ namespace: s, action: s, params: { s } }] })),
  fc.constantFrom(
    '{"async":"\\ud800"}',
    '{"async":"\\udfff\\ud800"}',
    '{"async":"\\u0000"}',
    '"\\ud83d"',
    '{"\\ud800":1}',
    "\ufeff{}",
    '{"async":"\u2028\u2029"}',
  ),
);

const truncatedJson = fc.tuple(fc.json(), fc.nat()).map(([json, cut]) => (json.length > 1 ? json.slice(0, cut % json.length) : json));

/** Body text of every shape: valid JSON of any type, junk, truncated, nested, huge, odd unicode. */
export const anyBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4 }).map(safeStringify),
  fc.string({ maxLength: 200 }),
  truncatedJson,
  deepNesting,
  hugeString,
  oddUnicode,
  fc.constantFrom("", " ", "null", "[]", "{}", "true", "0", '"x"', "{", "}", "[[[", "NaN", '{"jobs":', '{"async":null}'),
);

/** Bytes that may not even be UTF-8. */
export const anyBodyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: anyBodyText.map(utf8) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Uint8Array.of(0xff, 0xfe),
      Uint8Array.of(0x7b, 0xc3),
      Uint8Array.of(0xed, 0xa0, 0x80),
      Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b, 0x7d),
    ),
  },
);

/** Any JSON value that is not of `type`, for "wrong type in this field" cases. */
export const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 30 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** Content types that are not JSON, or JSON with a charset that is not UTF-8, or plain junk. */
export const wrongContentType = fc.oneof(
  fc.constantFrom(
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "application/json; charset=latin1",
    "json",
    "*/*",
    "application/xml",
    " ",
  ),
  fc.string({ maxLength: 40 }).filter((s) => !/^\s*application\/json\s*(;|$)/i.test(s)),
);

/** A header value a Headers object accepts (no CR/LF/NUL, Latin-1). */
export const headerValue = fc.string({ unit: "binary-ascii", maxLength: 80 }).map((s) => s.replace(/[\r\n\0]/g, "").trim());
