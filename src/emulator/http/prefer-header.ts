// `Prefer: code=NNN[, example=name]`: answer with the contract's own error response for
// that status, as Prism does, so contract tests can exercise 429 and 500, which a healthy
// emulator never gives on its own. Only error statuses the operation documents are
// honoured; anything else is ignored and the request is served normally.
import { openapiDocument } from "../../../generated/spec.js";
import { type ErrorEnvelope, type OperationId, operationPaths } from "../../contract/types.js";

type Node = Record<string, unknown>;

const resolve = (node: unknown): Node | undefined => {
  let current = node as Node | undefined;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 5; hops++) {
    const pointer = (current.$ref as string).replace(/^#\//, "").split("/");
    current = pointer.reduce<unknown>((n, key) => (n as Node | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], openapiDocument) as Node | undefined;
  }
  return current;
};

/** The example envelopes the contract documents for an operation and status, by example name. */
function documentedExamples(operation: OperationId, status: number): Map<string, ErrorEnvelope> | undefined {
  const paths = openapiDocument.paths as Node;
  const op = (paths[operationPaths[operation]] as Node | undefined)?.post as Node | undefined;
  const response = resolve((op?.responses as Node | undefined)?.[String(status)]);
  const media = (response?.content as Node | undefined)?.["application/json"] as Node | undefined;
  const examples = media?.examples as Node | undefined;
  if (!examples) return undefined;
  const out = new Map<string, ErrorEnvelope>();
  for (const [name, example] of Object.entries(examples)) {
    const value = resolve(example)?.value;
    if (value !== undefined) out.set(name, value as ErrorEnvelope);
  }
  return out.size ? out : undefined;
}

const cache = new Map<string, Map<string, ErrorEnvelope> | undefined>();

/** The envelope to answer for a Prefer header, or undefined to serve the request normally. */
export function preferredError(operation: OperationId, prefer: string | null): { status: number; body: ErrorEnvelope } | undefined {
  if (!prefer) return undefined;
  const code = /(?:^|[,;\s])code=(\d{3})\b/i.exec(prefer)?.[1];
  if (code === undefined || Number(code) < 400) return undefined;
  const status = Number(code);
  const key = `${operation} ${status}`;
  if (!cache.has(key)) cache.set(key, documentedExamples(operation, status));
  const examples = cache.get(key);
  if (!examples) return undefined;
  const wanted = /(?:^|[,;\s])example=([\w-]+)/i.exec(prefer)?.[1];
  const body = (wanted !== undefined ? examples.get(wanted) : undefined) ?? (examples.values().next().value as ErrorEnvelope);
  return { status, body: structuredClone(body) };
}
