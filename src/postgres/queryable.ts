/** The slice of a query result the stores read: node-postgres' `QueryResult` has it. */
export interface QueryResultLike {
  rows: Record<string, unknown>[];
  rowCount?: number | null;
}

/**
 * Anything that runs a parameterised query: a node-postgres `Pool` or `Client`, or a thin
 * wrapper over another driver. The stores never hold a connection across calls, so a pool
 * is what to pass; `migrate()` also needs the driver to run a multi-statement text when no
 * values are given (node-postgres does: the simple query protocol).
 */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<QueryResultLike>;
}

/** A dedicated connection for LISTEN: what node-postgres' `pool.connect()` resolves with. */
export interface ListeningClient extends Queryable {
  on(event: "notification", listener: (message: { channel: string; payload?: string | undefined }) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeListener(event: "notification", listener: (message: { channel: string; payload?: string | undefined }) => void): unknown;
  removeListener(event: "error", listener: (error: Error) => void): unknown;
  release(error?: Error | boolean): void;
}

/** A pool that can also lend a dedicated connection (node-postgres' `Pool`). */
export interface ConnectingPool extends Queryable {
  connect(): Promise<ListeningClient>;
}
