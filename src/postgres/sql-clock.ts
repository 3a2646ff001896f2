import type { Clock } from "../util/clock.js";

// Expiry is compared in SQL. Without an injected clock the database's own clock decides,
// so many instances with skewed clocks still agree on what has expired; epoch
// milliseconds as bigint keep the columns comparable with the interfaces' `at` numbers.
const DATABASE_NOW = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

/** The SQL for "now" given the placeholder that carries the injected clock (or null). */
export const sqlNow = (placeholder: string): string => `coalesce(${placeholder}::bigint, ${DATABASE_NOW})`;

/** The value for that placeholder: the injected clock's reading, or null for the database's clock. */
export const clockValue = (clock: Clock | undefined): number | null => (clock ? Math.floor(clock.now()) : null);
