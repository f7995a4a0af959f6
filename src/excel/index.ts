/** The Office.js host layer: adapters taking an Excel.RequestContext, and the one Excel.run wrapper. */
export * from "./capabilities";
export * from "./errors";
export { readSheetSnapshot, type ReadSnapshotOptions, type ReadProgress, type SheetRead } from "./read-snapshot";
export { markFindings, noteText, type MarkOptions, type MarkOutcome } from "./marks";
export { clearMarks, type ClearOptions, type ClearOutcome } from "./marks-clear";
export { DEFAULT_MARK_COLORS, type MarkRecord } from "./mark-record";
export {
  writePlanValues,
  revertWrites,
  toPlanWrites,
  type PlanWrite,
  type RevertRecord,
  type WriteOutcome,
} from "./write-plan";
export { startLiveMode, stopLiveMode, type LiveChange, type LiveMode, type LiveOptions } from "./live";
export { SelfWriteGuard } from "./self-writes";
export { runInExcel, excelRunOptions, type RunOptions } from "./run";
