// The shape of generated/catalog-validators.ts (ajv standalone code, loaded on first use),
// written without ajv's types so that nothing here needs the ajv package.

/** One violation as an ajv validator reports it (`messages: false`: no message text). */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export type ParamsValidator = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

export interface CatalogValidators {
  /** The validator of each action's params, by 'namespace.action'. */
  catalogValidators: Readonly<Record<string, ParamsValidator>>;
  /** Each action's parameters in the order its page lists them. */
  catalogParams: Readonly<Record<string, readonly string[]>>;
}
