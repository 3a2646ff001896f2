import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";
import { CLOCK_EXPECTED, type Clock, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { checkOptions, custom, func, integer, object, refuseRetired, withMethods } from "../util/options.js";
import type { MigrateOptions } from "./migrate.js";
import type { Queryable } from "./queryable.js";
import { type TableNames, tableNames, tableOptionsShape } from "./table-names.js";

export interface PostgresStoreOptions extends MigrateOptions {
  /** The user's pool: a node-postgres `Pool`, or anything with `query(text, values)`. */
  pool: Queryable;
  /**
   * The clock expiry is compared with, for tests (createManualClock()). Default: none, and
   * every expiry is compared with the database's clock, which all instances share.
   */
  clock?: Clock;
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
  /** Undefined: the database's clock decides (sql-clock.ts). */
  clock: Clock | undefined;
  ledgerTtlMs: number;
  inboxRetentionMs: number;
  purge: { everyWrites: number; batchSize: number } | false;
  onError: (error: unknown) => void;
}

const purgeBatches = object({ everyWrites: integer({ min: 1, default: 200 }), batchSize: integer({ min: 1, default: 500 }) });

const shape = {
  pool: withMethods<Queryable, Queryable>(["query"], { required: true, describe: "a pool with query(text, values), e.g. new pg.Pool({ connectionString })" }),
  ...tableOptionsShape,
  clock: withMethods<Clock>(["now", "setTimeout"], { describe: CLOCK_EXPECTED }),
  ledgerTtlMs: integer({ min: 1, unit: "ms", default: BATCH_LIFETIME_MS }),
  inboxRetentionMs: integer({ min: 1, unit: "ms", default: BATCH_LIFETIME_MS }),
  purge: custom((value, fail, at) => {
    if (value === false) return false;
    if (value === null) return fail("must be an object (everyWrites, batchSize) or false, not null");
    return purgeBatches(value, at);
  }),
  onError: func<(error: unknown) => void>({ describe: "(error) => void" }),
};

/** Checks the options once, when the stores are made, naming the option that is wrong. */
export function resolvePostgresOptions(caller: string, options: PostgresStoreOptions): ResolvedPostgresOptions {
  refuseRetired(caller, options, RETIRED_FOR_CLOCK);
  const o = checkOptions(caller, options, shape);
  return {
    pool: o.pool,
    tables: tableNames(o.schema, o.tablePrefix),
    clock: o.clock,
    ledgerTtlMs: o.ledgerTtlMs,
    inboxRetentionMs: o.inboxRetentionMs,
    purge: o.purge,
    onError: o.onError ?? (() => {}),
  };
}
