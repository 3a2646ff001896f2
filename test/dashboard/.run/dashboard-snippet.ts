import { createEmulator } from "/work/wt/h-emulator/src/emulator/index.ts";

const emulator = createEmulator({ dashboard: true });
const { url } = await emulator.listen();
console.log(`dashboard at ${url}${emulator.dashboard!.path}`);

// The same dashboard as a fetch function, e.g. to mount under /_emulator/ elsewhere:
const state = await emulator.dashboard!.fetch(new Request(`${url}/_emulator/api/state`));
console.log((await state.json()).emulator.auth); // "strict"
await emulator.close();
