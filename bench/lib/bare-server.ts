// The baseline server: plain node:http answering every POST with a small JSON body
// after reading the request body, as any JSON endpoint must.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface BareServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startBareServer(body = '{"progress":100}'): Promise<BareServer> {
  const server = createServer((req, res) => {
    req.on("data", () => {});
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1" }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
