/**
 * What "Periksa" changed on a sheet, kept so "Hapus tanda" can undo exactly that: each marked cell's
 * previous fill, the colour painted, and the notes or comments added. Cells are stored as compressed
 * address runs grouped by fill, so the record stays small enough for workbook settings.
 */
import type { Severity } from "../core/findings/finding";
import { toA1 } from "../core/sheet/address";
import { compressCells, parseRange, type Cell } from "./addresses";

/** A cell's fill as Excel reports it (getCellProperties); pattern "None" means no fill. */
export interface SavedFill {
  color: string | null;
  pattern: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

export const NO_FILL_PATTERN = "None";

export interface MarkRecord {
  version: 1;
  sheet: string;
  /** Colour painted per severity when the marks were made. */
  colors: Record<Severity, string>;
  /** Cells painted, per severity. */
  marked: { severity: Severity; cells: string[] }[];
  /** Each painted cell's fill before marking, grouped by identical fill. */
  previous: { fill: SavedFill; cells: string[] }[];
  /** Notes Telaah added, with the text written (a note the user edited since is left alone). */
  notes: { cell: string; content: string }[];
  /** Comment threads Telaah started. */
  comments: { id: string; cell: string; content: string }[];
}

/** Light fills close to Excel's own "bad / neutral / note" cell styles. */
export const DEFAULT_MARK_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export function settingKey(sheet: string): string {
  return `telaah.tanda.${sheet}`;
}

/** Expands compressed runs ("F10:F12") into single cells. */
export function expandCells(runs: readonly string[]): Cell[] {
  const out: Cell[] = [];
  for (const run of runs) {
    const b = parseRange(run);
    if (!b) continue;
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push({ row: r, col: c });
  }
  return out;
}

/** Groups cells by identical fill: Map<A1, fill> -> record entries with compressed runs. */
export function groupFills(fills: ReadonlyMap<string, { cell: Cell; fill: SavedFill }>): MarkRecord["previous"] {
  const groups = new Map<string, { fill: SavedFill; cells: Cell[] }>();
  for (const { cell, fill } of fills.values()) {
    const k = JSON.stringify(fill);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { fill, cells: [] }));
    g.cells.push(cell);
  }
  return [...groups.values()].map((g) => ({ fill: g.fill, cells: compressCells(g.cells) }));
}

/** Every cell of a record with its previous fill and the severity it was painted with. */
export function recordCells(record: MarkRecord): Map<string, { cell: Cell; fill: SavedFill; severity?: Severity }> {
  const out = new Map<string, { cell: Cell; fill: SavedFill; severity?: Severity }>();
  for (const p of record.previous) {
    for (const cell of expandCells(p.cells)) out.set(toA1(cell.row, cell.col), { cell, fill: p.fill });
  }
  for (const m of record.marked) {
    for (const cell of expandCells(m.cells)) {
      const e = out.get(toA1(cell.row, cell.col));
      if (e) e.severity = m.severity;
    }
  }
  return out;
}

export function isMarkRecord(v: unknown): v is MarkRecord {
  const r = v as MarkRecord;
  return (
    typeof r === "object" &&
    r !== null &&
    r.version === 1 &&
    typeof r.sheet === "string" &&
    Array.isArray(r.marked) &&
    Array.isArray(r.previous) &&
    Array.isArray(r.notes) &&
    Array.isArray(r.comments)
  );
}

/** Queues saving the record in the workbook (ExcelApi 1.4 settings); applied by the caller's next sync. */
export function queueSaveRecord(context: Excel.RequestContext, record: MarkRecord): void {
  context.workbook.settings.add(settingKey(record.sheet), JSON.stringify(record));
}

/** Queues reading the record saved for a sheet; pass the setting to recordFrom after the next sync. */
export function queueLoadRecord(context: Excel.RequestContext, sheet: string): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(settingKey(sheet)).load("value");
}

/** The saved record in a loaded setting, or null when there is none or it is unreadable. */
export function recordFrom(setting: Excel.Setting): MarkRecord | null {
  if (setting.isNullObject) return null;
  try {
    const parsed: unknown = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    return isMarkRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
