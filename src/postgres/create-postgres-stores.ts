import type { CallbackInbox } from "../inbox/callback-inbox.js";
import type { DedupeStore } from "../receiver/stores/dedupe-store.js";
import type { TokenStore } from "../receiver/stores/token-store.js";
import type { SubmissionLedger } from "../workflow/submit/submission-ledger.js";
import type { WorkflowStore } from "../workflow-store/workflow-store.js";
import { type MigrateResult, migrate } from "./migrate.js";
import { postgresDedupeStore } from "./postgres-dedupe-store.js";
import { postgresInbox } from "./postgres-inbox.js";
import { type PostgresStoreOptions, resolvePostgresOptions } from "./postgres-store-options.js";
import { postgresSubmissionLedger } from "./postgres-submission-ledger.js";
import { postgresTokenStore } from "./postgres-token-store.js";
import { postgresWorkflowStore } from "./postgres-workflow-store.js";

/** Rows deleted by one purgeExpired() call, per table. */
export interface PurgeCounts {
  tokens: number;
  dedupe: number;
  ledger: number;
  inbox: number;
  workflows: number;
}

export interface PostgresStores {
  /** For `createCallbackReceiver({ tokenStore })`: every instance knows every issued token. */
  tokenStore: TokenStore;
  /** For `createCallbackReceiver({ dedupeStore })`: one handler call per delivery across instances. */
  dedupeStore: DedupeStore;
  /** For `submitAll(client, jobs, { ledger })`: one submission per chunk across processes. */
  ledger: SubmissionLedger;
  /**
   * For `createCallbackReceiver({ inbox })` and `createInboxConsumer({ inbox })`: callbacks
   * stored before they are answered, handled on any instance until they succeed.
   */
  inbox: CallbackInbox;
  /** For `submitAllResumable(client, jobs, { workflows, workflowId })`: chunk states that survive a restart. */
  workflows: WorkflowStore;
  /** The LISTEN/NOTIFY channel on which the inbox announces each new entry (its payload is the asyncId). */
  channel: string;
  /** Creates or upgrades this store set's tables: see `migrate()`. */
  migrate(): Promise<MigrateResult>;
  /** Deletes at most `limit` expired rows per table now (besides the background purge). */
  purgeExpired(limit?: number): Promise<PurgeCounts>;
}

/**
 * The token store, dedupe store, submission ledger and callback inbox over the user's Postgres pool. The
 * tables must exist: call `migrate()` (on this object, or the function) at start-up.
 */
export function createPostgresStores(options: PostgresStoreOptions): PostgresStores {
  const config = resolvePostgresOptions("createPostgresStores", options);
  const tokenStore = postgresTokenStore(config);
  const dedupeStore = postgresDedupeStore(config);
  const ledger = postgresSubmissionLedger(config);
  const inbox = postgresInbox(config);
  const workflows = postgresWorkflowStore(config);
  return {
    tokenStore,
    dedupeStore,
    ledger,
    inbox,
    workflows,
    channel: config.tables.channel,
    migrate: () => migrate(config.rawPool, { schema: config.tables.schema, tablePrefix: config.tables.prefix }),
    async purgeExpired(limit) {
      return {
        tokens: await tokenStore.purgeExpired(limit),
        dedupe: await dedupeStore.purgeExpired(limit),
        ledger: await ledger.purgeExpired(limit),
        inbox: await inbox.purgeExpired(limit),
        workflows: await workflows.purgeExpired(limit),
      };
    },
  };
}
