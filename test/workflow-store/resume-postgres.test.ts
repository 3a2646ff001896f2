import { afterAll, beforeAll } from "vitest";
import { createPostgresStores, migrate } from "../../src/postgres/index.js";
import { startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { defineResumeSuite } from "./resume-suite.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db?.stop();
});

defineResumeSuite("postgres", {
  async make() {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const { workflows, ledger } = createPostgresStores({ pool: db.pool, schema });
    return { workflows, ledger };
  },
});
