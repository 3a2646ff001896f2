import type { DedupeStore } from "../receiver/dedupe-store.js";
import type { TokenStore } from "../receiver/token-store.js";
import type { SubmissionLedger } from "../workflow/submission-ledger.js";
import { migrate, type MigrateResult } from "./migrate.js";
import { postgresDedupeStore } from "./postgres-dedupe-store.js";
import { resolvePostgresOptions, type PostgresStoreOptions } from "./postgres-store-options.js";
import { postgresSubmissionLedger } from "./postgres-submission-ledger.js";
import { postgresTokenStore } from "./postgres-token-store.js";

/** Rows deleted by one purgeExpired() call, per table. */
export interface PurgeCounts {
  tokens: number;
  dedupe: number;
  ledger: number;
}

export interface PostgresStores {
  /** For `createCallbackReceiver({ tokenStore })`: every instance knows every issued token. */
  tokenStore: TokenStore;
  /** For `createCallbackReceiver({ dedupeStore })`: one handler call per delivery across instances. */
  dedupeStore: DedupeStore;
  /** For `submitAll(client, jobs, { ledger })`: one submission per chunk across processes. */
  ledger: SubmissionLedger;
  /** Creates or upgrades this store set's tables: see `migrate()`. */
  migrate(): Promise<MigrateResult>;
  /** Deletes at most `limit` expired rows per table now (besides the background purge). */
  purgeExpired(limit?: number): Promise<PurgeCounts>;
}

/**
 * The token store, dedupe store and submission ledger over the user's Postgres pool. The
 * tables must exist: call `migrate()` (on this object, or the function) at start-up.
 */
export function createPostgresStores(options: PostgresStoreOptions): PostgresStores {
  const config = resolvePostgresOptions("createPostgresStores", options);
  const tokenStore = postgresTokenStore(config);
  const dedupeStore = postgresDedupeStore(config);
  const ledger = postgresSubmissionLedger(config);
  return {
    tokenStore,
    dedupeStore,
    ledger,
    migrate: () => migrate(config.pool, { schema: options.schema, tablePrefix: options.tablePrefix }),
    async purgeExpired(limit) {
      return {
        tokens: await tokenStore.purgeExpired(limit),
        dedupe: await dedupeStore.purgeExpired(limit),
        ledger: await ledger.purgeExpired(limit),
      };
    },
  };
}
