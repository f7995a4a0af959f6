/**
 * Writes RPA values the core decided (cells the engine may write) in row blocks: one sync reads the
 * target cells, one writes them. A cell that no longer holds what the plan was computed from is skipped,
 * never overwritten. Every previous content is kept in a revert record, because Excel makes the writes
 * one undo step only where Excel.run supports mergeUndoGroup (ExcelApi 1.20).
 */
import { toA1 } from "../core/sheet/address";
import type { CellWrite } from "../core/rpa/sheet-plan";
import { cellAt, type CellValue, type SheetSnapshot } from "../core/sheet/snapshot";
import { rangeAddress, type Bounds } from "./addresses";
import { chunked, Syncer } from "./batch";
import { snapshotValue } from "./cell-values";
import { attempt, fail, type HostResult } from "./errors";
import type { SelfWriteGuard } from "./self-writes";

export interface PlanWrite {
  /** 0-based. */
  row: number;
  col: number;
  value: number | string;
  /** What the cell held when the plan was computed (snapshot value); undefined = do not check. */
  expect?: CellValue;
}

/** Previous content (a formula or constant, "" for empty) of every cell written. */
export interface RevertRecord {
  sheet: string;
  cells: { row: number; col: number; previous: string | number | boolean }[];
}

export interface WriteOutcome {
  written: number;
  /** Cells changed by someone since the plan was computed: left as they are. */
  skipped: string[];
  revert: RevertRecord;
  syncs: number;
}

export interface WriteOptions {
  /** Default: the active worksheet. */
  sheetName?: string;
  guard?: SelfWriteGuard;
  cellsPerSync?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The core's planned cells as writes. With the snapshot the plan was computed from, each write expects
 * the cell to still hold what was read, so a cell typed into meanwhile is skipped.
 */
export function toPlanWrites(writes: readonly CellWrite[], snapshot?: SheetSnapshot): PlanWrite[] {
  return writes.map((w) => {
    const out: PlanWrite = { row: w.row, col: w.col, value: w.value.toNumber() };
    if (snapshot) out.expect = cellAt(snapshot, w.row, w.col);
    return out;
  });
}

interface Run {
  bounds: Bounds;
  cells: PlanWrite[];
}

/** Horizontal runs of adjacent cells in one row: one range (and one payload entry) each. */
export function horizontalRuns(writes: readonly PlanWrite[]): Run[] {
  const sorted = [...writes].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.bounds.top === w.row && last.bounds.right === w.col - 1) {
      last.bounds.right = w.col;
      last.cells.push(w);
    } else if (!(last && last.bounds.top === w.row && last.bounds.right === w.col)) {
      runs.push({ bounds: { top: w.row, left: w.col, bottom: w.row, right: w.col }, cells: [w] });
    }
  }
  return runs;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") return a.error === b.error;
  return false;
}

export async function writePlanValues(
  context: Excel.RequestContext,
  writes: readonly PlanWrite[],
  options: WriteOptions = {}
): Promise<HostResult<WriteOutcome>> {
  return attempt(async () => {
    const syncer = new Syncer(context, options.signal);
    const sheets = context.workbook.worksheets;
    const sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    sheet.protection.load("protected");
    await syncer.sync();
    if (sheet.protection.protected) fail("PROTECTED");

    const revert: RevertRecord = { sheet: sheet.name, cells: [] };
    const skipped: string[] = [];
    let written = 0;
    const runs = horizontalRuns(writes);
    const perSync = options.cellsPerSync ?? 20_000;
    for (const batch of batchRuns(runs, perSync)) {
      const current = batch.map((run) => sheet.getRange(rangeAddress(run.bounds)).load("values,formulas"));
      await syncer.sync();

      const accepted: PlanWrite[] = [];
      batch.forEach((run, i) => writeableCells(run, current[i], accepted, skipped, revert));
      const outRuns = horizontalRuns(accepted);
      for (const run of outRuns) sheet.getRange(rangeAddress(run.bounds)).values = [run.cells.map((w) => w.value)];
      const done = options.guard?.begin(
        sheet.name,
        outRuns.map((r) => r.bounds)
      );
      try {
        await syncer.sync();
      } finally {
        done?.();
      }
      written += accepted.length;
      options.onProgress?.(written + skipped.length, writes.length);
    }
    return { written, skipped, revert, syncs: syncer.count };
  });
}

/** Splits runs into batches of about `cells` cells, keeping each run whole. */
function batchRuns(runs: Run[], cells: number): Run[][] {
  const out: Run[][] = [];
  let current: Run[] = [];
  let size = 0;
  for (const run of runs) {
    if (current.length && size + run.cells.length > cells) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(run);
    size += run.cells.length;
  }
  if (current.length) out.push(current);
  return out;
}

/** Checks each cell of a loaded run against what the plan expected; keeps its previous content. */
function writeableCells(
  run: Run,
  range: Excel.Range,
  accepted: PlanWrite[],
  skipped: string[],
  revert: RevertRecord
): void {
  const values = range.values[0];
  const formulas = range.formulas[0];
  for (const w of run.cells) {
    const j = w.col - run.bounds.left;
    if (w.expect !== undefined && !sameValue(snapshotValue(values[j]), w.expect)) {
      skipped.push(toA1(w.row, w.col));
      continue;
    }
    accepted.push(w);
    revert.cells.push({ row: w.row, col: w.col, previous: formulas[j] as string | number | boolean });
  }
}

/** Puts back what writePlanValues replaced (the pane's "Batalkan" where Excel cannot undo it). */
export async function revertWrites(
  context: Excel.RequestContext,
  record: RevertRecord,
  options: Omit<WriteOptions, "sheetName"> = {}
): Promise<HostResult<{ restored: number; syncs: number }>> {
  return attempt(async () => {
    const syncer = new Syncer(context, options.signal);
    const sheet = context.workbook.worksheets.getItem(record.sheet);
    const protection = sheet.protection.load("protected");
    await syncer.sync();
    if (protection.protected) fail("PROTECTED");
    const previous = record.cells.map((c) => ({ row: c.row, col: c.col, value: c.previous as number | string }));
    for (const batch of chunked(horizontalRuns(previous), options.cellsPerSync ?? 2_000)) {
      for (const run of batch) sheet.getRange(rangeAddress(run.bounds)).formulas = [run.cells.map((c) => c.value)];
      const done = options.guard?.begin(
        record.sheet,
        batch.map((r) => r.bounds)
      );
      try {
        await syncer.sync();
      } finally {
        done?.();
      }
    }
    return { restored: record.cells.length, syncs: syncer.count };
  });
}
