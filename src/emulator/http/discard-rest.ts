// A body we answered without reading all of it (413, 415, 429, a mounted app's early
// answer) is read and dropped for a while before the socket is let go: closing a socket
// with unread input makes the kernel send a reset, which can destroy our answer before
// the client reads it. The wait is on the emulator's clock, unref'd: it never keeps a
// process alive.
import type { IncomingMessage } from "node:http";
import type { Clock } from "../../util/clock.js";

export const DRAIN_TIMEOUT_MS = 500;
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export function discardRest(req: IncomingMessage, clock: Clock): void {
  if (req.readableEnded || req.destroyed) return;
  let drained = 0;
  const stop = () => {
    timer.cancel();
    req.off("data", onData);
    req.off("end", stop);
    req.off("error", stop);
  };
  const giveUp = () => {
    stop();
    const socket = req.socket as IncomingMessage["socket"] | null;
    if (socket && !socket.destroyed) socket.destroySoon();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) giveUp();
  };
  const timer = clock.setTimeout(giveUp, DRAIN_TIMEOUT_MS, { unref: true });
  req.on("data", onData);
  req.on("end", stop);
  req.on("error", stop);
  req.resume();
}
