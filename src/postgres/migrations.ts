import type { TableNames } from "./table-names.js";

/** One schema change. Versions only grow; an applied migration is never edited, a new one is added. */
export interface Migration {
  version: number;
  name: string;
  sql: (t: TableNames) => string;
}

// Every expiring table has a btree index on expires_at: the TTL checks are by primary
// key, and the purge reads the oldest expired rows off that index in bounded batches.
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "tokens, dedupe keys and the submission ledger",
    sql: (t) => `
      CREATE TABLE ${t.tokens} (
        key text PRIMARY KEY,
        async_id text,
        issued_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX ${t.local("tokens_expires_at")} ON ${t.tokens} (expires_at);
      CREATE TABLE ${t.dedupe} (
        key text PRIMARY KEY,
        expires_at bigint NOT NULL
      );
      CREATE INDEX ${t.local("dedupe_expires_at")} ON ${t.dedupe} (expires_at);
      CREATE TABLE ${t.ledger} (
        jobs_hash text PRIMARY KEY,
        state text NOT NULL CHECK (state IN ('in-flight', 'submitted', 'ambiguous')),
        async_id text,
        at bigint NOT NULL,
        expires_at bigint NOT NULL,
        CHECK ((state = 'submitted') = (async_id IS NOT NULL))
      );
      CREATE INDEX ${t.local("ledger_expires_at")} ON ${t.ledger} (expires_at);`,
  },
];

export const LATEST_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
