// iVvy's RPC URLs, `POST /api/1.0/{namespace}?action={action}`, mapped to the operations of
// openapi.yaml. Segments and the query are percent-decoded as a router would, so
// `/api/1.0/b%61tch?action=run` is still run; what is signed is the raw string.
import type { OperationId } from "../../contract/types.js";

const OPERATIONS: ReadonlyMap<string, OperationId> = new Map<string, OperationId>([
  ["batch?run", "run"],
  ["batch?progress", "progress"],
  ["batch?results", "results"],
  ["batch?restart", "restart"],
  ["batch?repost", "repost"],
  ["test?ping", "ping"],
]);

const EXACT: ReadonlyMap<string, OperationId> = new Map(
  [...OPERATIONS].map(([key, operation]) => {
    const [namespace, action] = key.split("?") as [string, string];
    return [`/api/1.0/${namespace}?action=${action}`, operation];
  }),
);

// iVvy's namespaces and actions are camelCase words (every page of the API docs).
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

const decodeSegment = (segment: string): string => {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape is just an unknown path
  }
};

/** Where a request goes: one of openapi.yaml's operations, a direct call of another action, or nowhere (a 404). */
export type Route = OperationId | { namespace: string; action: string } | undefined;

/** The operation a path-and-query names, or undefined for any other URL (a 404). */
export function routeOperation(requestString: string): OperationId | undefined {
  const route = routeRequest(requestString);
  return typeof route === "string" ? route : undefined;
}

/**
 * The operation or the direct call a path-and-query names. Any namespace other than batch
 * and test is a direct call (iVvy's RPC URL for every action); an unknown one is answered
 * as a job of it would be (404, no handler).
 */
export function routeRequest(requestString: string): Route {
  // The six URLs every client sends, exactly as written: no split or query parse per request.
  const exact = EXACT.get(requestString);
  if (exact !== undefined) return exact;
  const hash = requestString.indexOf("#");
  const target = hash === -1 ? requestString : requestString.slice(0, hash);
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const segments = path.split("/");
  if (segments.length !== 4 || segments[0] !== "" || decodeSegment(segments[1]!) !== "api" || decodeSegment(segments[2]!) !== "1.0") return undefined;
  const action = queryAt === -1 ? "" : (new URLSearchParams(target.slice(queryAt + 1)).get("action") ?? "");
  const namespace = decodeSegment(segments[3]!);
  const operation = OPERATIONS.get(`${namespace}?${action}`);
  if (operation !== undefined) return operation;
  if (namespace === "batch" || namespace === "test" || !NAME.test(namespace) || !NAME.test(action)) return undefined;
  return { namespace, action };
}
