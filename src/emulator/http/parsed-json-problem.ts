// What JSON.parse accepts but the emulator must refuse, found in one iterative walk:
// - nesting deeper than `maxDepth`: V8 parses very deep JSON fine, but the recursive code
//   after it (stringify, freeze) would overflow the stack, which must be a 400, never a 500;
// - numbers that are not finite: JSON.parse reads `1e400` as Infinity, which would pass
//   validation, be stored, and be sent back as `null` (docs/emulator.md, What it does).

export type ParsedJsonProblem = { kind: "too-deep"; maxDepth: number } | { kind: "non-finite"; path: string };

export function parsedJsonProblem(value: unknown, maxDepth: number): ParsedJsonProblem | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : { kind: "non-finite", path: "(the body)" };
  if (typeof value !== "object" || value === null) return undefined;
  let nonFinite = false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [object, number];
    if (depth > maxDepth) return { kind: "too-deep", maxDepth };
    for (const child of Object.values(node)) {
      if (typeof child === "number") nonFinite ||= !Number.isFinite(child);
      else if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return nonFinite ? { kind: "non-finite", path: pathToNonFinite(value) } : undefined;
}

/** The first non-finite number's place, as `jobs[0].params.n`; recursive, so only called on a body known to be shallow. */
function pathToNonFinite(value: unknown, path = ""): string {
  if (typeof value === "number") return Number.isFinite(value) ? "" : path || "(the body)";
  if (typeof value !== "object" || value === null) return "";
  for (const [key, child] of Object.entries(value)) {
    const found = pathToNonFinite(child, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return "";
}
