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
