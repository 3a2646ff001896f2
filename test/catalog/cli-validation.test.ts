// The CLI checks every job of a file against the catalog before the first request.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";

const CLI = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "ivvy-cli-catalog-"));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("IVVY_")));

function cli(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

let emulator: Emulator;
let baseUrl: string;
let runs = 0;
beforeAll(async () => {
  emulator = createEmulator({ jobDelayMs: 0, onRequest: (e) => void (e.operation === "run" && runs++) });
  baseUrl = (await emulator.listen({ port: 0 })).url;
});
afterAll(() => emulator.close());

it("jobs whose params break their action's schema exit 2, each named, and nothing is sent; --no-validate-params sends them", async () => {
  const jobs = Array.from({ length: 250 }, (_, i) => ({ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [i] } }));
  jobs[230] = { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: "1,2,3" as never } };
  jobs[240] = { namespace: "event", action: "inviteContact", params: { event: 1, contacts: [1] } };
  const file = join(dir, "jobs.json");
  writeFileSync(file, JSON.stringify(jobs));
  const refused = await cli(["run", file, "--base-url", baseUrl]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/2 of 250 jobs break their action's schema in the catalog \(docs\/catalog\.md\); nothing was sent/);
  expect(refused.stderr).toContain("jobs[230]: event.inviteContacts: 'contacts' does not validate [specific code 23016] (Value must be an array)");
  expect(refused.stderr).toContain("jobs[240]: the catalog has no action 'inviteContact' in namespace 'event'");
  expect(runs).toBe(0);
  jobs[240] = jobs[0]!;
  writeFileSync(file, JSON.stringify(jobs));
  const sent = await cli(["run", file, "--base-url", baseUrl, "--no-validate-params", "--handle-out", join(dir, "handle.json")]);
  expect(sent.code).toBe(0);
  expect(runs).toBe(2);
});
