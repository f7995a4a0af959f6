/**
 * What the pane asks of its host (Excel). Components get an implementation through HostContext: the
 * real one (excel-host.ts) runs helper adapters from src/excel inside Excel.run; tests pass their own.
 * Every call returns a HostResult, so a failure carries an Indonesian and an English message.
 */
import type { HostResult } from "../../excel/errors";
import type { Finding, FindingFix } from "../../core/findings/finding";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import type { PlanWrite } from "../../excel/write-plan";
import type { RowRead } from "../periksa/patch-snapshot";

export type { HostError, HostNotice, HostResult } from "../../excel/errors";

export interface ReadOptions {
  signal?: AbortSignal;
  /** Rows read so far of the total. */
  onProgress?: (done: number, total: number) => void;
}

export type { PlanWrite } from "../../excel/write-plan";

/** 1-based sheet rows of the current selection on the active sheet. */
export interface SelectionRows {
  sheet: string;
  top: number;
  bottom: number;
}

export interface WriteOutcome {
  /** Cells written. */
  written: number;
  /** A1 cells someone changed since the plan was computed: left as they are. */
  skipped: string[];
  /** Whether Excel's own Undo reverts the write as one step (mergeUndoGroup). */
  undoable: boolean;
  /** Puts back what the cells held before; the pane's "Batalkan" for what Excel cannot undo. */
  revert: () => Promise<HostResult<void>>;
}

export interface HostApi {
  readActiveSheet(options?: ReadOptions): Promise<HostResult<SheetSnapshot>>;
  readSheet(name: string, options?: ReadOptions): Promise<HostResult<SheetSnapshot>>;
  listSheets(): Promise<HostResult<string[]>>;
  /** Rows (0-based) of a sheet, columns A to `columns` (live mode re-reads only what changed). */
  readRows(sheet: string, rows: readonly number[], columns: number): Promise<HostResult<RowRead[]>>;
  /** Fills and notes (in `lang`) on the findings' cells, replacing earlier marks on that sheet. */
  markFindings(sheet: string, findings: readonly Finding[], lang: "id" | "en"): Promise<HostResult<{ marked: number }>>;
  /** Removes every mark Telaah made on the sheet (default: the active one), restoring each cell's previous fill. */
  clearMarks(sheet?: string): Promise<HostResult<{ cleared: number }>>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<HostResult<void>>;
  applyFix(sheet: string, fix: FindingFix): Promise<HostResult<void>>;
  /** Writes a table into a new sheet named after `baseName` (made unique); returns the sheet's name. */
  exportTable(baseName: string, rows: readonly (readonly (string | number)[])[]): Promise<HostResult<string>>;
  selectedRows(): Promise<HostResult<SelectionRows>>;
  /** Writes plan values (RPA) in blocks, one undo step where Excel supports it. */
  writePlan(sheet: string, writes: readonly PlanWrite[]): Promise<HostResult<WriteOutcome>>;
  /** A value the add-in keeps in the workbook (Excel's workbook settings); null when there is none. */
  readSetting(key: string): Promise<HostResult<unknown>>;
  /** Saves (or, with null, removes) a value kept in the workbook. */
  writeSetting(key: string, value: unknown): Promise<HostResult<void>>;
  /**
   * Live mode: calls `onRows` with the 1-based rows the user changed on `sheet` (debounced, the
   * add-in's own writes ignored; [] = the whole sheet changed). Resolves to a function that stops watching.
   */
  watchChanges(sheet: string, onRows: (rows: number[]) => void): Promise<HostResult<() => Promise<HostResult<void>>>>;
}

/** Where the pane keeps its settings (localStorage in Excel; memory in tests). */
export interface SettingsStore {
  load(): unknown;
  save(value: unknown): void;
}
