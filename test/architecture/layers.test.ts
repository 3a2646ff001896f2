// The layout shows the architecture (STYLE.md habits 18 and 22), and this keeps it so: the
// imports between src/ folders, type imports included, form no cycle at any depth; each
// top-level folder imports only the layers below it; the emulator's dashboard sees the
// emulator only through its port; and no folder grows past twenty files.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** What each top-level folder may import besides itself ("." is src/index.ts, the root entry). */
const LAYERS: Record<string, readonly string[]> = {
  contract: [],
  util: [],
  errors: ["contract"],
  signing: ["contract"],
  catalog: ["contract", "errors"],
  validators: ["contract"],
  client: ["catalog", "contract", "errors", "signing", "util"],
  workflow: ["client", "catalog", "contract", "errors", "util"],
  "workflow-store": ["workflow", "client", "contract", "errors", "util"],
  receiver: ["workflow", "contract", "errors", "util"],
  inbox: ["receiver", "workflow", "contract", "errors", "util"],
  postgres: ["inbox", "receiver", "workflow", "workflow-store", "contract", "errors", "util"],
  recording: ["util"],
  "recording-check": ["recording", "catalog", "contract", "util"],
  emulator: ["recording", "catalog", "signing", "contract", "errors", "util"],
  mock: ["signing", "contract", "util"],
  // Sends made-up callbacks to endpoints; builds their results with an in-process emulator and client, or reads them from a recording.
  "receiver-check": ["emulator", "recording", "client", "catalog", "contract", "errors", "util"],
  testing: ["receiver-check", "emulator", "receiver", "workflow", "signing", "contract", "util"],
  cli: ["*"],
  ".": ["client", "signing", "workflow", "catalog", "contract", "errors", "util"],
};

/** Within a folder: rooms that may see only some of their siblings. */
const ROOM_RULES: Record<string, readonly string[]> = {
  "emulator/dashboard": ["emulator/port"],
};

interface Edge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const folderOf = (file: string) => relative(SRC, dirname(file)).split(sep).join("/") || ".";

/** Every import between files of src/ (static, dynamic, type-only, re-exports), as folder edges. */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) continue;
      edges.push({ from: folderOf(file), to: folderOf(target), file: relative(SRC, file), specifier });
    }
  }
  return edges;
}

const collapse = (folder: string, depth: number) => (folder === "." ? "." : folder.split("/").slice(0, depth).join("/"));
const isWithin = (folder: string, ancestor: string) => folder === ancestor || folder.startsWith(`${ancestor}/`);

/** Strongly connected groups of more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

const edges = importEdges();
const maxDepth = Math.max(...edges.flatMap((e) => [e.from, e.to]).map((f) => f.split("/").length));

describe("the layout of src/", () => {
  it.each(Array.from({ length: maxDepth }, (_, i) => i + 1))("has no import cycle between folders, counted at depth %i", (depth) => {
    const graph = new Map<string, Set<string>>();
    for (const edge of edges) {
      const from = collapse(edge.from, depth);
      const to = collapse(edge.to, depth);
      if (from === to) continue;
      // A folder's own files (its index and composer) may import its rooms: at a depth where
      // the parent's files and a room are different nodes, that edge points down, never up.
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
      graph.set(to, graph.get(to) ?? new Set());
    }
    const found = cycles(graph).map((group) => {
      const inside = edges.filter(
        (e) => group.includes(collapse(e.from, depth)) && group.includes(collapse(e.to, depth)) && collapse(e.from, depth) !== collapse(e.to, depth),
      );
      return { folders: group, imports: inside.map((e) => `${e.file} -> ${e.specifier}`) };
    });
    expect(found, "import cycles between these folders (each with the imports that close it)").toEqual([]);
  });

  it("each top-level folder imports only the layers below it", () => {
    const wrong = edges
      .map((e) => ({ ...e, fromTop: collapse(e.from, 1), toTop: collapse(e.to, 1) }))
      .filter((e) => e.fromTop !== e.toTop)
      .filter((e) => {
        const allowed = LAYERS[e.fromTop];
        return allowed === undefined || (!allowed.includes("*") && !allowed.includes(e.toTop));
      })
      .map((e) => `${e.file} -> ${e.specifier} (${e.fromTop} may import ${LAYERS[e.fromTop]?.join(", ") || "nothing of src/"}; add a new folder to LAYERS)`);
    expect(wrong).toEqual([]);
  });

  it("rooms with a narrow view import only what they may see of their parent", () => {
    const wrong = edges.filter((e) => {
      const room = Object.keys(ROOM_RULES).find((r) => isWithin(e.from, r));
      if (!room) return false;
      const parent = room.split("/").slice(0, -1).join("/");
      if (!isWithin(e.to, parent) || isWithin(e.to, room)) return false;
      return !ROOM_RULES[room]!.some((allowed) => isWithin(e.to, allowed));
    });
    expect(wrong.map((e) => `${e.file} -> ${e.specifier}`)).toEqual([]);
  });

  it("no folder holds more than twenty files", () => {
    const counts = new Map<string, number>();
    const count = (dir: string) => {
      const entries = readdirSync(dir, { withFileTypes: true });
      counts.set(relative(SRC, dir) || ".", entries.filter((e) => e.isFile()).length);
      for (const e of entries) if (e.isDirectory()) count(join(dir, e.name));
    };
    count(SRC);
    expect([...counts].filter(([, n]) => n > 20)).toEqual([]);
  });
});
