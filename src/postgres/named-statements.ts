import { createHash } from "node:crypto";
import type { Queryable, QueryResultLike } from "./queryable.js";

type QueryConfig = { name: string; text: string; values: unknown[] | undefined };

/**
 * The pool behind node-postgres' named statements: each text gets a name derived from it,
 * so a connection parses and plans it once and then only binds values (the store set's
 * preparedStatements option). The texts are the stores' own, a fixed set, so the map of
 * names stays small.
 */
export function namedStatements(pool: Queryable): Queryable {
  const names = new Map<string, string>();
  const query = pool.query.bind(pool) as unknown as (config: QueryConfig) => Promise<QueryResultLike>;
  return {
    query(text, values) {
      let name = names.get(text);
      if (name === undefined) {
        name = `ivvy_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
        names.set(text, name);
      }
      return query({ name, text, values });
    },
  };
}
