// `ivvy-batch/validators`: JSON-schema validators compiled from openapi.yaml on first use (ajv).
export { checkComponent, checkResponse, componentValidator, documentedStatuses, schemaValidator, type SchemaCheck, type SchemaValidator } from "../contract/validators.js";
