import { IvvyError } from "./ivvy-error.js";

/**
 * What was wrong with an answer the client would not take:
 * - `redirect`: a 3xx; redirects are never followed (a signed request and its jobs must
 *   not go to another server). `followed` when a custom fetch followed one anyway.
 * - `too-large`: the body passed the client's `maxResponseBytes`.
 * - `not-json`: a 2xx whose body is not JSON.
 * - `schema`: a 2xx whose body the contract's response schema does not allow.
 */
export type ResponseProblem = "redirect" | "too-large" | "not-json" | "schema";

/**
 * The server answered, but not with an answer the contract allows, so the client did
 * not take it. For `run` that is no proof of anything: a 2xx may mean the batch was
 * stored (submitAll reports such a chunk as ambiguous).
 */
export class IvvyResponseError extends IvvyError {
  override readonly name = "IvvyResponseError" as const;
  readonly problem: ResponseProblem;
  readonly url: string;
  /** HTTP status of the answer. */
  readonly status: number;
  /** Where a redirect pointed (its `Location`, or the URL a followed redirect ended at). */
  readonly location: string | undefined;
  /** True when the fetch followed a redirect itself, so the answer came from elsewhere. */
  readonly followed: boolean;
  /** The schema violation(s), e.g. `/progress must be integer`. */
  readonly violations: string[];
  /** The limit that was passed (`too-large`). */
  readonly maxResponseBytes: number | undefined;

  constructor(init: {
    action: string;
    url: string;
    status: number;
    problem: ResponseProblem;
    location?: string;
    followed?: boolean;
    violations?: string[];
    maxResponseBytes?: number;
    cause?: unknown;
  }) {
    super(describe(init), { action: init.action, cause: init.cause });
    this.problem = init.problem;
    this.url = init.url;
    this.status = init.status;
    this.location = init.location;
    this.followed = init.followed ?? false;
    this.violations = init.violations ?? [];
    this.maxResponseBytes = init.maxResponseBytes;
  }
}

function describe(init: ConstructorParameters<typeof IvvyResponseError>[0]): string {
  const where = `(POST ${init.url})`;
  switch (init.problem) {
    case "redirect":
      return init.followed
        ? `iVvy ${init.action}: the fetch followed a redirect to ${init.location ?? "another URL"}, so the answer is not from ${init.url}; ` +
            `redirects must not be followed (pass a fetch that honours redirect: "manual")`
        : `iVvy ${init.action} answered ${init.status} redirecting to ${init.location ?? "(no Location header)"} ${where}; ` +
            `redirects are not followed, so the signed request and its body go nowhere else: check baseUrl (or region)`;
    case "too-large":
      return `iVvy ${init.action} answered with a body larger than maxResponseBytes (${init.maxResponseBytes} bytes) ${where}; it was not read whole. Raise the client's maxResponseBytes if answers this large are expected`;
    case "not-json":
      return `iVvy ${init.action} answered ${init.status} with a body that is not JSON ${where}`;
    case "schema":
      return `iVvy ${init.action} answered ${init.status} with a body openapi.yaml does not allow (${(init.violations ?? []).join("; ")}) ${where}`;
  }
}
