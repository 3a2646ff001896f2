// The package as other projects see it: each entry's .d.ts type-checks with skipLibCheck
// false in a project without @types/node, except those README.md names; a CommonJS file compiled by
// TypeScript nodenext runs; require() works on Node versions that load ES modules from
// require. Each project is a temporary folder whose node_modules/ivvy-batch links here.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const run = promisify(execFile);
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

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
    compilerOptions: {
      strict: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      lib: ["es2023", "dom"],
      types: [],
      skipLibCheck: false,
      ...extra,
    },
    include: ["*.ts", "*.cts"],
  });

describe("which entries' .d.ts need @types/node", () => {
  it("exactly those README.md names: each entry type-checked with skipLibCheck false and types []", { timeout: 120_000 }, () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const entries = Object.entries(manifest.exports)
      .filter(([, target]) => typeof target === "object" && target !== null && "types" in target)
      .map(([key]) => (key === "." ? "ivvy-batch" : `ivvy-batch/${key.slice(2)}`));
    const dir = project({ "package.json": '{"type":"module"}', "index.ts": entries.map((e, i) => `export * as e${i} from "${e}";`).join("\n") });
    const index = join(dir, "index.ts");
    const options: ts.CompilerOptions = {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: false,
      noEmit: true,
    };
    // One program for all entries (one tsc run per entry took 10-20 s each); each entry is
    // then charged with the errors of the .d.ts files it reaches.
    const program = ts.createProgram([index], options);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const text = (d: ts.Diagnostic) => `${d.file?.fileName ?? ""}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    // Only the absence of Node's types may fail here; anything else is a bug to see as such.
    expect(diagnostics.map(text).filter((t) => !/TS2307 Cannot find module 'node:|TS25(80|91) /.test(t))).toEqual([]);
    const broken = new Set(diagnostics.map((d) => d.file?.fileName));
    const resolve = (specifier: string, from: string) =>
      ts.resolveModuleName(specifier, from, options, ts.sys, undefined, undefined, ts.ModuleKind.ESNext).resolvedModule?.resolvedFileName;
    const reaches = (start: string) => {
      const seen = new Set<string>();
      for (const stack = [start]; stack.length > 0; ) {
        const file = stack.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const source = program.getSourceFile(file);
        if (!source) continue;
        for (const { fileName } of ts.preProcessFile(source.text, true, true).importedFiles) {
          const next = resolve(fileName, file);
          if (next) stack.push(next);
        }
      }
      return seen;
    };
    const needNode = entries.filter((entry) => [...reaches(resolve(entry, index)!)].some((file) => broken.has(file)));

    const readme = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\s+/g, " ");
    const sentence = /\*\*Types:\*\* the `\.d\.ts` of (.+?) import `node:http`/.exec(readme);
    expect(sentence, "README.md's parts section says which entries need @types/node").not.toBeNull();
    const documented = [...sentence![1]!.matchAll(/`(ivvy-batch(?:\/[\w-]+)?)`/g)].map((m) => m[1]);
    expect(needNode.sort()).toEqual(documented.sort());
  });
});

// Each test compiles a small project with tsc: bounded generously, as tsc on a loaded 2-core machine can take half a minute.
describe("any module system", { timeout: 120_000 }, () => {
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
    const entries = [
      "ivvy-batch",
      "ivvy-batch/client",
      "ivvy-batch/signing",
      "ivvy-batch/workflow",
      "ivvy-batch/receiver",
      "ivvy-batch/emulator",
      "ivvy-batch/testing",
    ];
    const program = `for (const e of ${JSON.stringify(entries)}) console.log(e, Object.keys(require(e)).length > 0);`;
    const { stdout } = await run(process.execPath, ["--no-warnings", "-e", program], { cwd: ROOT });
    expect(stdout.trim().split("\n")).toEqual(entries.map((e) => `${e} true`));
  });
});
