// Numeric command-line flags, checked in one place so every command words errors alike
// and exits with the usage code.
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-codes.js";

const usage = (message: string) => new CliError(message, ExitCode.Usage);

/** A whole number of at least 1; `fallback` when the flag is absent. */
export function positiveIntegerFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usage(`--${flag} must be a positive integer, not '${value}'`);
  return n;
}

/** A whole number of at least 0 (digits only); `fallback` when the flag is absent. */
export function nonNegativeIntegerFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw usage(`--${flag} must be a non-negative integer, not '${value}'`);
  return Number(value);
}

/** Any number of at least 0 (e.g. seconds, 0.3); undefined when the flag is absent. */
export function nonNegativeNumberFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw usage(`--${flag} must be a non-negative number, not '${value}'`);
  return n;
}

/** A TCP port, 0 to 65535 (0: any free one); `fallback` when the flag is absent. */
export function portFlag(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) throw usage(`--port must be a number from 0 to 65535, not '${value}'`);
  return Number(value);
}

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
type DurationUnit = keyof typeof UNIT_MS;
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;

/**
 * A duration as users type it: `90s`, `10m`, `2h`, `1h30m`, `500ms`, or a bare number in
 * `bareUnit` (the unit the flag has always taken). Returns milliseconds; undefined when
 * the flag is absent.
 */
export function durationFlag(flag: string, value: string | undefined, bareUnit: "s" | "ms"): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * UNIT_MS[bareUnit];
  if (!DURATION.test(text)) {
    throw usage(
      `--${flag} must be a duration such as 90s, 10m, 2h or 1h30m (a bare number is ${bareUnit === "s" ? "seconds" : "milliseconds"}), not '${value}'`,
    );
  }
  let ms = 0;
  for (const [, amount, unit] of text.matchAll(PART)) ms += Number(amount) * UNIT_MS[unit as DurationUnit];
  return ms;
}

/** A whole number from `min` to `max`; `fallback` when the flag is absent. */
export function integerFlag(flag: string, value: string | undefined, fallback: number, range: { min: number; max?: number; why?: string }): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(n) || n < range.min || n > max) {
    const bounds = range.max === undefined ? `a whole number of at least ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
    throw usage(`--${flag} must be ${bounds}${range.why ? ` (${range.why})` : ""}, not '${value}'`);
  }
  return n;
}

/** An absolute http(s) URL; undefined when the flag is absent. */
export function urlFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(`--${flag} must be an absolute http(s) URL, not '${value}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw usage(`--${flag} must be an http or https URL, not '${value}'`);
  return value;
}
