/** Something the caller should know that does not stop the workflow. The library never logs; it calls `onWarning`. */
export interface WorkflowWarning {
  code: "handle-expiring" | "callback-bind-failed" | "callback-late";
  message: string;
  /** The chunk concerned, when there is one. */
  chunkIndex?: number;
}

export type WarningListener = (warning: WorkflowWarning) => void;
