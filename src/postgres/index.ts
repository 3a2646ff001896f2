// ivvy-batch/postgres: the shared stores over the user's own Postgres pool. Nothing here
// imports `pg`; the pool is passed in.
export { createPostgresStores, type PostgresStores, type PurgeCounts } from "./create-postgres-stores.js";
export { type CallbackListener, type ListenForCallbacksOptions, listenForCallbacks } from "./listen-for-callbacks.js";
export { type MigrateOptions, type MigrateResult, migrate, migrationSql } from "./migrate.js";
export { LATEST_VERSION as SCHEMA_VERSION } from "./migrations.js";
export type { PostgresStoreOptions } from "./postgres-store-options.js";
export type { ConnectingPool, ListeningClient, Queryable, QueryResultLike } from "./queryable.js";
