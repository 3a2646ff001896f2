// Table names are built into SQL text (identifiers cannot be bound as parameters), so the
// schema and prefix options are checked against a strict pattern before any is used.
import { custom, describeValue } from "../util/options.js";

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface TableNames {
  /** The schema option, as given (undefined: the connection's search_path decides). */
  schema: string | undefined;
  /** The tablePrefix option. */
  prefix: string;
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

/** The rules of the `schema` and `tablePrefix` options, shared by every factory that names tables. */
export const tableOptionsShape = {
  schema: custom<string | undefined>((value, fail) => {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !IDENTIFIER.test(value) || value.length > 40) {
      return fail(`must be a lowercase SQL identifier of at most 40 characters ([a-z_][a-z0-9_]*), not ${describeValue(value)}`);
    }
    return value;
  }),
  tablePrefix: custom<string>((value, fail) => {
    if (value === undefined) return DEFAULT_TABLE_PREFIX;
    if (typeof value !== "string" || (value !== "" && !IDENTIFIER.test(value)) || value.length > 20) {
      return fail(`must be empty or a lowercase SQL identifier of at most 20 characters, not ${describeValue(value)}`);
    }
    return value;
  }),
};

/** The names of a store set's tables, from a schema and prefix checked by tableOptionsShape. */
export function tableNames(schema: string | undefined, prefix: string): TableNames {
  const qualify = (name: string) => (schema ? `"${schema}"."${prefix}${name}"` : `"${prefix}${name}"`);
  const namespace = `${schema ?? ""}.${prefix}`;
  return {
    schema,
    prefix,
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
