// Where a request goes, as both edges see it: the path and query exactly as received
// (what the client signed, and what routing and the mounts read), without parsing a URL.

/** Path and query of an absolute URL (a web Request's `url`), without parsing it: the in-process hot path. */
export const targetOfUrl = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));

/** Path and query of a request line's target; an absolute-form target (`POST http://host/path`) is cut to its path. */
export function targetOfRequestLine(target: string): string {
  if (target.startsWith("/")) return target;
  const afterScheme = target.indexOf("//");
  const path = afterScheme === -1 ? -1 : target.indexOf("/", afterScheme + 2);
  return path === -1 ? "/" : target.slice(path);
}
