// docs/deployment.md is code: every ```ts block is type-checked against the built package
// (imports resolve through package.json "exports", as a user's would), and the first one,
// the many-instances set-up, runs against a real Postgres and handles a callback.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { spawnTs, waitForOutput, exitOf } from "../helpers/spawn-ts.js";

const root = new URL("../../", import.meta.url);
const dir = new URL("test/docs/.run/", root);
const snippets = [...readFileSync(new URL("docs/deployment.md", root), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

let db: TestDatabase;
beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  db = await startTestDatabase();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.stop();
});

it("has its snippets, and every one type-checks against the package", { timeout: 120_000 }, async () => {
  expect(snippets.length).toBeGreaterThanOrEqual(4);
  const files = snippets.map((code, i) => {
    const file = `snippet-${i}.ts`;
    writeFileSync(new URL(file, dir), code);
    return file;
  });
  writeFileSync(
    new URL("tsconfig.json", dir),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023", "DOM"], types: ["node"], strict: true, noEmit: true, skipLibCheck: true },
      files,
    }),
  );
  const tsc = new URL("node_modules/typescript/bin/tsc", root).pathname;
  const run = await promisify(execFile)(process.execPath, [tsc, "-p", new URL("tsconfig.json", dir).pathname]).then(
    () => "",
    (error: { stdout?: string }) => error.stdout || String(error),
  );
  expect(run).toBe("");
});

it("the many-instances set-up runs: a callback is stored before the 2xx and handled once", { timeout: 60_000 }, async () => {
  const schema = db.freshSchema();
  const code = snippets[0]!.replaceAll('schema: "ivvy"', `schema: "${schema}"`).replaceAll("ivvy.handled", `${schema}.handled`);
  const epilogue = `
import { buildCallbackRequest } from "ivvy-batch/testing";
const asyncId = "0123456789abcdef0123456789abcdef";
const results = [{ namespace: "event", action: "inviteContacts", request: { event: 1, contacts: [2] }, response: { results: [] } }];
const response = await receiver.fetch(await buildCallbackRequest({ receiver, asyncId, results }));
let handled: unknown[] = [];
for (let i = 0; i < 400 && handled.length === 0; i++) {
  handled = (await pool.query("SELECT async_id FROM ${schema}.handled")).rows;
  if (handled.length === 0) await new Promise((r) => setTimeout(r, 25));
}
process.stdout.write(\`answered \${response.status}, handled \${JSON.stringify(handled)}\\n\`);
await consumer.stop();
await listener.close();
await pool.end();
`;
  const file = new URL("deployment-run.ts", dir);
  writeFileSync(file, `${code}\n${epilogue}`);
  const child = spawnTs(file.pathname, [], { DATABASE_URL: db.url });
  const out = await waitForOutput(child, /handled .*\n/, 30_000);
  expect(out).toContain('answered 200, handled [{"async_id":"0123456789abcdef0123456789abcdef"}]');
  expect(await exitOf(child)).toBe(0);
});
