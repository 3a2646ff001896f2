// The package as other projects see it: the light entries' .d.ts type-check
// with skipLibCheck false in a project without @types/node; a CommonJS file compiled by
// TypeScript nodenext runs; require() works on Node versions that load ES modules from
// require. Each project is a temporary folder whose node_modules/ivvy-batch links here.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const run = promisify(execFile);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ivvy-batch-consumer-"));
  made.push(dir);
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules/ivvy-batch"), "dir");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function tsc(dir: string): Promise<string> {
  try {
    await run(process.execPath, [TSC, "-p", dir]);
    return "";
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

const strictConfig = (extra: object = {}) =>
  JSON.stringify({
    compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2023", "dom"], types: [], skipLibCheck: false, ...extra },
    include: ["*.ts", "*.cts"],
  });

describe("the .d.ts of the light entries need no @types/node", () => {
  it("client, signing, workflow and the root type-check with skipLibCheck false", async () => {
    const dir = project({
      "package.json": '{"type":"module"}',
      "tsconfig.json": strictConfig({ noEmit: true }),
      "index.ts": [
        'import { createBatchClient, type BatchClient } from "ivvy-batch/client";',
        'import { signRequest, verifyRequest } from "ivvy-batch/signing";',
        'import { submitAll, waitForAll, collectResults } from "ivvy-batch/workflow";',
        'import * as root from "ivvy-batch";',
        "export const used: unknown[] = [createBatchClient, signRequest, verifyRequest, submitAll, waitForAll, collectResults, root];",
        "export type Client = BatchClient;",
      ].join("\n"),
    });
    expect(await tsc(dir)).toBe("");
  });

  it("the check can fail: the receiver's node adapter needs node:http", async () => {
    const dir = project({
      "package.json": '{"type":"module"}',
      "tsconfig.json": strictConfig({ noEmit: true }),
      "index.ts": 'import { toNodeListener } from "ivvy-batch/receiver";\nexport const used = toNodeListener;',
    });
    expect(await tsc(dir)).toMatch(/TS2307: Cannot find module 'node:http'/);
  });
});

describe("any module system", () => {
  it("a CommonJS file compiled by TypeScript nodenext runs", async () => {
    const dir = project({
      "package.json": '{"type":"commonjs"}',
      "tsconfig.json": strictConfig({ outDir: "out", types: [] }),
      "index.cts": [
        'import { createBatchClient } from "ivvy-batch";',
        'import { signRequest } from "ivvy-batch/signing";',
        "const headers = signRequest({ apiKey: 'k', apiSecret: 's', requestString: '/api/1.0/test?action=ping', body: '', now: 0 });",
        "console.log(typeof createBatchClient, headers['Content-MD5']);",
      ].join("\n"),
    });
    expect(await tsc(dir)).toBe("");
    const { stdout } = await run(process.execPath, [join(dir, "out/index.cjs")], { cwd: dir });
    expect(stdout.trim()).toBe("function d41d8cd98f00b204e9800998ecf8427e");
  });

  it("require() of every entry works", async () => {
    const entries = ["ivvy-batch", "ivvy-batch/client", "ivvy-batch/signing", "ivvy-batch/workflow", "ivvy-batch/receiver", "ivvy-batch/emulator", "ivvy-batch/testing"];
    const program = `for (const e of ${JSON.stringify(entries)}) console.log(e, Object.keys(require(e)).length > 0);`;
    const { stdout } = await run(process.execPath, ["--no-warnings", "-e", program], { cwd: ROOT });
    expect(stdout.trim().split("\n")).toEqual(entries.map((e) => `${e} true`));
  });
});
