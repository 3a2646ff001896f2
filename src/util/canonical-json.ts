/**
 * JSON with object keys sorted at every level, so that two equal job lists give the
 * same text (and hash) whatever order their keys were written in. Keys whose value is
 * undefined are left out, as JSON.stringify does. An own `__proto__` key (JSON.parse makes
 * one) is kept as a key: the copy has no prototype, so assigning it cannot set one (else
 * two jobs differing only there would hash the same).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== "object" || inner === null || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}
