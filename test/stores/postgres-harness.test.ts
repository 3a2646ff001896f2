// The test Postgres fails fast and says why, rather than leaving a hook to time out. As
// root it runs as another account, which cannot enter a folder like `mktemp -d` makes
// (drwx------): that is the case where tests used to wait 30 s on a spawn EACCES.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startPostgresServer } from "../helpers/postgres-server.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(mode: number): string {
  const path = mkdtempSync(join(tmpdir(), "ivvy-pg-harness-"));
  chmodSync(path, mode);
  folders.push(path);
  return path;
}

describe("the test Postgres", () => {
  it.runIf(process.getuid?.() === 0)("under a folder its account cannot enter, fails at once naming EACCES, the folder and the way out", async () => {
    const privateRoot = folder(0o700);
    // Given all the time in the world, it still fails with the folder's reason, not a timeout.
    const error = await startPostgresServer({ root: privateRoot, timeoutMs: 600_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).not.toMatch(/did not (finish|report ready) within/);
    expect(String(error)).toContain("EACCES");
    expect(String(error)).toContain(`cannot enter ${privateRoot} (mode 700`);
    expect(String(error)).toMatch(/TMPDIR.*DATABASE_URL/);
  });

  it("gives up with a message when it is not ready in time", async () => {
    const error = await startPostgresServer({ timeoutMs: 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/initdb did not finish within 1 ms|postgres did not report ready within 1 ms/);
  });
});
