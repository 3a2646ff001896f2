import type { Command } from "commander";
import type { CliIo } from "../io/cli-io.js";
import { checkReceiverCommand } from "./check-receiver.js";
import { triggerCommand } from "./trigger.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `trigger callback` and `check-receiver`: made-up callbacks sent to a user's endpoint (docs/receiver.md). */
export function addReceiverCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("trigger")
    .description("send something to your own endpoint on demand")
    .command("callback")
    .description("POST a made-up callback to a callbackUrl, as iVvy would deliver it; prints the status, the time and the answer")
    .requiredOption("--to <url>", "the callbackUrl (with its token, if your app issues one)")
    .option(
      "--job <namespace.action[=params]>",
      'a job whose result to deliver, run by the emulator: event.inviteContacts=\'{"event":42,"contacts":[1]}\' (repeatable; default one inviteContacts)',
      collect,
    )
    .option("--results <n>", "results in the callback, 1-200 (the jobs repeated; default one per --job)")
    .option("--failures <n>", "how many of them are job errors (default 0)")
    .option("--from <file>", "deliver these results instead: a results answer, a callback, an array of results, or run --out's outcomes (- for stdin)")
    .option("--asyncId <id>", "the callback's asyncId (default: the file's, else a made-up one)")
    .option("--repeat <n>", "deliver the same bytes n times, as reposts do (default 1)")
    .option("--max-ms <duration>", "wait this long for each answer (default 10s; a bare number is milliseconds)")
    .option("--json", "print one JSON object on stdout")
    .action(async (flags) => setExit(await triggerCommand(flags, io)));

  program
    .command("check-receiver")
    .description("check a callback endpoint (in any language) with made-up callbacks; exit 1 when a check fails")
    .argument("[url]", "the endpoint, for one that takes callbacks at one URL")
    .option(
      "--callback-url <asyncId=url>",
      "a URL your app issued for a batch, for an endpoint that binds a token per batch (repeatable; two for the foreign-token check)",
      collect,
    )
    .option("--max-ms <duration>", "the bound on every answer (default 10s, iVvy's delivery timeout as the emulator models it; a bare number is milliseconds)")
    .option("--json", "print the report as one JSON object on stdout")
    .action(async (url: string | undefined, flags) => setExit(await checkReceiverCommand(url, flags, io)));
}
