// Names for the contract's types. Every type here is an alias of generated/schema.ts:
// none is written by hand.
import type { components, operations, paths } from "../../generated/schema.js";

export type { components, operations, paths };

type Schemas = components["schemas"];
export type Job = Schemas["Job"];
export type RunRequest = Schemas["RunRequest"];
export type RunResponse = Schemas["RunResponse"];
export type AsyncRef = Schemas["AsyncRef"];
export type ProgressResponse = Schemas["ProgressResponse"];
export type ResultsResponse = Schemas["ResultsResponse"];
export type BatchResult = Schemas["BatchResult"];
export type JobResponse = Schemas["JobResponse"];
export type BatchCallback = Schemas["BatchCallback"];
export type RestartResponse = Schemas["RestartResponse"];
export type RepostResponse = Schemas["RepostResponse"];
export type PingResponse = Schemas["PingResponse"];
export type ErrorEnvelope = Schemas["ErrorEnvelope"];
export type AsyncId = Schemas["AsyncId"];

/** The operationIds of the contract, which are also the client's method names. */
export type OperationId = keyof operations;

/** URL path (with its `?action=` query) of each operation. */
export const operationPaths = {
  run: "/api/1.0/batch?action=run",
  progress: "/api/1.0/batch?action=progress",
  results: "/api/1.0/batch?action=results",
  restart: "/api/1.0/batch?action=restart",
  repost: "/api/1.0/batch?action=repost",
  ping: "/api/1.0/test?action=ping",
} as const satisfies Record<OperationId, keyof paths>;
