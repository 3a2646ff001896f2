// Who may use the dashboard. On loopback (the default) anyone on this machine, as with
// the emulator itself; bound to any other interface a token is required (printed at
// start), given as `Authorization: Bearer <token>` or `?token=` (for the page and its
// event stream, which cannot set headers). Two browser attacks are closed either way:
// a page on another site cannot drive the actions (they need `Content-Type:
// application/json`, which a cross-origin form cannot send without a preflight we never
// answer, and a matching Origin), and a DNS-rebound name cannot read it (without a token,
// the Host must be a loopback name).
import { createHash, timingSafeEqual } from "node:crypto";

export type AccessRefusal = { status: 401 | 403; message: string };

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|\[::ffff:127(?:\.\d{1,3}){3}\])(?::\d+)?$/i;

export function isLoopbackInterface(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host) || /^::ffff:127(?:\.\d{1,3}){3}$/i.test(host);
}

const digest = (text: string) => createHash("sha256").update(text).digest();

export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export interface AccessRequest {
  method: string;
  headers: { get(name: string): string | null };
  /** The query's token parameter, when there is one. */
  queryToken: string | null;
}

export function checkAccess(request: AccessRequest, token: string | undefined): AccessRefusal | undefined {
  if (token !== undefined) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    const given = bearer ?? request.queryToken;
    if (given === null || given === undefined || !sameToken(given, token)) {
      return {
        status: 401,
        message: "The dashboard needs its token: open the URL ivvy-batch emulate printed (…/_emulator/?token=…), or send Authorization: Bearer <token>",
      };
    }
  } else {
    const host = request.headers.get("host");
    if (host !== null && !LOOPBACK_HOST.test(host)) {
      return {
        status: 403,
        message: `The dashboard answers on loopback names only without a token (Host was '${host}'); give the dashboard a token to use it from elsewhere`,
      };
    }
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    if (!/^application\/json\s*(?:;|$)/i.test(request.headers.get("content-type") ?? "")) {
      return { status: 403, message: "Dashboard actions are JSON requests: send Content-Type: application/json" };
    }
    const origin = request.headers.get("origin");
    const host = request.headers.get("host");
    if (origin !== null && origin !== "null" && host !== null && originHost(origin) !== host.toLowerCase()) {
      return { status: 403, message: `A page from ${origin} may not act on this dashboard` };
    }
    if (origin === "null") return { status: 403, message: "A page of no origin may not act on this dashboard" };
  }
  return undefined;
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
