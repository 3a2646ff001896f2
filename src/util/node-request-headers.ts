// A `Headers`-like view of Node's already-parsed `IncomingMessage.headers` (names
// lowercased), so the emulator's socket edge never builds a WHATWG `Headers` per request;
// it is what verifyRequest reads. Repeated headers read as `Headers` reads them: joined
// with ", ".
import type { IncomingHttpHeaders } from "node:http";

/** Lookup by name in any case, and iteration: the part of `Headers` request verification reads. */
export interface HeaderLookup {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

const joined = (value: string | string[]): string => (typeof value === "string" ? value : value.join(", "));

export class NodeRequestHeaders implements HeaderLookup {
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
