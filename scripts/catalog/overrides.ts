// The hand-kept overrides (catalog/overrides.yaml): what the pages cannot say, each with
// the reason. The converter fails on an override that no longer applies, so the file
// stays as small as the pages allow.
import type { Schema } from "./param-schema.js";

export interface ParamOverride {
  /** Replaces the schema read from the page. */
  schema?: Schema;
  /** Sets whether the parameter is always required. */
  required?: boolean;
  /** The parameter's real name, where the page misspells it. */
  name?: string;
  reason: string;
}

export interface Overrides {
  /** A page whose own path names the wrong action. */
  pages?: Record<string, { action: string; reason: string }>;
  /** Parameters by 'namespace.action', then by name. */
  params?: Record<string, Record<string, ParamOverride>>;
  /** Response schemas by 'namespace.action', where the page's example or table is wrong. */
  responses?: Record<string, { schema: Schema; reason: string }>;
  /** Actions documented only in prose: the request schema, and where the page shows the response. */
  actions?: Record<string, { page: string; request: Schema; responseAfter: string; reason: string }>;
}

export interface OverrideUse {
  kind: keyof Overrides;
  key: string;
  reason: string;
}

/** Checks the file's shape; every entry must give a one-line reason. */
export function checkOverrides(value: unknown): Overrides {
  const fail = (message: string): never => {
    throw new Error(`catalog/overrides.yaml: ${message}`);
  };
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) fail("must be a mapping");
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!["pages", "params", "responses", "actions"].includes(key)) fail(`unknown section '${key}'`);
  const reasoned = (where: string, entry: unknown) => {
    const reason = (entry as { reason?: unknown } | null)?.reason;
    if (typeof reason !== "string" || !reason.trim() || reason.includes("\n")) fail(`${where} needs a one-line reason`);
  };
  for (const [k, v] of Object.entries((o.pages ?? {}) as object)) {
    reasoned(`pages.${k}`, v);
    if (!/^[a-z]+\.[A-Za-z0-9]+$/.test(String((v as { action?: unknown }).action))) fail(`pages.${k}.action must be 'namespace.action'`);
  }
  for (const [id, params] of Object.entries((o.params ?? {}) as object)) {
    for (const [name, v] of Object.entries(params as object)) {
      reasoned(`params.${id}.${name}`, v);
      const p = v as ParamOverride;
      if (p.schema === undefined && p.required === undefined && p.name === undefined) fail(`params.${id}.${name} changes nothing: give schema and/or required`);
    }
  }
  for (const [id, v] of Object.entries((o.responses ?? {}) as object)) reasoned(`responses.${id}`, v);
  for (const [id, v] of Object.entries((o.actions ?? {}) as object)) reasoned(`actions.${id}`, v);
  return o as Overrides;
}

export function applyParamOverride<T extends { schema: Schema; typed: boolean; required: boolean | undefined; conditional: boolean }>(
  param: T,
  override: ParamOverride,
): T {
  return {
    ...param,
    ...(override.schema ? { schema: override.schema, typed: true } : {}),
    ...(override.required === undefined ? {} : { required: override.required, conditional: false }),
  };
}

/** Throws when an override did not apply (its page or parameter is gone or was fixed). */
export function checkAllUsed(overrides: Overrides, uses: readonly OverrideUse[]): void {
  const used = new Set(uses.map((u) => `${u.kind}:${u.key}`));
  const unused: string[] = [];
  for (const key of Object.keys(overrides.pages ?? {})) if (!used.has(`pages:${key}`)) unused.push(`pages.${key}`);
  for (const [id, params] of Object.entries(overrides.params ?? {})) {
    for (const name of Object.keys(params)) if (!used.has(`params:${id}.${name}`)) unused.push(`params.${id}.${name}`);
  }
  for (const key of Object.keys(overrides.responses ?? {})) if (!used.has(`responses:${key}`)) unused.push(`responses.${key}`);
  if (unused.length) throw new Error(`catalog/overrides.yaml: these overrides match nothing in the docs: ${unused.join(", ")}`);
}

/** The number of entries (each with its reason) in an overrides file. */
export function countOverrides(overrides: Overrides): number {
  let n = 0;
  n += Object.keys(overrides.pages ?? {}).length;
  for (const params of Object.values(overrides.params ?? {})) n += Object.keys(params).length;
  n += Object.keys(overrides.responses ?? {}).length;
  n += Object.keys(overrides.actions ?? {}).length;
  return n;
}
