import { cellAt, cellText, type SheetSnapshot, type WorkbookSnapshot } from "../sheet/snapshot";
import { monthOfLabel, monthUnitOfLabel, normalizeLabel, roleOfLabel } from "./header-labels";
import { readTitleBlock } from "./title-block";
import {
  LAYOUT_NAMES,
  type ColumnRole,
  type LayoutKind,
  type LayoutResult,
  type MonthColumns,
  type VolumePairColumns,
} from "./types";

/** Header rows are looked for this far down: title blocks rarely take more. */
const SCAN_ROWS = 40;
const KEY_ROLES: ColumnRole[] = [
  "kode",
  "uraian",
  "volume",
  "satuan",
  "hargaSatuan",
  "jumlah",
  "pagu",
  "rincianSat",
  "rincianJml",
];

interface Candidate {
  top: number;
  bottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  months: MonthColumns[];
  volumePairs: VolumePairColumns[];
  labels: string[];
  score: number;
}

/** Label of every cell in the scan window, a merged area's text spread over all its cells. */
function labelGrid(sheet: SheetSnapshot, rows: number, cols: number): string[][] {
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < cols; c++) line.push(normalizeLabel(cellText(cellAt(sheet, r, c))));
    grid.push(line);
  }
  for (const m of sheet.merges ?? []) {
    if (m.top >= rows) continue;
    const text = grid[m.top]?.[m.left] ?? "";
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++)
      for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) grid[r][c] = text;
  }
  return grid;
}

function candidateAt(grid: string[][], top: number, twoRows: boolean, cols: number): Candidate {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const monthMap = new Map<number, MonthColumns>();
  const pairs: VolumePairColumns[] = [];
  const labels: string[] = [];
  const pairNumbers = new Map<number, number>();
  const assign = (role: ColumnRole, c: number) => {
    if (columns[role] === undefined) columns[role] = c;
  };
  for (let c = 0; c < cols; c++) {
    const upper = grid[top][c];
    const lower = twoRows ? (grid[top + 1]?.[c] ?? "") : "";
    const label = lower && lower !== upper ? `${upper} ${lower}`.trim() : upper;
    labels.push(label);
    const month = monthOfLabel(upper) ?? (lower ? monthOfLabel(lower) : null);
    if (month) {
      const unit =
        monthUnitOfLabel(lower && lower !== upper ? lower : upper) ?? (/pok nilai|nilai/.test(upper) ? "rupiah" : null);
      const entry = monthMap.get(month) ?? { month };
      if (unit === "percent" && entry.percent === undefined) entry.percent = c;
      else if (unit !== "percent" && entry.rupiah === undefined) entry.rupiah = c;
      monthMap.set(month, entry);
      continue;
    }
    if (lower && lower !== upper && /rincian/.test(upper)) {
      if (/^(sat|satuan|volume|vol)$/.test(lower)) assign("rincianSat", c);
      else if (/^(jml|jumlah)$/.test(lower)) assign("rincianJml", c);
      continue;
    }
    const pair = /^(vol|volume|sat|satuan) ?([1-5])$/.exec(lower || upper);
    if (pair) {
      const k = Number(pair[2]);
      if (pair[1].startsWith("v")) pairNumbers.set(k, c);
      else if (pairNumbers.has(k)) pairs.push({ number: pairNumbers.get(k)!, unit: c });
      continue;
    }
    const role = (lower && lower !== upper ? roleOfLabel(lower) : null) ?? roleOfLabel(upper) ?? roleOfLabel(label);
    if (role) assign(role, c);
  }
  const months = [...monthMap.values()].sort((a, b) => a.month - b.month);
  let score = KEY_ROLES.filter((r) => columns[r] !== undefined).length;
  if (columns.kodeAkun !== undefined) score += 2;
  if (months.length >= 6) score += 3;
  // A second header row that splits months into % and Rp explains more of the table.
  if (months.some((m) => m.percent !== undefined && m.rupiah !== undefined)) score += 1;
  return { top, bottom: twoRows ? top + 1 : top, columns, months, volumePairs: pairs, labels, score };
}

function isNumberingRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = (sheet.values[row] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== "");
  if (cells.length < 3) return false;
  return cells.every((t) => /^\(?\d{1,2}(\s*[=x*+-]\s*\(?\d{1,2}\)?)*\)?$/.test(t));
}

