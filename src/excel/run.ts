/**
 * The one place Excel.run is called, for UI handlers and commands. Adapters below take the context it
 * provides; this wrapper adds the run options (one undo step for writes where Excel supports it) and
 * turns a failure of the batch itself into the same typed result the adapters return.
 */
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { toHostError, type HostResult } from "./errors";

export interface RunOptions {
  caps?: Capabilities;
  /** Merge every sync of the batch into one undo step (ExcelApi 1.20); ignored where unsupported. */
  oneUndoStep?: boolean;
}

export function excelRunOptions(options: RunOptions = {}): Excel.RunOptions {
  const caps = options.caps ?? ALL_CAPABILITIES;
  return options.oneUndoStep && caps.mergeUndoGroup ? { mergeUndoGroup: true } : {};
}

/** Runs an adapter inside Excel.run; whether the writes became one undo step is reported beside the result. */
export async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<HostResult<T>>,
  options: RunOptions = {}
): Promise<HostResult<T> & { oneUndoStep: boolean }> {
  const runOptions = excelRunOptions(options);
  const oneUndoStep = runOptions.mergeUndoGroup === true;
  try {
    const result = await Excel.run(runOptions, batch);
    return { ...result, oneUndoStep };
  } catch (e) {
    return { ok: false, error: toHostError(e), oneUndoStep };
  }
}
