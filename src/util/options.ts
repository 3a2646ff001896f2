// The one check of every public options object (STYLE.md, habits 9 and 20): an unknown key
// is refused by name with the allowed ones listed (and "did you mean" when one is close, as
// ESLint refuses an unexpected config property), a bad value with the option's name and
// why. Small and dependency-free, so it ships in the light client.

/** Where a value sits, for messages: `retry.retries`, `credentials[1].apiKey`. */
export interface OptionAt {
  /** The factory or function whose options these are, e.g. `createBatchClient`. */
  readonly owner: string;
  /** The option's path; empty for the options object itself. */
  readonly path: string;
}

/** Checks one value and returns it as the factory will use it; throws a TypeError naming the option. */
export type Rule<T> = (value: unknown, at: OptionAt) => T;

/** The options a shape of rules resolves to. */
export type Checked<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };
export type Shape = Record<string, Rule<unknown>>;

/** A bad option: a TypeError whose message names the owner and the option. */
export function optionError(at: OptionAt, why: string): TypeError {
  const error = new TypeError(at.path === "" ? `${at.owner}: ${why}` : `${at.owner}: option '${at.path}' ${why}`);
  return Object.assign(error, { option: at.path });
}

/** A short description of a value for messages: `"abc"`, `-1`, `an array`, `a function`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return "an object";
  }
}

const child = (at: OptionAt, key: string | number): OptionAt => ({
  owner: at.owner,
  path: typeof key === "number" ? `${at.path}[${key}]` : at.path === "" ? key : `${at.path}.${key}`,
});

/** Edit distance with transpositions, for "did you mean". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The allowed key closest to `key`, when one is close enough to be a likely typo. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    const score = c === lower ? 0 : distance(lower, c);
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  // Generous on purpose: a wrong hint costs a glance, a missing one a search ("retires" is 3 edits from "retry").
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(Math.max(key.length, best.length) * 0.45)) ? best : undefined;
}

function checkShape<S extends Shape>(value: unknown, at: OptionAt, shape: S, describe: string): Checked<S> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw optionError(at, `must be ${describe}, not ${describeValue(value)}`);
  }
  const allowed = Object.keys(shape);
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(shape, key)) continue;
    const near = closestKey(key, allowed);
    const full = (k: string) => (at.path === "" ? k : `${at.path}.${k}`);
    const hint = near ? ` (did you mean '${full(near)}'?)` : "";
    const error = new TypeError(`${at.owner}: unknown option '${full(key)}'${hint}; allowed${at.path === "" ? "" : ` in '${at.path}'`}: ${allowed.join(", ")}`);
    throw Object.assign(error, { option: full(key) });
  }
  const out: Record<string, unknown> = {};
  const given = value as Record<string, unknown>;
  for (const key of allowed) out[key] = (shape[key] as Rule<unknown>)(given[key], child(at, key));
  return out as Checked<S>;
}

/**
 * Checks a factory's options against a shape of rules: `checkOptions("createEmulator",
 * options, { jobDelayMs: integer({ min: 0, default: 0 }), ... })`. Undefined options are
 * `{}`; every key must be one of the shape's.
 */
export function checkOptions<S extends Shape>(owner: string, options: unknown, shape: S): Checked<S> {
  return checkShape(options ?? {}, { owner, path: "" }, shape, `an options object (${Object.keys(shape).join(", ")})`);
}

// ---- rules ---------------------------------------------------------------------------

type Optional<T, D> = D extends undefined ? T | undefined : T;

interface Common<D> {
  /** Used when the option is undefined; without one the option is optional (undefined stays undefined). */
  default?: D;
  /** The option must be given. */
  required?: boolean;
}

function absent<T>(value: unknown, at: OptionAt, common: Common<T>, expected: string): { given: false; value: T | undefined } | { given: true } {
  if (value !== undefined) return { given: true };
  if (common.required) throw optionError(at, `is required: ${expected}`);
  return { given: false, value: common.default };
}

/** A nested options object checked against its own shape (unknown keys refused with their path). */
export function object<S extends Shape>(shape: S, common: { required?: boolean } = {}): Rule<Checked<S>> {
  const describe = `an object (${Object.keys(shape).join(", ")})`;
  return (value, at) => {
    if (value === undefined && common.required) throw optionError(at, `is required: ${describe}`);
    return checkShape(value ?? {}, at, shape, describe);
  };
}

/** An integer in [min, max]. */
export function integer<D extends number | undefined = undefined>(
  limits: { min?: number; max?: number; unit?: string } & Common<D> = {},
): Rule<Optional<number, D>> {
  const { min, max, unit } = limits;
  const expected = `an integer${unit ? ` (${unit})` : ""}${min !== undefined ? ` of at least ${min}` : ""}${max !== undefined ? `${min !== undefined ? " and" : ""} at most ${max}` : ""}`;
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, limits, expected);
    if (!a.given) return a.value;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || (min !== undefined && value < min) || (max !== undefined && value > max)) {
      throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    }
    return value;
  }) as Rule<Optional<number, D>>;
}

