// A trivial Hono app (read the body, answer JSON) served by @hono/node-server: the
// ceiling the emulator had while it was served that way (0.21 of bare node:http), and the
// reason its socket edge is now plain node:http (src/emulator/http/listen.ts). Kept beside
// bare node:http so the figure behind that decision stays measured. hono is a dev
// dependency for this alone.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

export async function startHonoFloor(): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.post("/api/1.0/:namespace", async (c) => {
    await c.req.arrayBuffer();
    return c.json({ progress: 100 });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
