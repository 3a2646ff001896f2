// The Postgres stores' options are checked before the pool is used, so these need no database.
import { describe, expect, it } from "vitest";
import { createPostgresStores, listenForCallbacks, migrate, migrationSql } from "../../src/postgres/index.js";

describe("the stores' options", () => {
  it("refuse a misspelt option by name before touching the pool", async () => {
    const untouched = { query: () => Promise.reject(new Error("the pool was used")) };
    expect(() => createPostgresStores({ tablePrefx: "app_" } as never)).toThrow(
      "createPostgresStores: unknown option 'tablePrefx' (did you mean 'tablePrefix'?); allowed: pool, schema, tablePrefix, clock, ledgerTtlMs, inboxRetentionMs, purge, preparedStatements, onError",
    );
    expect(() => createPostgresStores({ pool: untouched, purge: { everyWrite: 5 } } as never)).toThrow(
      "createPostgresStores: unknown option 'purge.everyWrite' (did you mean 'purge.everyWrites'?)",
    );
    expect(() => createPostgresStores({ pool: untouched, now: () => 0 } as never)).toThrow(/option 'now' was replaced by 'clock'/);
    expect(() => createPostgresStores({ pool: untouched, ledgerTtlMs: 0 })).toThrow("option 'ledgerTtlMs' must be an integer (ms) of at least 1, not 0");
    expect(() => createPostgresStores({ pool: untouched, preparedStatements: "yes" } as never)).toThrow("option 'preparedStatements'");
    expect(() => createPostgresStores({ pool: untouched, purge: true } as never)).toThrow(
      "option 'purge' must be an object (everyWrites, batchSize), not true",
    );
    expect(() => migrationSql({ tablePrefx: "app_" } as never)).toThrow("migrationSql: unknown option 'tablePrefx' (did you mean 'tablePrefix'?)");
    await expect(migrate(untouched, { schem: "app" } as never)).rejects.toThrow("migrate: unknown option 'schem' (did you mean 'schema'?)");
    expect(() =>
      listenForCallbacks({ ...untouched, connect: () => Promise.reject(new Error("used")) }, { channel: "ivvy_inbox", reconectDelayMs: 5 } as never),
    ).toThrow("listenForCallbacks: unknown option 'reconectDelayMs' (did you mean 'reconnectDelayMs'?)");
    expect(() => listenForCallbacks({ ...untouched, connect: () => Promise.reject(new Error("used")) }, { channel: "Bad Channel" })).toThrow(
      "listenForCallbacks: option 'channel' must be the store set's channel",
    );
  });
});
