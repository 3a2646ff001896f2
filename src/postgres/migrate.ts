import { checkOptions } from "../util/options.js";
import { LATEST_VERSION, migrations } from "./migrations.js";
import type { Queryable } from "./queryable.js";
import { type TableNames, tableNames, tableOptionsShape } from "./table-names.js";

export interface MigrateOptions {
  /** A schema for the tables (created if missing). Default: none, so the connection's search_path decides. */
  schema?: string;
  /** Prepended to every table name. Default `ivvy_`. */
  tablePrefix?: string;
}

export interface MigrateResult {
  /** The schema version the database is at afterwards. */
  version: number;
}

/**
 * The whole migration as one SQL text: one implicit transaction (a multi-statement simple
 * query), so it applies all or nothing. Its first statement takes a transaction-scoped
 * advisory lock on the namespace, so instances migrating at the same start-up queue behind
 * each other instead of racing on CREATE TABLE; each version runs only when it is not
 * recorded yet, so running it again changes nothing. Exported for users who run
 * migrations with their own tool.
 */
export function migrationSql(options?: MigrateOptions): string {
  const t = resolveTables("migrationSql", options);
  const parts = [
    // The namespace is checked against [a-z0-9_.] by tableOptionsShape, so it is safe as a literal.
    `SELECT pg_advisory_xact_lock(hashtext('ivvy-batch migrate ${t.namespace}'));`,
    t.schema ? `CREATE SCHEMA IF NOT EXISTS "${t.schema}";` : "",
    `CREATE TABLE IF NOT EXISTS ${t.migrations} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());`,
  ];
  for (const m of migrations) {
    parts.push(`DO $migration$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM ${t.migrations} WHERE version = ${m.version}) THEN
        ${m.sql(t)}
        INSERT INTO ${t.migrations} (version, name) VALUES (${m.version}, '${m.name.replaceAll("'", "''")}');
      END IF;
    END $migration$;`);
  }
  return parts.filter(Boolean).join("\n");
}

/**
 * Creates or upgrades the tables. Idempotent and safe to call from every instance at
 * start-up, at the same time. Rejects when the database is at a newer version than this
 * code knows: an older instance must not write to tables it does not understand.
 */
export async function migrate(pool: Queryable, options?: MigrateOptions): Promise<MigrateResult> {
  if (typeof pool?.query !== "function") throw new TypeError("migrate: pass a pool (anything with query(text, values)), e.g. new pg.Pool()");
  const t = resolveTables("migrate", options);
  await pool.query(migrationSql(options));
  const { rows } = await pool.query(`SELECT max(version) AS version FROM ${t.migrations}`);
  const version = Number(rows[0]?.version ?? 0);
  if (version > LATEST_VERSION) {
    throw new Error(
      `migrate: the database at ${t.namespace} is at schema version ${version}, newer than this ivvy-batch knows (${LATEST_VERSION}); upgrade ivvy-batch`,
    );
  }
  return { version };
}

function resolveTables(caller: string, options: MigrateOptions | undefined): TableNames {
  const { schema, tablePrefix } = checkOptions(caller, options, tableOptionsShape);
  return tableNames(schema, tablePrefix);
}
