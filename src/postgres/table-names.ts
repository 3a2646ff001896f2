// Table names are built into SQL text (identifiers cannot be bound as parameters), so the
// schema and prefix options are checked against a strict pattern before any is used.
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface TableNames {
  /** What migrations, advisory locks and notification channels are keyed by: `schema.prefix`. */
  namespace: string;
  migrations: string;
  tokens: string;
  dedupe: string;
  ledger: string;
  inbox: string;
  workflows: string;
  workflowChunks: string;
  /** The LISTEN/NOTIFY channel on which inbox writes are announced. */
  channel: string;
  /** An index or constraint name for `suffix`, unqualified (Postgres puts it in the table's schema). */
  local(suffix: string): string;
}

export const DEFAULT_TABLE_PREFIX = "ivvy_";

export function tableNames(caller: string, schema: string | undefined, prefix: string): TableNames {
  if (schema !== undefined && (typeof schema !== "string" || !IDENTIFIER.test(schema) || schema.length > 40)) {
    throw new TypeError(`${caller}: option 'schema' must be a lowercase SQL identifier of at most 40 characters ([a-z_][a-z0-9_]*), got ${JSON.stringify(schema)}`);
  }
  if (typeof prefix !== "string" || (prefix !== "" && !IDENTIFIER.test(prefix)) || prefix.length > 20) {
    throw new TypeError(`${caller}: option 'tablePrefix' must be empty or a lowercase SQL identifier of at most 20 characters, got ${JSON.stringify(prefix)}`);
  }
  const qualify = (name: string) => (schema ? `"${schema}"."${prefix}${name}"` : `"${prefix}${name}"`);
  const namespace = `${schema ?? ""}.${prefix}`;
  return {
    namespace,
    migrations: qualify("migrations"),
    tokens: qualify("tokens"),
    dedupe: qualify("dedupe"),
    ledger: qualify("ledger"),
    inbox: qualify("inbox"),
    workflows: qualify("workflows"),
    workflowChunks: qualify("workflow_chunks"),
    channel: `${schema ? `${schema}_` : ""}${prefix}inbox`,
    local: (suffix) => `"${prefix}${suffix}"`,
  };
}
