/** The reason a body read is aborted when it takes longer than the receiver's bodyTimeoutMs. */
export class BodyTimeoutError extends Error {
  override readonly name = "BodyTimeoutError" as const;
  constructor() {
    super("the request body did not arrive within bodyTimeoutMs");
  }
}
