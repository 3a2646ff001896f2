// --record <file.har> and --mask-field <name>: every request a command sends, and its answer,
// appended to a HAR file with secrets masked (docs/recording.md). One recorder per file for
// the whole process; runCli waits for every file to be written before it returns.
import type { BatchClientOptions } from "../../client/client-options.js";
import { createHarRecorder, type HarRecorder } from "../../recording/create-har-recorder.js";

export interface RecordFlags {
  record?: string;
  maskField?: string[];
}

const recorders: HarRecorder[] = [];

/** The client options with a recording fetch when --record was given. */
export function withRecording(options: BatchClientOptions, flags: RecordFlags): BatchClientOptions {
  if (flags.record === undefined) return options;
  const recorder = createHarRecorder({ file: flags.record, maskFields: flags.maskField ?? [] });
  recorders.push(recorder);
  return { ...options, fetch: recorder.fetch(options.fetch) };
}

/** Resolves once every recording of this process is on disk. */
export async function flushRecordings(): Promise<void> {
  await Promise.all(recorders.map((r) => r.flush()));
}
