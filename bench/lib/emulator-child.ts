// The emulator in its own process on a free port: prints its URL, exits when stdin closes.
import { createEmulator } from "../../src/emulator/create-emulator.js";

const emulator = createEmulator();
const { url } = await emulator.listen();
process.stdout.write(`${url}\n`);
process.stdin.resume();
process.stdin.on("end", () => void emulator.close().then(() => process.exit(0)));
