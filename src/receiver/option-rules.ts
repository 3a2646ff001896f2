// The option rules the receiver and the inbox share, on the one options checker
// (util/options.ts): their messages stay the ones docs/receiver.md and the tests quote.
import { custom, type Rule } from "../util/options.js";

/** A positive integer, `fallback` when undefined: "must be a positive integer, got -1". */
export function positiveInteger(fallback: number): Rule<number>;
export function positiveInteger(): Rule<number | undefined>;
export function positiveInteger(fallback?: number): Rule<number | undefined> {
  return custom((value, fail) => {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) fail(`must be a positive integer, got ${JSON.stringify(value)}`);
    return value as number;
  });
}

// biome-ignore lint/suspicious/noExplicitAny: a rule for any function type the caller names
type AnyFunction = (...args: any[]) => unknown;

/** A function, optional unless `required`: "must be a function, got string". */
export function functionOption<F extends AnyFunction>(required: true): Rule<F>;
export function functionOption<F extends AnyFunction>(required?: false): Rule<F | undefined>;
export function functionOption<F extends AnyFunction>(required = false): Rule<F | undefined> {
  return custom((value, fail) => {
    if (value === undefined && !required) return undefined;
    if (typeof value !== "function") fail(`must be a function, got ${value === undefined ? "nothing" : typeof value}`);
    return value as F;
  });
}

/** An object with these methods (a store): "must implement claim() and release(); it has no release()". */
export const implementing = <T>(methods: readonly string[], what?: string): Rule<T | undefined> => {
  const list = methods
    .map((m) => `${m}()`)
    .join(", ")
    .replace(/, ([^,]*)$/, " and $1");
  return custom((value, fail) => {
    if (value === undefined) return undefined;
    for (const method of methods) {
      if (typeof (value as Record<string, unknown> | null)?.[method] !== "function") fail(`must ${what ?? `implement ${list}`}; it has no ${method}()`);
    }
    return value as T;
  });
};
