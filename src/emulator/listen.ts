// The real-socket edge: @hono/node-server serving the app's fetch handler.
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";

export interface ListenOptions {
  /** Port to listen on (default 0: any free port; the one chosen is returned). */
  port?: number;
  /** Interface to bind (default 127.0.0.1: the emulator is for local use). */
  host?: string;
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listenWith(fetch: (request: Request) => Response | Promise<Response>, options: ListenOptions = {}): Promise<Listening> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return Promise.reject(new TypeError(`emulator.listen: port must be an integer from 0 to 65535, not ${String(options.port)}`));
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (error: Error) => reject(new Error(`emulator.listen: cannot listen on ${host}:${port}: ${error.message}`, { cause: error }));
    server = serve({ fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off("error", onError);
      // A wildcard bind is reachable on loopback; give a URL a client can use as is.
      const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would hold close() open until their idle timeout.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", onError);
  });
}
