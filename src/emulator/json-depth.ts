/**
 * True when a parsed JSON value nests deeper than `max`. Checked iteratively: V8 parses
 * very deep JSON fine, but the recursive code after it (stringify, freeze) would overflow
 * the stack, which must be a 400 for the sender, never a 500.
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
