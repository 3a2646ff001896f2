// The dashboard's own options, checked by its own rule (src/util/options.ts): createEmulator
// passes `dashboard` through to it untouched.
import { custom, describeValue, integer, object, string } from "../../util/options.js";

export interface DashboardOptions {
  /** Require this token always. Without one, a token is made up when the emulator listens on a non-loopback interface. */
  token?: string;
  /** Requests kept for the page (default 64). */
  requestLogSize?: number;
}

const shape = object({
  token: string({ minLength: 16, pattern: /^\S+$/, describe: "a string of at least 16 characters without whitespace" }),
  requestLogSize: integer({ min: 1 }),
});

/** The options rule for `dashboard`: `true`, `false` (the default) or `{ token, requestLogSize }`; undefined means no dashboard. */
export const dashboardOption = () =>
  custom<DashboardOptions | undefined>((value, fail, at) => {
    if (value === undefined || value === false) return undefined;
    if (value === true) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return fail(`must be true, false or { token, requestLogSize }, not ${describeValue(value)}`);
    const { token, requestLogSize } = shape(value, at);
    return { ...(token !== undefined ? { token } : {}), ...(requestLogSize !== undefined ? { requestLogSize } : {}) };
  });
