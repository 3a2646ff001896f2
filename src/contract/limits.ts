// Limits the contract states (openapi.yaml, "Decisions", Limits) and every server of it
// enforces: the emulator and the Prism mock.

/** Deeper JSON than this is refused (400, 23016); job params of real iVvy calls are a few levels deep. */
export const MAX_JSON_DEPTH = 64;
