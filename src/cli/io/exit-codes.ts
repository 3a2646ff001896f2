// What `ivvy-batch` exits with, so scripts can tell failures apart: one meaning per code.
// EXIT_CODE_TABLE is printed by --help and is the table in docs/cli.md (a test compares them).
export const ExitCode = {
  /** Done: submitted (without --wait), or the batch completed (failed jobs are in the results). */
  Ok: 0,
  /** `--strict`: the batch completed and some jobs failed (or answered that they were not done); `check-receiver`: a check failed; `trigger callback`: an answer was not 2xx. */
  JobsFailed: 1,
  /** Refused before anything was sent: the command line, a flag, the jobs or handle file, an output path, or the credentials. */
  Usage: 2,
  /** iVvy (or the emulator) answered with an error envelope. */
  ApiError: 3,
  /** No answer from the server: network error or timeout. */
  NetworkError: 4,
  /** `--deadline` passed before the batch completed; the batch goes on. */
  Deadline: 6,
  /** The results could not be written (e.g. the disk filled up); the batch is done and its handle saved. */
  OutputFailed: 7,
  /** A local server could not start: port in use, Prism not installed. */
  ServerFailed: 8,
  /** `run --resume`: batches whose run got no answer may be stored at iVvy; they were not sent again. */
  PossiblyStored: 9,
  /** A bug in ivvy-batch: please report it with the message. */
  Internal: 70,
  /** Interrupted (SIGINT, Ctrl-C). */
  Interrupted: 130,
  /** Terminated (SIGTERM). */
  Terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit codes as users read them; every run that submitted something leaves its handle file, whatever the code. */
export const EXIT_CODE_TABLE: readonly (readonly [ExitCodeValue, string])[] = [
  [ExitCode.Ok, "done: submitted (without --wait), or the batch completed; failed jobs are in the results"],
  [
    ExitCode.JobsFailed,
    "--strict: the batch completed and some jobs failed (or answered that they were not done); check-receiver: a check failed; trigger: an answer was not 2xx",
  ],
  [ExitCode.Usage, "nothing was sent: bad command line, flag, jobs file, handle file, output path or credentials"],
  [ExitCode.ApiError, "iVvy (or the emulator) answered with an error"],
  [ExitCode.NetworkError, "no answer from the server (for trigger, the endpoint): network error or timeout"],
  [ExitCode.Deadline, "--deadline passed before the batch completed; the batch goes on"],
  [ExitCode.OutputFailed, "the results could not be written; the batch is done, `results <handle>` writes them again"],
  [ExitCode.ServerFailed, "emulate, mock: the server could not start (port in use, Prism not installed)"],
  [ExitCode.PossiblyStored, "run --resume: some batches may be stored at iVvy (their run got no answer); they were listed, not sent again"],
  [ExitCode.Internal, "a bug in ivvy-batch: please report it"],
  [ExitCode.Interrupted, "interrupted (SIGINT, Ctrl-C)"],
  [ExitCode.Terminated, "terminated (SIGTERM)"],
];

export function formatExitCodeTable(): string {
  return ["Exit codes:", ...EXIT_CODE_TABLE.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`)].join("\n");
}
