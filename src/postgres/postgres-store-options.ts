import type { MigrateOptions } from "./migrate.js";
import type { Queryable } from "./queryable.js";
import { DEFAULT_TABLE_PREFIX, tableNames, type TableNames } from "./table-names.js";
import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";

export interface PostgresStoreOptions extends MigrateOptions {
  /** The user's pool: a node-postgres `Pool`, or anything with `query(text, values)`. */
  pool: Queryable;
  /**
   * Clock in epoch milliseconds, for tests. Default: none, and every expiry is compared
   * with the database's clock, which all instances share.
   */
  now?: () => number;
  /** How long a ledger entry is remembered after its `at`. Default two days, as the memory ledger. */
  ledgerTtlMs?: number;
  /** How long a handled inbox entry is kept, so a repost of it is recognised. Default two days. */
  inboxRetentionMs?: number;
  /**
   * Housekeeping: after every `everyWrites` writes to a table, delete at most `batchSize`
   * of its expired rows (oldest first, through the expiry index), in the background.
   * Default `{ everyWrites: 200, batchSize: 500 }`; `false` to call `purgeExpired()` yourself.
   */
  purge?: { everyWrites?: number; batchSize?: number } | false;
  /** Receives errors of background work (the purge). Without it they are dropped: the library never logs. */
  onError?: (error: unknown) => void;
}

export interface ResolvedPostgresOptions {
  pool: Queryable;
  tables: TableNames;
  now: (() => number) | undefined;
  ledgerTtlMs: number;
  inboxRetentionMs: number;
  purge: { everyWrites: number; batchSize: number } | false;
  onError: (error: unknown) => void;
}


const positiveInteger = (caller: string, option: string, value: unknown, fallback: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(`${caller}: option '${option}' must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
};

/** Checks the options once, when the stores are made, naming the option that is wrong. */
export function resolvePostgresOptions(caller: string, options: PostgresStoreOptions): ResolvedPostgresOptions {
  if (typeof options !== "object" || options === null) throw new TypeError(`${caller}: pass an options object, at least { pool }`);
  if (typeof options.pool?.query !== "function") {
    throw new TypeError(`${caller}: option 'pool' must have a query(text, values) method, e.g. new pg.Pool({ connectionString })`);
  }
  if (options.now !== undefined && typeof options.now !== "function") throw new TypeError(`${caller}: option 'now' must be a function returning epoch milliseconds`);
  if (options.onError !== undefined && typeof options.onError !== "function") throw new TypeError(`${caller}: option 'onError' must be a function`);
  const purge = options.purge ?? {};
  if (purge !== false && (typeof purge !== "object" || purge === null)) throw new TypeError(`${caller}: option 'purge' must be an object or false`);
  return {
    pool: options.pool,
    tables: tableNames(caller, options.schema, options.tablePrefix ?? DEFAULT_TABLE_PREFIX),
    now: options.now,
    ledgerTtlMs: positiveInteger(caller, "ledgerTtlMs", options.ledgerTtlMs, BATCH_LIFETIME_MS),
    inboxRetentionMs: positiveInteger(caller, "inboxRetentionMs", options.inboxRetentionMs, BATCH_LIFETIME_MS),
    purge:
      purge === false
        ? false
        : {
            everyWrites: positiveInteger(caller, "purge.everyWrites", purge.everyWrites, 200),
            batchSize: positiveInteger(caller, "purge.batchSize", purge.batchSize, 500),
          },
    onError: options.onError ?? (() => {}),
  };
}
