import { openapiDocument } from "../../generated/spec.js";
import type { OperationId } from "../../src/contract/types.js";

type Node = Record<string, unknown>;

/** Follows local `$ref`s (`#/components/...`) in openapi.yaml to their target. */
export function derefSpec(node: unknown): Node {
  let current = node as Node;
  while (typeof current?.$ref === "string") {
    const ref = current.$ref;
    current = ref
      .slice(2)
      .split("/")
      .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Node>((at, segment) => at?.[segment] as Node, openapiDocument);
    if (current === undefined) throw new Error(`openapi.yaml: dangling $ref ${ref}`);
  }
  return current;
}

/**
 * The value of the first example of an operation's response with this status: the one
 * Prism serves when nothing else is asked for (`Prefer: example=<name>` picks another).
 */
export function firstExample(operationId: OperationId, status = "200"): unknown {
  const paths = openapiDocument.paths as Record<string, { post: Node }>;
  const operation = Object.values(paths).find((item) => item.post.operationId === operationId)?.post;
  if (!operation) throw new Error(`openapi.yaml has no operation ${operationId}`);
  const response = derefSpec((operation.responses as Node)[status]);
  const media = (response.content as Node | undefined)?.["application/json"] as Node | undefined;
  const first = Object.values((media?.examples ?? {}) as Node)[0];
  if (first === undefined) throw new Error(`openapi.yaml: ${operationId} ${status} has no JSON example`);
  return derefSpec(first).value;
}
