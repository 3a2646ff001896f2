// One HTTP/1.1 exchange written byte for byte on a TCP socket: the request line, the
// headers in the given order and spelling, then the body. node:http and fetch would
// normalise or add headers; the SDK replicas must reach the server as the SDKs send them.
import { connect } from "node:net";
import type { WireRequest } from "./sdk-replicas.js";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function sendRaw(baseUrl: string, request: WireRequest, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    // A client that sets its own Host (a CMS page hard-codes one) sends that one.
    ...(request.headers.some(([name]) => name.toLowerCase() === "host") ? [] : [`Host: ${hostname}:${port}`]),
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${request.body.length}`,
    "Connection: close",
    "",
    "",
  ].join("\r\n");
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer from ${baseUrl} within ${timeoutMs} ms`)));
    // write, not end: a half-closed socket may be dropped before the answer; "Connection: close" ends it.
    socket.on("connect", () => socket.write(Buffer.concat([Buffer.from(head, "latin1"), request.body])));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseResponse(raw: Buffer): RawAnswer {
  const split = raw.indexOf("\r\n\r\n");
  if (split < 0) throw new Error(`not an HTTP response: ${JSON.stringify(raw.subarray(0, 80).toString("latin1"))}`);
  const [statusLine = "", ...lines] = raw.subarray(0, split).toString("latin1").split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.subarray(split + 4);
  if (/chunked/i.test(headers["transfer-encoding"] ?? "")) body = dechunk(body);
  const text = body.toString("utf8");
  return { status, headers, body: text === "" ? undefined : JSON.parse(text) };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", at);
    const size = parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
