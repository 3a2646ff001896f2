// Why the proxy in front of Prism checks the signing headers itself: the contract declares
// them as security schemes (the x-decision on IWS in openapi.yaml), and Prism enforces a
// security requirement by presence only, since a security scheme has no schema. Prism
// answers 401 for a missing Content-MD5 but would serve one that is not hex, or an
// X-Api-Version of 2.0. iVvy refuses a malformed signing header with 401, as a missing one,
// so each scheme's `x-schema` (the header's form, in the contract) is checked here and a
// request that breaks one is answered with that 401 without reaching Prism.
import type { IncomingHttpHeaders } from "node:http";
import { openapiDocument } from "../../generated/spec.js";
import type { ErrorEnvelope } from "../contract/types.js";
import { type SchemaValidator, schemaValidator } from "../contract/validators.js";

/** One malformed header, in the shape of an entry of Prism's `sl-violations` header. */
export interface SigningHeaderViolation {
  location: ["request", "header", string];
  severity: "Error";
  code: 401;
  /** e.g. `Content-MD5 must match pattern "^[0-9a-fA-F]{32}$"`. */
  message: string;
}

interface HeaderRule {
  /** The header's name as the contract spells it, e.g. `Content-MD5`. */
  header: string;
  validate: SchemaValidator;
}

type SecurityScheme = { type?: string; in?: string; name?: string; "x-schema"?: unknown };

let rules: HeaderRule[] | undefined;
/** The header rules of the contract, compiled on first use (a mock that is never started pays nothing). */
function headerRules(): HeaderRule[] {
  if (!rules) {
    const schemes = (openapiDocument as { components?: { securitySchemes?: Record<string, SecurityScheme> } }).components?.securitySchemes ?? {};
    rules = Object.entries(schemes)
      .filter(([, scheme]) => scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string" && scheme["x-schema"] !== undefined)
      .map(([id, scheme]) => ({ header: scheme.name as string, validate: schemaValidator(`#/components/securitySchemes/${id}/x-schema`) }));
  }
  return rules;
}

/** The signing headers present in `headers` whose value breaks its scheme's `x-schema`; absent ones are Prism's to judge. */
export function signingHeaderViolations(headers: IncomingHttpHeaders): SigningHeaderViolation[] {
  const violations: SigningHeaderViolation[] = [];
  for (const { header, validate } of headerRules()) {
    const raw = headers[header.toLowerCase()];
    if (raw === undefined) continue;
    // Node joins a repeated header with ", " (an array only for set-cookie): either way not one valid value.
    const value = Array.isArray(raw) ? raw.join(", ") : raw;
    if (validate(value)) continue;
    for (const error of validate.errors ?? []) {
      const allowed = error.keyword === "enum" ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")})` : "";
      violations.push({
        location: ["request", "header", header],
        severity: "Error",
        code: 401,
        message: `${header} ${error.message ?? "is invalid"}${allowed}`,
      });
    }
  }
  return violations;
}

/** What the proxy answers instead of forwarding: iVvy's 401 for a malformed signing header. */
export interface SigningHeaderRefusal {
  status: 401;
  headers: Record<string, string>;
  body: string;
  violations: SigningHeaderViolation[];
}

/** A 401 answer when a signing header is malformed, else undefined (forward the request). */
export function refuseMalformedSigningHeaders(headers: IncomingHttpHeaders): SigningHeaderRefusal | undefined {
  const violations = signingHeaderViolations(headers);
  if (violations.length === 0) return undefined;
  // The envelope the emulator answers for a header it cannot verify (specific code 0).
  const envelope: ErrorEnvelope = { errorCode: 401, message: "Unauthorized", specificCode: 0, additionalMessages: violations.map((v) => v.message) };
  const body = JSON.stringify(envelope);
  return {
    status: 401,
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "sl-violations": JSON.stringify(violations) },
    body,
    violations,
  };
}
