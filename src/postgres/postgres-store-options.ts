import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";
import { CLOCK_EXPECTED, type Clock, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { boolean, checkOptions, custom, func, integer, object, refuseRetired, withMethods } from "../util/options.js";
import type { MigrateOptions } from "./migrate.js";
import { namedStatements } from "./named-statements.js";
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
  /**
   * Send every store query as a named statement (node-postgres' `{ name, text, values }`),
   * so each connection parses and plans it once: a claim costs about a quarter less
   * (docs/performance.md, "The receiver on Postgres"). The pool must take node-postgres'
   * query config, and each statement must reach the connection it was prepared on: not
   * behind PgBouncer in transaction mode (unless its `max_prepared_statements` is set).
   * Default false. `migrate()` never uses it.
   */
  preparedStatements?: boolean;
  /** Receives errors of background work (the purge, the inbox's announcements). Without it they are dropped: the library never logs. */
  onError?: (error: unknown) => void;
}

export interface ResolvedPostgresOptions {
  /** What the stores query: the user's pool, or it behind named statements. */
  pool: Queryable;
  /** The user's pool as given: for migrate(), whose multi-statement text cannot be a named statement. */
  rawPool: Queryable;
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
  preparedStatements: boolean({ default: false }),
  onError: func<(error: unknown) => void>({ describe: "(error) => void" }),
};

/** Checks the options once, when the stores are made, naming the option that is wrong. */
export function resolvePostgresOptions(caller: string, options: PostgresStoreOptions): ResolvedPostgresOptions {
  refuseRetired(caller, options, RETIRED_FOR_CLOCK);
  const o = checkOptions(caller, options, shape);
  return {
    pool: o.preparedStatements ? namedStatements(o.pool) : o.pool,
    rawPool: o.pool,
    tables: tableNames(o.schema, o.tablePrefix),
    clock: o.clock,
    ledgerTtlMs: o.ledgerTtlMs,
    inboxRetentionMs: o.inboxRetentionMs,
    purge: o.purge,
    onError: o.onError ?? (() => {}),
  };
}
