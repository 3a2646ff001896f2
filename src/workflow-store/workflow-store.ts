import type { ChunkRef } from "../workflow/model/batch-handle.js";

/** A chunk a workflow may have sent ("in-flight") or did send ("submitted", with its asyncId). */
export type WorkflowChunk = Omit<ChunkRef, "asyncId"> & ({ state: "in-flight" } | { state: "submitted"; asyncId: string });

/** What a store knows of one workflow: when it started and its chunks, by index. */
export interface WorkflowRecord {
  /** Epoch milliseconds of the first submission attempt. */
  createdAt: number;
  chunks: WorkflowChunk[];
}

/**
 * Where a resumable submission keeps its chunk states, so a process that dies mid-way
 * resumes from them on restart (`submitAllResumable`). Every instance sharing the store
 * sees one record per workflow id; its handle is built from the submitted chunks.
 */
export interface WorkflowStore {
  load(workflowId: string): Promise<WorkflowRecord | undefined>;
  /**
   * Atomically records a chunk as in flight, before its run is sent, creating the workflow
   * at `createdAt` if it is new. Resolves true when this call recorded it, false when the
   * chunk was already recorded (in either state; it is left as it is): then another call,
   * alive or dead, owns it. One statement in a shared store (SQL: INSERT … ON CONFLICT DO NOTHING RETURNING).
   */
  recordInFlight(workflowId: string, createdAt: number, chunk: Omit<ChunkRef, "asyncId">): Promise<boolean>;
  /** Records a chunk as submitted, after its run answered. */
  recordSubmitted(workflowId: string, chunk: ChunkRef): Promise<void>;
  /** Forgets an in-flight chunk that definitely was not stored at iVvy (the run was refused or never sent). */
  forgetInFlight(workflowId: string, index: number): Promise<void>;
}
