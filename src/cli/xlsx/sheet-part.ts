import { looksNumeric, type CellValue, type MergedArea, type SheetSnapshot } from "../../core/sheet/snapshot";
import { parseA1, slideFormula } from "./cell-refs";
import { decline } from "./declined";
import { checkMergeSizes } from "./merge-guard";
import { excelDateText } from "./excel-dates";
import { readCell, type RawCell } from "./sheet-cell";
import { xmlDecodeAgain, type SharedString } from "./workbook-parts";
import { Tok, XmlScanner } from "./xml-scanner";

/** What a sheet part needs from the rest of the workbook. */
export interface SheetContext {
  name: string;
  /** undefined when the workbook has no xl/sharedStrings.xml. */
  sharedStrings: SharedString[] | undefined;
  /** Number format of each cell style; undefined when the workbook has no xl/styles.xml. */
  numFmts: (string | undefined)[] | undefined;
  /** Whether each cell style's number format makes ExcelJS read numbers as dates. */
  dateStyles: boolean[] | undefined;
  date1904: boolean;
}

/** Position of a shared formula's master, and its text. */
interface SharedMaster {
  row: number;
  col: number;
  formula: string | undefined;
}

/** The snapshot being built, 0-based like SheetSnapshot. */
class SnapshotBuilder {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | undefined)[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  readonly textNumbers = new Set<string>();
  /** Rows holding a cell ExcelJS counts as a value (anything but a styled blank). */
  readonly counted: boolean[] = [];
  readonly hidden: boolean[] = [];
}

/**
 * Reads one worksheet part into the host-neutral snapshot, cell for cell as `sheetSnapshot()` reads
 * the same sheet through ExcelJS, including ExcelJS's ways: a formula whose cached result is 0, "" or
 * FALSE has no value; numbers in date formats become ISO dates; shared formulas are slid into each
 * cell; cells covered by a merge (other than its top-left) are dropped but still make their row count.
 */
