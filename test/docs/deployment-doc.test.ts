// docs/deployment.md is code: its examples (named ```ts blocks, the files of one example
// deployment) are type-checked against the built package (imports resolve through
// package.json "exports", as a user's would); the many-instances set-up runs against a real
// Postgres and handles a callback, and the dead-letter script runs after it.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { exitOf, spawnTs, waitForOutput } from "../helpers/spawn-ts.js";

const root = new URL("../../", import.meta.url);
const dir = new URL("test/docs/.run/", root);
const examples = [...readFileSync(new URL("docs/deployment.md", root), "utf8").matchAll(/^```ts deployment\/(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({
  name: m[1]!,
  code: m[2]!,
}));
const snippets = examples.map((e) => e.code);
const example = (name: string) => examples.find((e) => e.name === name)?.code ?? "";

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
  expect(examples.map((e) => e.name)).toEqual(["many-instances.ts", "submit-and-wait.ts", "serverless.ts", "dead-letters.ts"]);
  const files = snippets.map((code, i) => {
    const file = `snippet-${i}.ts`;
    writeFileSync(new URL(file, dir), code);
    return file;
  });
  writeFileSync(
    new URL("tsconfig.json", dir),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        types: ["node"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
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
  const inSchema = (code: string) => code.replaceAll('schema: "ivvy"', `schema: "${schema}"`).replaceAll("ivvy.handled", `${schema}.handled`);
  const code = inSchema(example("many-instances.ts"));
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

  // The dead-letter script, on the same tables: none to replay.
  const letters = new URL("dead-letters.ts", dir);
  writeFileSync(letters, `${inSchema(example("dead-letters.ts"))}\nprocess.stdout.write("listed\\n");\nprocess.exit(0);\n`);
  const script = spawnTs(letters.pathname, [], { DATABASE_URL: db.url });
  expect(await waitForOutput(script, /listed\n/, 30_000)).toBe("listed\n");
  expect(await exitOf(script)).toBe(0);
});
