// The dashboard's own options, checked by its own rule (src/util/options.ts): createEmulator
// passes `dashboard` through to it untouched.
import { custom, describeValue, integer, object, string } from "../../util/options.js";
import { callbackToolsOption, type DashboardCallbackTools } from "./callback-tools.js";

export interface DashboardOptions {
  /** Require this token always. Without one, a token is made up when the emulator listens on a non-loopback interface. */
  token?: string;
  /** Requests kept for the page (default 64). */
  requestLogSize?: number;
  /**
   * The "send a callback" form's code (docs/dashboard.md, Callbacks): `callbackTools()` from
   * `ivvy-batch/testing`. Without it the form says it is not wired in.
   */
  callbackTools?: DashboardCallbackTools;
}

const shape = object({
  token: string({ minLength: 16, pattern: /^\S+$/, describe: "a string of at least 16 characters without whitespace" }),
  requestLogSize: integer({ min: 1 }),
  callbackTools: callbackToolsOption(),
});

/** The options rule for `dashboard`: `true`, `false` (the default) or `{ token, requestLogSize, callbackTools }`; undefined means no dashboard. */
export const dashboardOption = () =>
  custom<DashboardOptions | undefined>((value, fail, at) => {
    if (value === undefined || value === false) return undefined;
    if (value === true) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return fail(`must be true, false or { token, requestLogSize, callbackTools }, not ${describeValue(value)}`);
    const { token, requestLogSize, callbackTools } = shape(value, at);
    return {
      ...(token !== undefined ? { token } : {}),
      ...(requestLogSize !== undefined ? { requestLogSize } : {}),
      ...(callbackTools !== undefined ? { callbackTools } : {}),
    };
  });
