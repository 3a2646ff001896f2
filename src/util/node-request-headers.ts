// verifyRequest's view of Node's already-parsed `IncomingMessage.headers` (names
// lowercased), so the socket edge never builds a WHATWG `Headers` per request. Repeated
// headers read as `Headers` reads them: joined with ", ".
import type { IncomingHttpHeaders } from "node:http";
import type { RequestHeaders } from "../signing/verify-request.js";

const joined = (value: string | string[]): string => (typeof value === "string" ? value : value.join(", "));

export class NodeRequestHeaders implements RequestHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    return value === undefined ? null : joined(value);
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name in this.headers) {
      const value = this.headers[name];
      if (value !== undefined) callback(joined(value), name);
    }
  }
}
