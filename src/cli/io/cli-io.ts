/** The process streams and environment a command uses; tests pass their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Aborts on SIGINT or SIGTERM, with a CliInterrupt naming the signal as its reason. */
  signal: AbortSignal;
  /** Aborts on a second SIGINT or SIGTERM: stop at once, abandoning requests in flight. */
  force?: AbortSignal;
  /** Where default files (the batch handle) go; process.cwd() when absent. */
  cwd?: string;
}