export function parseSheetPart(xml: string, ctx: SheetContext): SheetSnapshot {
  const x = new XmlScanner(xml);
  let t = x.next();
  while (t === Tok.Text) t = x.next();
  if (t !== Tok.Open || x.name !== "worksheet") decline(`sheet: root <${x.name}>`);
  const out = new SnapshotBuilder();
  const merges: MergedArea[] = [];
  const masters = new Map<string, SharedMaster>();
  let sawSheetData = false;
  let sawMerges = false;
  for (;;) {
    t = x.next();
    if (t === Tok.End) break;
    if (t !== Tok.Open || x.depth !== 2) continue;
    const tag: string = x.name;
    if (tag === "sheetData") {
      if (sawSheetData) decline("sheet: two sheetData");
      sawSheetData = true;
      readSheetData(x, ctx, out, masters);
    } else if (tag === "mergeCells") {
      if (sawMerges) decline("sheet: two mergeCells");
      sawMerges = true;
      readMerges(x, merges);
      checkMergeSizes(ctx.name, merges);
    } else if (tag === "hyperlinks") decline("sheet: hyperlinks");
    else if (tag.indexOf(":") >= 0 && /sheetData|mergeCell/.test(tag)) decline("sheet: prefixed elements");
    else x.skipElement();
  }
  const mergedAway = applyMerges(merges, out);
  for (const m of masters.values())
    if (mergedAway(m.row - 1, m.col - 1)) decline("sheet: shared-formula master inside a merge");
  return finish(ctx.name, out, merges);
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

function readSheetData(
  x: XmlScanner,
  ctx: SheetContext,
  out: SnapshotBuilder,
  masters: Map<string, SharedMaster>
): void {
  const cell: RawCell = {
    row: 0,
    col: 0,
    t: undefined,
    s: 0,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
    runs: undefined,
  };
  let lastRow = 0;
  for (;;) {
    let t = x.next();
    if (t === Tok.Close) return; // </sheetData>
    if (t === Tok.Text) continue;
    if (t === Tok.End) decline("sheet: unexpected end");
    if (x.name !== "row") decline(`sheet: <${x.name}> in sheetData`);
    // parseInt, as ExcelJS reads it ("1e1" is row 1); its cells must then agree.
    const rowNumber = parseInt(x.attr("r") ?? "", 10);
    if (!(rowNumber > lastRow) || rowNumber > 1048576) decline("sheet: row numbers");
    lastRow = rowNumber;
    const h = x.attr("hidden");
    if (h === "1" || h === "true") out.hidden[rowNumber - 1] = true;
    let lastCol = 0;
    for (;;) {
      t = x.next();
      if (t === Tok.Close) break; // </row>
      if (t === Tok.Text) continue;
      if (t === Tok.End) decline("sheet: unexpected end");
      const tag: string = x.name;
      if (tag !== "c") decline(`sheet: <${tag}> in a row`);
      readCell(x, cell);
      if (cell.row !== rowNumber || cell.col <= lastCol) decline("sheet: cell address out of order");
      lastCol = cell.col;
      storeCell(cell, ctx, out, masters);
    }
  }
}

/** Turns one raw cell into snapshot entries, as ExcelJS's cell model and `sheetSnapshot()` would. */
function storeCell(cell: RawCell, ctx: SheetContext, out: SnapshotBuilder, masters: Map<string, SharedMaster>): void {
  const r = cell.row - 1;
  const c = cell.col - 1;
  const numFmt = cell.s && ctx.numFmts ? ctx.numFmts[cell.s] : undefined;
  const isDate = cell.s !== 0 && ctx.dateStyles !== undefined && ctx.dateStyles[cell.s] === true;
  let value: CellValue;
  let text = false;
  let formula: string | undefined;
  if (cell.formula || cell.shareType) {
    if (cell.runs) decline("sheet: rich text in a formula cell");
    let result: unknown;
    const v = cell.value;
    if (v) {
      if (cell.t === "str") result = xmlDecodeAgain(v);
      else if (cell.t === "b") result = parseInt(v, 10) !== 0;
      else if (cell.t === "e") result = { error: v };
      else result = parseFloat(v);
    }
    if (result !== undefined && isDate) value = excelDateText(Number(result), ctx.date1904);
    else value = result ? (result as CellValue) : null;
    formula = cell.formula;
    if (cell.shareType === "shared") {
      if (cell.si === undefined) decline("sheet: shared formula without si");
      if (cell.ref) masters.set(cell.si, { row: cell.row, col: cell.col, formula: cell.formula });
      else if (!formula) {
        // A follower: ExcelJS slides its master's text here; a master it has not seen breaks it.
        const m = masters.get(cell.si);
        if (!m || !m.formula) decline("sheet: shared formula without a master");
        formula = slideFormula(m.formula, m, cell);
      }
    }
    if (!formula) value = null; // ExcelJS keeps no formula text, and with it loses the result
  } else if (cell.value !== undefined || cell.runs !== undefined) {
    const v = cell.value;
    switch (cell.t) {
      case "s": {
        if (v === undefined || !ctx.sharedStrings) return decline("sheet: shared string without the table");
        const ss = ctx.sharedStrings[parseInt(v, 10)];
        if (ss === undefined) return decline("sheet: shared string index out of range");
        if (ss === null) value = null;
        else {
          value = typeof ss === "string" ? ss : ss.runs.join("");
          text = true;
        }
        break;
      }
      case "str":
        if (v === undefined) return decline("sheet: rich text in a str cell");
        value = xmlDecodeAgain(v);
        text = true;
        break;
      case "inlineStr":
        value = cell.runs ? cell.runs.join("") : (v as string);
        text = true;
        break;
      case "b":
        if (v === undefined) return decline("sheet: rich text in a boolean cell");
        value = parseInt(v, 10) !== 0;
        break;
      case "e":
        if (v === undefined) return decline("sheet: rich text in an error cell");
        value = { error: v };
        break;
      default: {
        if (v === undefined) return decline("sheet: rich text in a number cell");
        const n = parseFloat(v);
        value = isDate ? excelDateText(n, ctx.date1904) : n;
      }
    }
  } else return; // a blank: styled (ExcelJS's Null) or bare (never added); neither is listed

  out.counted[r] = true;
  (out.values[r] ??= [])[c] = value;
  if (formula) (out.formulas[r] ??= [])[c] = `=${formula}`;
  if (text && typeof value === "string" && looksNumeric(value)) out.textNumbers.add(`${r},${c}`);
  if (numFmt && numFmt !== "General") (out.numberFormats[r] ??= [])[c] = numFmt;
}

function readMerges(x: XmlScanner, merges: MergedArea[]): void {
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  for (;;) {
    const t = x.next();
    if (t === Tok.Close && x.name === "mergeCells") return;
    if (t === Tok.End) decline("sheet: unexpected end");
    if (t !== Tok.Open) continue;
    if (x.name !== "mergeCell") decline(`sheet: <${x.name}> in mergeCells`);
    const ref = x.attr("ref") ?? "";
    const [p, q, extra] = ref.split(":");
    if (extra !== undefined || !parseA1(p, a) || !parseA1(q ?? p, b)) decline(`sheet: merge reference "${ref}"`);
    merges.push({
      top: Math.min(a.row, b.row) - 1,
      left: Math.min(a.col, b.col) - 1,
      bottom: Math.max(a.row, b.row) - 1,
      right: Math.max(a.col, b.col) - 1,
    });
  }
}

/**
 * Drops every merged cell but the top-left and marks its row as counted (ExcelJS makes each one a
 * "merge" cell). Overlapping merges make ExcelJS refuse the file, so they are declined here. Returns
 * whether a cell (0-based) was merged away.
 */
function applyMerges(merges: MergedArea[], out: SnapshotBuilder): (row: number, col: number) => boolean {
  const covered = new Set<number>();
  const touched = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const k = key(r, c);
        if (covered.has(k)) decline("sheet: overlapping merges");
        covered.add(k);
        if (r === m.top && c === m.left) continue;
        out.counted[r] = true;
        touched.add(r);
        if (out.values[r]) delete out.values[r][c];
        if (out.formulas[r]) delete out.formulas[r][c];
        if (out.numberFormats[r]) delete out.numberFormats[r][c];
        out.textNumbers.delete(`${r},${c}`);
      }
  }
  for (const r of touched) {
    trimRow(out.values, r);
    trimRow(out.formulas, r);
    trimRow(out.numberFormats, r);
  }
  const topLefts = new Set(merges.map((m) => key(m.top, m.left)));
  return (row, col) => covered.has(key(row, col)) && !topLefts.has(key(row, col));
}

/** Shortens a sparse row to its last entry, and drops it (to a hole) when nothing is left. */
function trimRow<T>(rows: T[][], r: number): void {
  const line = rows[r];
  if (!line) return;
  let n = line.length;
  while (n > 0 && !(n - 1 in line)) n--;
  line.length = n;
  if (n === 0) delete rows[r];
}

function finish(name: string, out: SnapshotBuilder, merges: MergedArea[]): SheetSnapshot {
  const rowCount = out.counted.length;
  const values: CellValue[][] = new Array(rowCount);
  const hiddenRows: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    values[r] = (out.counted[r] && out.values[r]) || [];
    if (out.counted[r] && out.hidden[r]) hiddenRows.push(r);
  }
  trimTable(out.formulas);
  trimTable(out.numberFormats);
  const snap: SheetSnapshot = {
    name,
    values,
    merges,
    hiddenRows,
    textNumbers: out.textNumbers,
    numberFormats: out.numberFormats,
  };
  if (out.formulas.length > 0) snap.formulas = out.formulas;
  return snap;
}

function trimTable<T>(rows: T[][]): void {
  let n = rows.length;
  while (n > 0 && !(n - 1 in rows)) n--;
  rows.length = n;
}
