// Prism routes on the URL path alone and ignores the query string, so the contract's
// keys (`/api/1.0/batch?action=run`, ...) never match a real iVvy URL. Prism decodes
// each path segment before matching, so moving `?action=X` into the path as
// `%3Faction%3DX` makes it match the key (see TOOLCHAIN.md, "The RPC-style URL problem").

/**
 * Rewrites a request target such as `/api/1.0/batch?action=run` to
 * `/api/1.0/batch%3Faction%3Drun`. Any other query parameters stay in the query;
 * a target without an `action` parameter is returned unchanged.
 */
export function rewriteActionQuery(target: string): string {
  const queryStart = target.indexOf("?");
  if (queryStart === -1) return target;
  const path = target.slice(0, queryStart);
  const params = new URLSearchParams(target.slice(queryStart + 1));
  const action = params.get("action");
  if (action === null) return target;
  params.delete("action");
  const rest = params.toString();
  return `${path}%3Faction%3D${encodeURIComponent(action)}${rest ? `?${rest}` : ""}`;
}
