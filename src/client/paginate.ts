// Every item of a collection, page by page: iVvy's list actions take `perPage` and `start`
// and answer `{ meta: { totalResults, start, perPage, count }, results }` (the collections
// rule of the catalog).
import { isPlainObject } from "../contract/is-plain-object.js";
import { IvvyResponseError } from "../errors/ivvy-response-error.js";

/**
 * Page size when the caller gives none: 100, the largest a list page allows where one states
 * a maximum (events/get-registration-list.md: "an integer greater than 0 and maximum 100");
 * the other list pages state none.
 */
export const DEFAULT_PER_PAGE = 100;

export interface PaginateInput {
  label: string;
  url: string;
  params: Record<string, unknown>;
  maxPages: number;
  signal: AbortSignal | undefined;
  /** Runs before the first page: the check of the caller's own params. */
  checkParams: () => Promise<void>;
  fetchPage: (params: Record<string, unknown>) => Promise<unknown>;
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

export async function* paginate(input: PaginateInput): AsyncGenerator<never, void, undefined> {
  const { label, url } = input;
  const perPage = input.params.perPage ?? DEFAULT_PER_PAGE;
  let start = typeof input.params.start === "number" ? input.params.start : 0;
  const refuse = (violation: string): never => {
    throw new IvvyResponseError({ action: label, url, status: 200, problem: "schema", violations: [violation] });
  };
  await input.checkParams();
  for (let page = 0; ; page++) {
    input.signal?.throwIfAborted();
    if (page >= input.maxPages)
      refuse(`more than maxPages (${input.maxPages}) pages before meta.totalResults was reached; raise maxPages or narrow the params`);
    const answer = await input.fetchPage({ ...input.params, perPage, start });
    const meta = isPlainObject(answer) && isPlainObject(answer.meta) ? answer.meta : undefined;
    const results = isPlainObject(answer) ? answer.results : undefined;
    if (!meta || !isCount(meta.totalResults)) return refuse("/meta/totalResults: a collection's answer must say how many results there are");
    if (!Array.isArray(results)) return refuse("/results: a collection's answer must list its results");
    for (const item of results) yield item as never;
    start += results.length;
    // An empty page ends it too: a collection that shrank while it was paged.
    if (results.length === 0 || start >= meta.totalResults) return;
  }
}
