import { timingSafeEqual } from "node:crypto";

/**
 * Whether a token's bound asyncId equals the one a callback claims, in time that does
 * not depend on where they first differ. timingSafeEqual needs equal lengths; a length
 * difference is not secret (asyncIds are fixed-length hex, the schema enforces it).
 */
export function sameAsyncId(bound: string, claimed: string): boolean {
  // Strings are taken as UTF-8 (the default).
  const a = Buffer.from(bound);
  const b = Buffer.from(claimed);
  return a.length === b.length && timingSafeEqual(a, b);
}
