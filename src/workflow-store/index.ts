export type { WorkflowChunk, WorkflowRecord, WorkflowStore } from "./workflow-store.js";
export { createMemoryWorkflowStore } from "./memory-workflow-store.js";
export { workflowHandle } from "./workflow-handle.js";
export { submitAllResumable, type SubmitAllResumableOptions } from "./submit-all-resumable.js";
