// Who answers a job: the user's `handlers` beat `fixtures`, which beat the built-ins, which
// sit on the catalogue's checks and made-up answers (catalog-jobs.ts). The two options
// are checked here, as rules of createEmulator's options (src/util/options.ts).
import { custom, optionError } from "../../util/options.js";
import { type Fixtures, fixtureHandlers, loadFixtures } from "./fixtures.js";
import { HANDLER_KEY_PATTERN, type JobHandler, type JobHandlers } from "./job-handler.js";
import { type Replay, replayHandlers } from "./replay.js";

/** The options rule for `handlers`: an object mapping 'namespace.action' to a function. */
export const handlersOption = () =>
  custom<JobHandlers>((value, fail) => {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("must be an object mapping 'namespace.action' to a function");
    for (const [key, handler] of Object.entries(value)) {
      if (!HANDLER_KEY_PATTERN.test(key)) fail(`has the key '${key}', which is not 'namespace.action'`);
      if (typeof handler !== "function") fail(`maps '${key}' to something that is not a function (params, context) => response`);
    }
    return value as JobHandlers;
  });

/** The options rule for `fixtures`: inline, or the path of a JSON file (read once, now). */
export const fixturesOption = () =>
  custom<Fixtures | undefined>((value, _fail, at) =>
    value === undefined ? undefined : loadFixtures(value, (message) => optionError({ owner: at.owner, path: "" }, message)),
  );

/**
 * The handlers by 'namespace.action', in precedence order: code beats recordings beats
 * fixtures beats built-ins. A recording answers only the jobs it recorded (same action,
 * same params) and hands the others to the fixtures and built-ins (replay.ts).
 */
export function composeHandlers(layers: {
  builtIns: JobHandlers;
  fixtures: Fixtures | undefined;
  own: JobHandlers;
  replay?: Replay | undefined;
}): Readonly<Record<string, JobHandler>> {
  const fixtures = layers.fixtures === undefined ? {} : fixtureHandlers(layers.fixtures);
  const below = Object.assign(Object.create(null) as Record<string, JobHandler>, layers.builtIns, fixtures);
  const replayed = layers.replay === undefined ? {} : replayHandlers(layers.replay, below);
  return Object.assign(below, replayed, layers.own);
}
