/** An API key and the secret that signs its requests. */
export interface EmulatorCredentials {
  apiKey: string;
  apiSecret: string;
}

/**
 * The pair the emulator accepts when no `credentials` option is given, so the README's
 * main job and `npm run emulator` work with no setup. Not a secret: never use it for a
 * real iVvy account.
 */
export const DEMO_CREDENTIALS: Readonly<EmulatorCredentials> = Object.freeze({
  apiKey: "emulator-demo-key",
  apiSecret: "emulator-demo-secret",
});
