// Spec-first users' own generators on openapi.yaml, run as docs/generators.md says:
// its `sh generate` blocks are run in a scratch project (test/generators/.run/, never
// committed) whose node_modules/ivvy-batch is this package, its files are written there as
// given, TypeScript checks them against what the generators wrote, and each `-demo.ts` script
// runs against the strict emulator on a socket. A 200 from it means the signature was
// verified; its request log shows the exact URL each generated call put on the wire.
// `ivvy-batch/signing` resolves through package.json "exports" to dist/ (npm test builds first).
import { execFile, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openapiDocument } from "../../generated/spec.js";
import { operationPaths } from "../../src/contract/types.js";
import type { RequestLogEntry } from "../../src/emulator/index.js";
import { createEmulator } from "../../src/emulator/index.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "node_modules", ".bin");
const credentials = { apiKey: "generators-key", apiSecret: "generators-secret" };

interface Block {
  lang: string;
  /** The block's info string after the language: a file name, or `generate` for commands. */
  name: string;
  code: string;
}
const docs = readFileSync(join(root, "docs/generators.md"), "utf8");
const blocks: Block[] = [...docs.matchAll(/^```(\w+) (\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, name: m[2]!, code: m[3]! }));
const files = blocks.filter((b) => b.name !== "generate");
const commands = blocks.filter((b) => b.lang === "sh" && b.name === "generate").map((b) => b.code.trim().split("\n"));

const TOOLS = ["openapi-fetch", "hey-api", "orval", "zodios"] as const;

let project: string;

/**
 * Runs one documented command line in the project. `npx x` runs x from this repository's
 * node_modules/.bin: npx itself would look for x in the scratch project and then ask the registry.
 */
async function sh(line: string): Promise<void> {
  await run("sh", ["-c", line.replace(/^npx /, "")], {
    cwd: project,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, FORCE_COLOR: "0" },
    timeout: 60_000,
  });
}

beforeAll(async () => {
  mkdirSync(join(root, "test/generators/.run"), { recursive: true });
  project = mkdtempSync(join(root, "test/generators/.run/project-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(root, join(project, "node_modules", "ivvy-batch"), "dir");
  copyFileSync(join(root, "docs/generators/zod-client.hbs"), join(project, "zod-client.hbs"));
  for (const file of files) {
    mkdirSync(dirname(join(project, file.name)), { recursive: true });
    writeFileSync(join(project, file.name), file.code);
  }
  // One tool's commands in order, the tools side by side; plus the default zod-client
  // template, to show that the URL check below catches what it breaks.
  await Promise.all([
    ...commands.map(async (lines) => {
      for (const line of lines) await sh(line);
    }),
    sh("mkdir -p src/ivvy/zodios-default && openapi-zod-client node_modules/ivvy-batch/openapi.yaml -o src/ivvy/zodios-default/client.ts --with-alias"),
  ]);
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Runs a demo script of the docs against a fresh strict emulator; returns what it printed and what the emulator saw. */
async function runDemo(
  script: string,
  apiSecret = credentials.apiSecret,
): Promise<{ code: number | null; stdout: string; stderr: string; log: RequestLogEntry[] }> {
  const log: RequestLogEntry[] = [];
  const emulator = createEmulator({ credentials: [credentials], onRequest: (entry) => log.push(entry) });
  try {
    const { url } = await emulator.listen({ port: 0 });
    const child = spawn(process.execPath, ["--import", "tsx", join(project, script)], {
      cwd: project,
      env: { ...process.env, FORCE_COLOR: "0", IVVY_BASE_URL: url, IVVY_API_KEY: credentials.apiKey, IVVY_API_SECRET: apiSecret },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    clearTimeout(timer);
    return { code, stdout, stderr, log };
  } finally {
    await emulator.close();
  }
}

/** The distinct `path status` pairs the emulator logged, in order. */
const calls = (log: RequestLogEntry[]) => [...new Set(log.map((e) => `${e.path} ${e.status}`))];

describe("docs/generators.md", () => {
  it("has the generate commands, the hook files and a demo for each of the four tools", () => {
    expect(commands).toHaveLength(4);
    for (const tool of TOOLS) expect(files.map((f) => f.name)).toContain(`src/ivvy/${tool}-demo.ts`);
    for (const file of files.filter((f) => f.name.endsWith("-client.ts") || f.name.endsWith("-fetch.ts"))) {
      expect(file.code, `${file.name} signs with signRequest`).toContain('import { signRequest } from "ivvy-batch/signing";');
    }
  });

  it("its files type-check (strict) against what the generators wrote: no call takes a signing header", async () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, skipLibCheck: true, types: ["node"] },
        include: ["src", "orval.config.ts"],
      }),
    );
    const result = await run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: project }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  }, 60_000);
});

describe.each(TOOLS)("%s: the generated client, signed in its hook, against the strict emulator", (tool) => {
  it("puts the exact iVvy URL on the wire for each action, and every signature is verified (200)", async () => {
    const { code, stdout, stderr, log } = await runDemo(`src/ivvy/${tool}-demo.ts`);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[0-9a-f]{32}: 2 results\n$/);
    expect(calls(log)).toEqual([`${operationPaths.ping} 200`, `${operationPaths.run} 200`, `${operationPaths.progress} 200`, `${operationPaths.results} 200`]);
  }, 40_000);
});

describe("the checks can fail", () => {
  it("a wrong secret: the emulator refuses the first call (401) and the demo fails", async () => {
    const { code, log } = await runDemo("src/ivvy/hey-api-demo.ts", "not-the-secret");
    expect(code).not.toBe(0);
    expect(log.map((e) => `${e.path} ${e.status}`)).toEqual([`${operationPaths.ping} 401`]);
  }, 40_000);

  it("openapi-zod-client's default template: every call goes out as ?action& (which is why docs/generators/zod-client.hbs exists)", async () => {
    const generated = readFileSync(join(project, "src/ivvy/zodios-default/client.ts"), "utf8");
    expect(generated).toContain('path: "/api/1.0/batch?action&#x3D;run"');
    const client = readFileSync(join(project, "src/ivvy/zodios-client.ts"), "utf8");
    writeFileSync(join(project, "src/ivvy/zodios-default-client.ts"), client.replace("./zodios/client.js", "./zodios-default/client.js"));
    const demo = readFileSync(join(project, "src/ivvy/zodios-demo.ts"), "utf8");
    writeFileSync(join(project, "src/ivvy/zodios-default-demo.ts"), demo.replace("./zodios-client.js", "./zodios-default-client.js"));
    const { code, log } = await runDemo("src/ivvy/zodios-default-demo.ts");
    expect(code).not.toBe(0);
    expect(log.map((e) => e.path)).toEqual(["/api/1.0/test?action&"]);
  }, 40_000);
});

describe("zod schemas from the contract", () => {
  const pattern = (openapiDocument as { components: { schemas: { RunRequest: { properties: { callbackUrl: { pattern: string } } } } } }).components.schemas
    .RunRequest.properties.callbackUrl.pattern;
  const job = { namespace: "test", action: "ping", params: {} };

  it("orval's zod output keeps the contract's callbackUrl pattern whole", async () => {
    const zod = (await import(join(project, "src/ivvy/orval/zod.ts"))) as {
      runBody: { safeParse(v: unknown): { success: boolean } };
      runBodyCallbackUrlRegExp: RegExp;
    };
    expect(pattern).toBe("^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#].*)?$");
    expect(zod.runBodyCallbackUrlRegExp.source).toBe(new RegExp(pattern).source);
    expect(zod.runBody.safeParse({ jobs: [job], callbackUrl: "http://127.0.0.1:4011/ivvy/callback" }).success).toBe(true);
    expect(zod.runBody.safeParse({ jobs: [job], callbackUrl: "ftp://example.com/callback" }).success).toBe(false);
  });

  it("openapi-zod-client's schemas do too", async () => {
    const zodios = (await import(join(project, "src/ivvy/zodios/client.ts"))) as { schemas: { RunRequest: { safeParse(v: unknown): { success: boolean } } } };
    expect(zodios.schemas.RunRequest.safeParse({ jobs: [job], callbackUrl: "https://example.com/ivvy/callback?token=t" }).success).toBe(true);
    expect(zodios.schemas.RunRequest.safeParse({ jobs: [job], callbackUrl: "ftp://example.com/callback" }).success).toBe(false);
  });
});
