export { createMemoryWorkflowStore } from "./memory-workflow-store.js";
export { type SubmitAllResumableOptions, submitAllResumable } from "./submit-all-resumable.js";
export { workflowHandle } from "./workflow-handle.js";
export type { WorkflowChunk, WorkflowRecord, WorkflowStore } from "./workflow-store.js";
