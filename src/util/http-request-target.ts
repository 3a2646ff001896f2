// Where node:http's request() sends a URL: the parts it wants, with an IPv6 literal's
// brackets dropped (URL keeps them; request() wants the bare address) and user info decoded.
import type { RequestOptions } from "node:http";

export function httpRequestTarget(target: URL): Pick<RequestOptions, "protocol" | "hostname" | "port" | "path" | "auth"> {
  return {
    protocol: target.protocol,
    hostname: target.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: target.port || undefined,
    path: `${target.pathname}${target.search}`,
    auth: target.username ? `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}` : undefined,
  };
}
