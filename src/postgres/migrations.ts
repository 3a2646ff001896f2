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
  {
    version: 2,
    name: "the callback inbox",
    // Rows wait as pending (or claimed, until visible_at passes); done rows are kept until
    // expires_at so a repost is recognised; dead rows stay until replayed or deleted.
    sql: (t) => `
      CREATE TABLE ${t.inbox} (
        delivery_id text PRIMARY KEY,
        async_id text NOT NULL,
        body bytea NOT NULL,
        received_at bigint NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'claimed', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        visible_at bigint NOT NULL,
        claim_id text,
        last_error text,
        expires_at bigint
      );
      CREATE INDEX ${t.local("inbox_ready")} ON ${t.inbox} (visible_at) WHERE state IN ('pending', 'claimed');
      CREATE INDEX ${t.local("inbox_async_id")} ON ${t.inbox} (async_id, received_at);
      CREATE INDEX ${t.local("inbox_expires_at")} ON ${t.inbox} (expires_at) WHERE expires_at IS NOT NULL;
      CREATE INDEX ${t.local("inbox_dead")} ON ${t.inbox} (received_at) WHERE state = 'dead';`,
  },
  {
    version: 3,
    name: "resumable workflows",
    sql: (t) => `
      CREATE TABLE ${t.workflows} (
        id text PRIMARY KEY,
        created_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX ${t.local("workflows_expires_at")} ON ${t.workflows} (expires_at);
      CREATE TABLE ${t.workflowChunks} (
        workflow_id text NOT NULL REFERENCES ${t.workflows} (id) ON DELETE CASCADE,
        chunk_index integer NOT NULL,
        start_pos integer NOT NULL,
        end_pos integer NOT NULL,
        jobs_hash text NOT NULL,
        positions jsonb,
        state text NOT NULL CHECK (state IN ('in-flight', 'submitted')),
        async_id text,
        PRIMARY KEY (workflow_id, chunk_index),
        CHECK ((state = 'submitted') = (async_id IS NOT NULL))
      );`,
  },
  {
    version: 4,
    name: "inbox bodies compressed with lz4 where the server has it",
    // pglz compressing a TOASTed 50 kB body was most of the database's CPU per stored
    // callback; lz4 did the same write with about 40% less (docs/performance.md, "The
    // receiver on Postgres"). A server built without lz4 (or before Postgres 14, which has
    // no SET COMPRESSION) keeps pglz: the ALTER is run dynamically and its refusal ignored.
    // Only values written afterwards change; every version of Postgres reads both.
    sql: (t) => `
      BEGIN
        EXECUTE 'ALTER TABLE ${t.inbox} ALTER COLUMN body SET COMPRESSION lz4';
      EXCEPTION WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
        NULL;
      END;`,
  },
];

export const LATEST_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
