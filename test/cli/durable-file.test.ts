// The CLI's files never stay half-written: a results file is written under a temporary
// name, flushed and renamed; a process that exits while it is open (a third Ctrl-C exits
// at once) removes the temporary file on its way out.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDurably } from "../../src/cli/io/durable-file.js";
import { openJsonArray } from "../../src/cli/report/json-output.js";
import { exitOf, spawnTs } from "../helpers/spawn-ts.js";
import { freshDir } from "./cli-harness.js";

describe("durable files", () => {
  it("a process that exits while the results file is open leaves neither it nor its temporary file", async () => {
    const dir = freshDir();
    const out = join(dir, "results.json");
    const child = spawnTs(new URL("./fixtures/exit-while-writing.ts", import.meta.url).pathname, [out]);
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    expect(await exitOf(child)).toBe(130);
    // While open, the temporary file was there (hidden, named for its process).
    expect(JSON.parse(stdout.trim())).toEqual([expect.stringMatching(/^\.results\.json\.\d+\.tmp$/)]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a complete file replaces the old one whole; an abandoned one leaves the old one as it was", async () => {
    const dir = freshDir();
    const out = join(dir, "results.json");
    writeFileSync(out, "old\n");
    const abandoned = openJsonArray(out, process.stdout);
    await abandoned.push({ index: 0 });
    await abandoned.abandon();
    expect(readFileSync(out, "utf8")).toBe("old\n");
    const written = openJsonArray(out, process.stdout);
    await written.push({ index: 0 });
    await written.end();
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([{ index: 0 }]);
    expect(readdirSync(dir)).toEqual(["results.json"]);
  });

  it("writeDurably leaves no temporary file when it cannot write", async () => {
    const dir = freshDir();
    await expect(writeDurably(join(dir, "missing", "h.json"), "{}")).rejects.toThrow(/ENOENT/);
    await writeDurably(join(dir, "h.json"), "{}\n");
    expect(readdirSync(dir)).toEqual(["h.json"]);
    expect(existsSync(join(dir, "h.json"))).toBe(true);
  });
});
