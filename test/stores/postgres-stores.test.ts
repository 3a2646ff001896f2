import { afterAll, beforeAll } from "vitest";
import { createPostgresStores, migrate } from "../../src/postgres/index.js";
import { clockReading } from "../helpers/clock-reading.js";
import { connections, startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { defineInboxSuite } from "./inbox-suite.js";
import { defineStoreSuite } from "./store-suite.js";

let db: TestDatabase;
const ended: Array<() => Promise<void>> = [];
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  for (const end of ended) await end();
  await db?.stop();
});

// Each suite twice: with the store queries as plain texts and as named statements.
for (const preparedStatements of [false, true]) {
  const name = preparedStatements ? "postgres (preparedStatements)" : "postgres";
  defineStoreSuite(name, {
    async make({ now, ledgerTtlMs }) {
      const schema = db.freshSchema();
      await migrate(db.pool, { schema });
      return createPostgresStores({ pool: db.pool, schema, clock: clockReading(now), ledgerTtlMs, preparedStatements });
    },
    async makeMany(count) {
      const schema = db.freshSchema();
      await migrate(db.pool, { schema });
      const { clients, end } = await connections(db.url, count);
      ended.push(end);
      return clients.map((client) => createPostgresStores({ pool: client, schema, preparedStatements }));
    },
  });

  defineInboxSuite(name, {
    async make({ now, retentionMs }) {
      const schema = db.freshSchema();
      await migrate(db.pool, { schema });
      return createPostgresStores({ pool: db.pool, schema, clock: clockReading(now), inboxRetentionMs: retentionMs, preparedStatements }).inbox;
    },
    async makeMany(count) {
      const schema = db.freshSchema();
      await migrate(db.pool, { schema });
      const { clients, end } = await connections(db.url, count);
      ended.push(end);
      return clients.map((client) => createPostgresStores({ pool: client, schema, preparedStatements }).inbox);
    },
  });
}