/** A finite number in [min, max] (or above `above`). */
export function number<D extends number | undefined = undefined>(
  limits: { min?: number; max?: number; above?: number; unit?: string } & Common<D> = {},
): Rule<Optional<number, D>> {
  const { min, max, above, unit } = limits;
  const bounds = [
    above !== undefined ? `greater than ${above}` : undefined,
    min !== undefined ? `at least ${min}` : undefined,
    max !== undefined ? `at most ${max}` : undefined,
  ].filter(Boolean);
  const expected = `a finite number${unit ? ` (${unit})` : ""}${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, limits, expected);
    if (!a.given) return a.value;
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      (min !== undefined && value < min) ||
      (max !== undefined && value > max) ||
      (above !== undefined && value <= above)
    ) {
      throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    }
    return value;
  }) as Rule<Optional<number, D>>;
}

export function boolean<D extends boolean | undefined = undefined>(common: Common<D> = {}): Rule<Optional<boolean, D>> {
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, common, "true or false");
    if (!a.given) return a.value;
    if (typeof value !== "boolean") throw optionError(at, `must be true or false, not ${describeValue(value)}`);
    return value;
  }) as Rule<Optional<boolean, D>>;
}

/** A string, optionally non-empty and matching a pattern (`describe` says what it must be). */
export function string<D extends string | undefined = undefined>(
  limits: { nonEmpty?: boolean; pattern?: RegExp; minLength?: number; describe?: string } & Common<D> = {},
): Rule<Optional<string, D>> {
  const expected = limits.describe ?? (limits.nonEmpty ? "a non-empty string" : "a string");
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, limits, expected);
    if (!a.given) return a.value;
    if (
      typeof value !== "string" ||
      (limits.nonEmpty && value === "") ||
      (limits.minLength !== undefined && value.length < limits.minLength) ||
      (limits.pattern && !limits.pattern.test(value))
    ) {
      throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    }
    return value;
  }) as Rule<Optional<string, D>>;
}

/** One of a few literal values. */
export function oneOf<const V extends readonly (string | number | boolean)[], D extends V[number] | undefined = undefined>(
  values: V,
  common: Common<D> = {},
): Rule<Optional<V[number], D>> {
  const expected = values.map((v) => JSON.stringify(v)).join(" or ");
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, common, expected);
    if (!a.given) return a.value;
    if (!values.includes(value as V[number])) throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    return value;
  }) as Rule<Optional<V[number], D>>;
}

// biome-ignore lint/suspicious/noExplicitAny: a rule for any function type the caller names
type AnyFunction = (...args: any[]) => unknown;

/** A function (`describe`: what it is called with and returns, for the message). */
export function func<F extends AnyFunction, D extends F | undefined = undefined>(common: { describe?: string } & Common<D> = {}): Rule<Optional<F, D>> {
  const expected = common.describe ? `a function ${common.describe}` : "a function";
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, common, expected);
    if (!a.given) return a.value;
    if (typeof value !== "function") throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    return value;
  }) as Rule<Optional<F, D>>;
}

/** An object with these methods (a store, a pool, a clock): named by `describe`. */
export function withMethods<T, D extends T | undefined = undefined>(
  methods: readonly string[],
  common: { describe?: string } & Common<D> = {},
): Rule<Optional<T, D>> {
  const list = methods.map((m) => `${m}()`).join(", ");
  const expected = common.describe ?? `an object with ${list}`;
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, common, expected);
    if (!a.given) return a.value;
    if (typeof value !== "object" || value === null) throw optionError(at, `must be ${expected}, not ${describeValue(value)}`);
    for (const method of methods) {
      if (typeof (value as Record<string, unknown>)[method] !== "function") throw optionError(at, `must be ${expected}; it has no ${method}()`);
    }
    return value as T;
  }) as Rule<Optional<T, D>>;
}

/** Any value, checked by `check` (return the value to use, or call `fail(why)`). */
export function custom<T>(check: (value: unknown, fail: (why: string) => never, at: OptionAt) => T): Rule<T> {
  return (value, at) =>
    check(
      value,
      (why) => {
        throw optionError(at, why);
      },
      at,
    );
}

/** An array whose items each pass `item`. */
export function arrayOf<T, D extends readonly T[] | undefined = undefined>(
  item: Rule<T>,
  common: { nonEmpty?: boolean } & Common<D> = {},
): Rule<Optional<T[], D>> {
  return ((value: unknown, at: OptionAt) => {
    const a = absent(value, at, common, "an array");
    if (!a.given) return a.value === undefined ? undefined : [...(a.value as readonly T[])];
    if (!Array.isArray(value)) throw optionError(at, `must be an array, not ${describeValue(value)}`);
    if (common.nonEmpty && value.length === 0) throw optionError(at, "must not be empty");
    return value.map((v, i) => item(v, child(at, i)));
  }) as Rule<Optional<T[], D>>;
}

/** An AbortSignal (anything with the methods the package calls on one). */
export function abortSignal(): Rule<AbortSignal | undefined> {
  return withMethods<AbortSignal>(["addEventListener", "removeEventListener", "throwIfAborted"], { describe: "an AbortSignal" });
}

/**
 * Refuses options that were removed or renamed, saying what replaced each (`{ now: "was
 * replaced by 'clock' ..." }`), before checkOptions would only call them unknown. Not in
 * the shape, so the allowed keys listed elsewhere are the current ones.
 */
export function refuseRetired(owner: string, options: unknown, retired: Readonly<Record<string, string>>): void {
  if (typeof options !== "object" || options === null) return;
  for (const key of Object.keys(retired)) {
    if (Object.hasOwn(options, key)) throw optionError({ owner, path: key }, retired[key] as string);
  }
}
