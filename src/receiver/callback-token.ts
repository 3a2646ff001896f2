import { createHash, randomBytes } from "node:crypto";

// Compared in constant time; it lives with the stores, which compare bound asyncIds too.
export { sameAsyncId } from "./stores/same-async-id.js";

/** Name of the callbackUrl query parameter that carries the token. */
export const TOKEN_PARAM = "token";

/** 32 random bytes (256 bits), base64url: 43 characters, safe in a query string unescaped. */
export const TOKEN_BYTES = 32;

export const generateToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");

/** The key a token is stored under: its SHA-256, so the store never holds the secret. */
export const tokenKey = (token: string): string => createHash("sha256").update(token).digest("base64url");

/** Rough shape check before any store lookup: a token we issued is 43 base64url characters. */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
