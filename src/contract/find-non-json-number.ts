// JSON has no Infinity or NaN: JSON.parse("1e400") is Infinity, and JSON.stringify sends
// it as null, so a job would run with a value nobody wrote. A BigInt
// makes JSON.stringify throw. Both are found before anything is sent.

/** Where the first number JSON cannot carry sits in `value` (e.g. `.price` or `.rows[2]`), and what it is. */
export function findNonJsonNumber(value: unknown): { path: string; value: string } | undefined {
  const seen = new WeakSet<object>();
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return { path, value: String(current) };
    } else if (typeof current === "bigint") {
      return { path, value: `${current}n` };
    } else if (typeof current === "object" && current !== null && !seen.has(current)) {
      seen.add(current);
      // Pushed in reverse, so the first offending value in document order is found first.
      if (Array.isArray(current)) {
        for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}[${i}]`]);
      } else {
        const keys = Object.keys(current);
        for (let i = keys.length - 1; i >= 0; i--) stack.push([(current as Record<string, unknown>)[keys[i]!], `${path}.${keys[i]}`]);
      }
    }
  }
  return undefined;
}
