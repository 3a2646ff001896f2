// A list action's answer, paged as iVvy pages it: getting-started/interpreting-the-response/
// collections.md gives the shape (`meta` of totalResults, start, perPage, count; `results`),
// pagination.md the parameters (`perPage`, `start`: zero-based, the record to start from).
// Pure: the same schema, params and seed give the same page.

type Schema = Record<string, unknown>;

/** Items per page when a job sends no `perPage` (pagination.md's own example pages by 20). */
export const DEFAULT_PER_PAGE = 20;

/** Whether a catalogued response schema is a collection (the converter makes every list action one). */
export function isCollectionSchema(schema: Schema): boolean {
  const properties = schema.properties as Record<string, Schema> | undefined;
  return properties?.results?.type === "array" && properties.meta?.type === "object";
}

function whole(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export interface PageRequest {
  /** Every item of the collection, or its size and a maker of the item at an index. */
  items: readonly unknown[] | { total: number; itemAt: (index: number) => unknown };
  params: Readonly<Record<string, unknown>>;
}

/** The page the job's `start` and `perPage` ask for, with a `meta` that agrees with it. */
export function pageCollection({ items, params }: PageRequest): { meta: Record<string, number>; results: unknown[] } {
  const total = Array.isArray(items) ? items.length : (items as { total: number }).total;
  const start = whole(params.start, 0);
  const perPage = whole(params.perPage, DEFAULT_PER_PAGE);
  const end = Math.min(total, start + perPage);
  const results: unknown[] = [];
  for (let i = start; i < end; i++) results.push(Array.isArray(items) ? items[i] : (items as { itemAt: (index: number) => unknown }).itemAt(i));
  return { meta: { totalResults: total, start, perPage, count: results.length }, results };
}
