// A bare node:http JSON server in its own process (for benchmarks whose client runs in
// the parent): prints its URL on the first line of stdout, exits when stdin closes.
import { startBareServer } from "./bare-server.js";

const bare = await startBareServer(process.argv[2]);
process.stdout.write(`${bare.url}\n`);
process.stdin.resume();
process.stdin.on("end", () => void bare.close().then(() => process.exit(0)));
