import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Name of the callbackUrl query parameter that carries the token. */
export const TOKEN_PARAM = "token";

/** 32 random bytes (256 bits), base64url: 43 characters, safe in a query string unescaped. */
export const TOKEN_BYTES = 32;

export const generateToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");

/** The key a token is stored under: its SHA-256, so the store never holds the secret. */
export const tokenKey = (token: string): string => createHash("sha256").update(token).digest("base64url");

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

/** Rough shape check before any store lookup: a token we issued is 43 base64url characters. */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
