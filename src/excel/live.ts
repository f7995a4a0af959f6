/**
 * Live mode: re-check rows as the user types. Registers a worksheet onChanged handler, collects the
 * changed rows, and calls back once typing pauses (debounced). The add-in's own writes are ignored:
 * by triggerSource where Excel reports it (ExcelApi 1.14), else by the SelfWriteGuard's record.
 */
import { parseRange } from "./addresses";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { attempt, type HostResult } from "./errors";
import type { SelfWriteGuard } from "./self-writes";

/** Rows (0-based, sorted) to re-check, or the whole sheet after rows or columns moved. */
export type LiveChange = { sheet: string; rows: number[]; all: false } | { sheet: string; rows: []; all: true };

export interface LiveOptions {
  caps?: Capabilities;
  /** Default: the active worksheet. */
  sheetName?: string;
  guard?: SelfWriteGuard;
  /** Quiet time after the last change before onChange runs (default 700 ms). */
  debounceMs?: number;
  onChange: (change: LiveChange) => void;
  /** Timers, replaceable in tests. */
  timers?: { set: (f: () => void, ms: number) => unknown; clear: (h: unknown) => void };
}

export interface LiveMode {
  sheet: string;
  /** The registration; remove it with stopLiveMode inside Excel.run(registration.context, ...). */
  registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  /** Drops changes collected but not yet reported. */
  cancelPending(): void;
}

/** Changes that move cells: row numbers before them no longer hold, so the whole sheet is re-read. */
const STRUCTURAL = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);
/** A single change spanning more rows than this is treated as a whole-sheet change (a paste, a fill). */
const MAX_ROWS_PER_EVENT = 5_000;

export async function startLiveMode(
  context: Excel.RequestContext,
  options: LiveOptions
): Promise<HostResult<LiveMode>> {
  return attempt(async () => {
    const caps = options.caps ?? ALL_CAPABILITIES;
    const timers = options.timers ?? {
      set: (f: () => void, ms: number) => setTimeout(f, ms),
      clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    const sheets = context.workbook.worksheets;
    const sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    const name = sheet.name;

    const rows = new Set<number>();
    let all = false;
    let timer: unknown = null;
    const flush = () => {
      timer = null;
      const change: LiveChange = all
        ? { sheet: name, rows: [], all: true }
        : { sheet: name, rows: [...rows].sort((a, b) => a - b), all: false };
      rows.clear();
      all = false;
      if (change.all || change.rows.length) options.onChange(change);
    };

    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (caps.triggerSource && event.triggerSource === "ThisLocalAddin") return;
      if (options.guard?.covers(name, event.address)) return;
      const b = parseRange(event.address);
      if (STRUCTURAL.has(event.changeType) || !b || b.bottom - b.top + 1 > MAX_ROWS_PER_EVENT) all = true;
      else for (let r = b.top; r <= b.bottom; r++) rows.add(r);
      if (timer !== null) timers.clear(timer);
      timer = timers.set(flush, options.debounceMs ?? 700);
    };

    const registration = sheet.onChanged.add(handler);
    await context.sync();
    return {
      sheet: name,
      registration,
      cancelPending() {
        if (timer !== null) timers.clear(timer);
        timer = null;
        rows.clear();
        all = false;
      },
    };
  });
}

/** Removes the handler; call inside Excel.run(mode.registration.context, (ctx) => stopLiveMode(ctx, mode)). */
export async function stopLiveMode(context: Excel.RequestContext, mode: LiveMode): Promise<HostResult<void>> {
  return attempt(async () => {
    mode.cancelPending();
    mode.registration.remove();
    await context.sync();
  });
}
