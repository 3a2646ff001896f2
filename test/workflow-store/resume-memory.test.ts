import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { createMemoryWorkflowStore } from "../../src/workflow-store/index.js";
import { defineResumeSuite } from "./resume-suite.js";

defineResumeSuite("memory", { make: async () => ({ workflows: createMemoryWorkflowStore(), ledger: createSubmissionLedger() }) });
