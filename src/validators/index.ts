// `ivvy-batch/validators`: JSON-schema validators compiled from openapi.yaml on first use (ajv).
export {
  checkComponent,
  checkResponse,
  componentValidator,
  documentedStatuses,
  type SchemaCheck,
  type SchemaValidator,
  schemaValidator,
} from "../contract/validators.js";