function kindOf(c: Candidate): LayoutKind {
  const cols = c.columns;
  if (cols.kodeAkun !== undefined && (c.months.length >= 6 || cols.kodeProgram !== undefined)) return "monsakti-item";
  if (c.months.length >= 6) return "rpa";
  if (
    cols.rincianSat !== undefined ||
    cols.rincianJml !== undefined ||
    cols.jenisKomponen !== undefined ||
    cols.volumeRo !== undefined
  )
    return "rab-b2d6";
  // The export's own short names, with nothing above them.
  const compact = ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"];
  const hits = c.labels.filter((l) => compact.includes(l)).length;
  if (hits >= 5 && c.labels.includes("hargasat") && c.top === 0 && c.volumePairs.length === 0) return "rkakl-export";
  return "kertas-kerja";
}

const EXPECTED: Record<LayoutKind, ColumnRole[]> = {
  "rkakl-export": ["kode", "uraian", "volume", "satuan", "hargaSatuan", "jumlah"],
  "kertas-kerja": ["kode", "uraian", "volume", "satuan", "hargaSatuan", "jumlah"],
  "rab-b2d6": ["kode", "uraian", "rincianSat", "rincianJml", "hargaSatuan", "jumlah"],
  rpa: ["kode", "uraian", "pagu"],
  "monsakti-item": ["kodeAkun", "uraian", "volume", "satuan", "hargaSatuan", "jumlah"],
};

/** Finds the budget table in a sheet; null when there is none (not a budget, empty sheet). */
export function detectLayout(sheet: SheetSnapshot): LayoutResult | null {
  const rows = Math.min(SCAN_ROWS, sheet.values.length);
  if (rows === 0) return null;
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, sheet.values[r]?.length ?? 0);
  cols = Math.min(cols, 200);
  const grid = labelGrid(sheet, Math.min(rows + 1, sheet.values.length), cols);
  let best: Candidate | null = null;
  for (let r = 0; r < rows; r++) {
    for (const two of [false, true]) {
      // A two-row header needs text in both rows; an empty row above a header is not part of it.
      if (two && (r + 1 >= grid.length || !grid[r].some(Boolean) || !grid[r + 1].some(Boolean))) continue;
      const cand = candidateAt(grid, r, two, cols);
      const usable =
        cand.columns.uraian !== undefined &&
        (cand.columns.jumlah !== undefined || cand.columns.pagu !== undefined || cand.months.length >= 6);
      if (!usable) continue;
      if (!best || cand.score > best.score) best = cand;
    }
  }
  if (!best || best.score < 3) return null;
  const kind = kindOf(best);
  if (kind === "rpa" && best.columns.pagu === undefined && best.columns.jumlah !== undefined) {
    best.columns.pagu = best.columns.jumlah;
    delete best.columns.jumlah;
  }
  let dataStart = best.bottom + 1;
  if (isNumberingRow(sheet, dataStart)) dataStart++;
  const expected = EXPECTED[kind];
  const missing = expected.filter((r) => best!.columns[r] === undefined);
  const problems = missing.map((r) => `Kolom ${r} tidak ditemukan pada baris judul ${best!.top + 1}.`);
  if (kind === "rpa" && best.months.length < 12)
    problems.push(`Hanya ${best.months.length} kolom bulan yang ditemukan.`);
  return {
    kind,
    name: LAYOUT_NAMES[kind],
    headerTop: best.top,
    headerBottom: best.bottom,
    dataStart,
    columns: best.columns,
    months: best.months,
    volumePairs: best.volumePairs,
    confidence: (expected.length - missing.length) / expected.length,
    problems,
    titleBlock: readTitleBlock(sheet, best.top),
  };
}

/** The sheet to check: the named one, else the first sheet that holds a budget table. */
export function findBudgetSheet(
  workbook: WorkbookSnapshot,
  name?: string
): { sheet: SheetSnapshot; layout: LayoutResult | null } | null {
  if (name) {
    const wanted = name.trim().toLowerCase();
    const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    return sheet ? { sheet, layout: detectLayout(sheet) } : null;
  }
  for (const sheet of workbook.sheets) {
    const layout = detectLayout(sheet);
    if (layout) return { sheet, layout };
  }
  return null;
}
