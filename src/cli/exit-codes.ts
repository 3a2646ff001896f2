// What `ivvy-batch` exits with, so scripts can tell failures apart.
export const ExitCode = {
  /** Done; with `run --wait`, every job succeeded. */
  Ok: 0,
  /** `run --wait`: the batch completed but some jobs failed (their errors are in the results). */
  JobsFailed: 1,
  /** Bad command line (unknown option, missing argument). */
  Usage: 2,
  /** iVvy (or the emulator) answered with an error envelope. */
  ApiError: 3,
  /** No answer: network error or timeout. */
  NetworkError: 4,
  /** Input refused before anything was sent: unreadable jobs file, invalid jobs. */
  InvalidInput: 5,
  /** `run --wait --deadline`: the batch was still running at the deadline; its handle was printed. */
  Deadline: 6,
  /** Interrupted (Ctrl-C). */
  Interrupted: 130,
} as const;
