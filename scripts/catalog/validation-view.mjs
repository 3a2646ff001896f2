// The request schemas of the catalog as the validators check them (used by
// scripts/generate.mjs). Two differences from the catalog, both written into
// docs/catalog.md:
// - Unknown parameters are reported (additionalProperties: false at the top level), for a
//   caller that asks findParamViolation for them; the client, the CLI and the emulator
//   ignore those errors alike (IVVY_PARAM_RULES; the catalog's x-decision), as iVvy's own
//   example requests send parameters their pages do not list.
// - Where a page says integer or number, a numeric string is accepted too: iVvy's own
//   example requests send them (venue.getBookingList and venue.getBookingSessionList
//   `"venueId": "1"`, invoice.addPayment `"invoiceId": "156"`), so refusing them would
//   be stricter than iVvy.

export const INTEGER_STRING = "^-?[0-9]+$";
export const NUMBER_STRING = "^-?[0-9]+(\\.[0-9]+)?$";

function loosen(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "example" || key === "description") continue;
    if (key === "properties") out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loosen(v)]));
    else if (key === "items") out.items = loosen(value);
    else out[key] = value;
  }
  if (out.type === "integer" || out.type === "number") {
    const pattern = out.type === "integer" ? INTEGER_STRING : NUMBER_STRING;
    out.type = [out.type, "string"];
    // `pattern` constrains strings only: numbers pass by type, strings must be numeric.
    out.pattern = pattern;
    if (Array.isArray(out.enum)) out.enum = [...out.enum, ...out.enum.map(String)];
    if (out.nullable) {
      out.type.push("null");
      delete out.nullable;
    }
  } else if (out.nullable && typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    delete out.nullable;
  }
  return out;
}

/** `{ "namespace.action": schema }` for every operation of the catalog, in path order. */
export function validationSchemas(catalog) {
  const out = {};
  for (const item of Object.values(catalog.paths)) {
    const op = item.post;
    const schema = op.requestBody?.content?.["application/json"]?.schema ?? { type: "object" };
    out[op.operationId] = { ...loosen(schema), additionalProperties: false };
  }
  return out;
}
