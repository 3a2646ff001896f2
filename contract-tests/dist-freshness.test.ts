// contract:provider refuses a stale dist/ by content, not by file time: a
// regenerated but identical generated/spec.ts, or a rebuilt identical source, must not
// stop it; a changed contract or source must. Runs on a copy of the files it reads.
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { assertDistFresh, DIST_INPUTS } from "./run-provider.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
let copy: string;

function copyProject(): string {
  copy = mkdtempSync(join(tmpdir(), "ivvy-batch-fresh-"));
  for (const path of ["openapi.yaml", "generated/spec.ts", "dist/build-inputs.json", ...DIST_INPUTS.map(([source]) => source)]) {
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  return copy;
}
afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe("assertDistFresh", () => {
  it("passes after identical files are written again (newer file times, same content)", () => {
    const dir = copyProject();
    const later = new Date(Date.now() + 60_000);
    for (const path of ["openapi.yaml", "generated/spec.ts", "src/contract/types.ts"]) utimesSync(join(dir, path), later, later);
    expect(() => assertDistFresh(dir)).not.toThrow();
  });

  it("refuses when the contract changed and generated/ was not regenerated", () => {
    const dir = copyProject();
    const spec = join(dir, "openapi.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("title: iVvy Batch API", "title: iVvy Batch API (edited)"));
    expect(() => assertDistFresh(dir)).toThrow(/generated\/spec.ts does not match openapi.yaml/);
  });

  it("refuses when a source the hooks load changed after the build", () => {
    const dir = copyProject();
    const source = join(dir, "src/signing/sign-request.ts");
    writeFileSync(source, `${readFileSync(source, "utf8")}\n// edited\n`);
    expect(() => assertDistFresh(dir)).toThrow(/dist\/ was built from another src\/signing\/sign-request.ts/);
  });
});
