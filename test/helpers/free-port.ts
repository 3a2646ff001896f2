import { createServer } from "node:net";

/**
 * A TCP port that was free on `host` a moment ago (the OS picks it for port 0), for a test
 * that needs a port nobody listens on (a refused connection) or must name a port before
 * anything listens on it. Another process can take it in between: a server the test starts
 * itself listens on port 0 and reads its port back instead (as the mock does with Prism).
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error(`could not get a free port on ${host}`))));
    });
  });
}
