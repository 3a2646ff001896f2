import type { paths } from "../../generated/schema.js";

// The contract declares Content-MD5, X-Api-Version and IVVY-Date as required request
// headers (they are, on the wire). The signing middleware sets them on every request,
// so callers of the typed client need not pass them: this maps them to optional.
type SigningHeadersOptional<Operation> = Operation extends { parameters: infer Params }
  ? Omit<Operation, "parameters"> & {
      parameters: Omit<Params, "header"> & {
        header?: Params extends { header: infer Header } ? Partial<Header> : never;
      };
    }
  : Operation;

/** `paths` of the contract as seen through a signing client. */
export type SignedPaths = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]: Method extends "post" ? SigningHeadersOptional<paths[Path][Method]> : paths[Path][Method];
  };
};
