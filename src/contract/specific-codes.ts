// iVvy's documented specific codes, plus 0 where iVvy documents none (see openapi.yaml).
export const SpecificCode = {
  /** No specific code is documented for this failure. */
  Unspecified: 0,
  /** The Date or IVVY-Date is more than 5 minutes from the server's clock. */
  RequestStale: 23005,
  /** A parameter does not validate. */
  InvalidParameter: 23016,
  /** A required parameter is missing. */
  MissingParameter: 23017,
  /** run: the batch was not saved. */
  NotSaved: 24091,
  /** run: a job is not `{namespace, action, params}`. */
  IncorrectJobFormat: 24092,
  /** run: a job has an empty namespace or action. */
  EmptyJobParameter: 24093,
  /** progress, restart, repost: no such batch (or it expired). */
  BatchNotFound: 24105,
  /** results, repost: the batch is not complete yet. */
  BatchNotCompleted: 24114,
  /** results: no such batch (or it expired). */
  ResultsNotFound: 24115,
  /** run: more than 200 jobs. */
  TooManyJobs: 24448,
} as const;

export type SpecificCodeName = keyof typeof SpecificCode;
