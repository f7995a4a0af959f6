/**
 * One BIFF5/BIFF8 worksheet's records into a snapshot: cells (LABELSST, LABEL, NUMBER, RK, MULRK,
 * BOOLERR, FORMULA's cached result with its STRING), merged areas, hidden rows, and BIFF8 formulas'
 * text (formula.ts), shared ones slid to each cell once the sheet's SHRFMLA records are read.
 */
import type { CellValue, MergedArea, SheetSnapshot } from "../../core/sheet/snapshot";
import {
  BIFF_ERRORS,
  BOF_WORKSHEET,
  finiteValue,
  formulaResult,
  rkValue,
  SheetCells,
  type Decode,
} from "./biff-common";
import { Cursor, REC, recordsFrom, segmentsOf } from "./biff8-records";
import { formulaText, type FormulaContext } from "./formula";

export interface SheetEntry {
  name: string;
  position: number;
}

export interface SheetContext {
  biff8: boolean;
  decode: Decode;
  date1904: boolean;
  sst: readonly string[];
  formatOf(xf: number): string | undefined;
  /** How formulas name other sheets and names; null in BIFF5, whose formulas keep their results only. */
  formulas: FormulaContext | null;
  damaged: () => Error;
}

export function readWorksheet(stream: Uint8Array, entry: SheetEntry, ctx: SheetContext): SheetSnapshot {
  const { damaged } = ctx;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (entry.position + 8 > stream.length) throw damaged();
  const cells = new SheetCells();
  cells.date1904 = ctx.date1904;
  const { values, numberFormats, textNumbers } = cells;
  const hiddenRows: number[] = [];
  const merges: MergedArea[] = [];
  let pendingString: { row: number; col: number } | null = null;
  const formulaTexts: (string | undefined)[][] = [];
  /** Cells of shared formulas, filled in once the sheet's SHRFMLA records are read. */
  const sharedCells: { row: number; col: number; anchor: string }[] = [];
  const sharedTokens = new Map<string, Uint8Array>();

  // A cell's XF record names its number format.
  const put = (row: number, col: number, value: CellValue, xf: number) => cells.put(row, col, value, ctx.formatOf(xf));
  const putText = (row: number, col: number, text: string, xf: number) =>
    cells.putText(row, col, text, ctx.formatOf(xf));

  let first = true;
  for (const r of recordsFrom(stream, entry.position, damaged)) {
    const at = r.start;
    if (first) {
      if (r.type !== REC.Bof || r.length < 4) throw damaged();
      if (view.getUint16(at + 2, true) !== BOF_WORKSHEET) throw damaged();
      first = false;
      continue;
    }
    if (r.type === REC.Eof) break;
    const cell = r.length >= 6 ? { row: view.getUint16(at, true), col: view.getUint16(at + 2, true) } : null;
    const xf = r.length >= 6 ? view.getUint16(at + 4, true) : 0;
    switch (r.type) {
      case REC.LabelSst:
        if (!cell || r.length < 10) throw damaged();
        putText(cell.row, cell.col, ctx.sst[view.getUint32(at + 6, true)] ?? "", xf);
        break;
      case REC.Label:
      case REC.RString: {
        if (!cell || r.length < 8) throw damaged();
        const c = new Cursor(stream, [[at + 6, at + r.length]], damaged);
        putText(cell.row, cell.col, c.unicodeString(ctx.biff8, ctx.decode), xf);
        break;
      }
      case REC.Number:
        if (!cell || r.length < 14) throw damaged();
        put(cell.row, cell.col, finiteValue(view.getFloat64(at + 6, true)), xf);
        break;
      case REC.Rk:
        if (!cell || r.length < 10) throw damaged();
        put(cell.row, cell.col, rkValue(view.getUint32(at + 6, true)), xf);
        break;
      case REC.MulRk: {
        if (!cell || r.length < 12) throw damaged();
        const count = Math.floor((r.length - 6) / 6);
        for (let i = 0; i < count; i++) {
          const p = at + 4 + 6 * i;
          put(cell.row, cell.col + i, rkValue(view.getUint32(p + 2, true)), view.getUint16(p, true));
        }
        break;
      }
      case REC.BoolErr:
        if (!cell || r.length < 8) throw damaged();
        put(
          cell.row,
          cell.col,
          stream[at + 7] ? { error: BIFF_ERRORS[stream[at + 6]] ?? "#VALUE!" } : stream[at + 6] !== 0,
          xf
        );
        break;
      case REC.Formula: {
        if (!cell || r.length < 20) throw damaged();
        const result = formulaResult(stream, at + 6);
        if (result === "text") pendingString = cell;
        else if (result !== null) put(cell.row, cell.col, result, xf);
        if (ctx.formulas) {
          const size = Math.min(view.getUint16(at + 20, true), r.length - 22);
          const tokens = stream.subarray(at + 22, at + 22 + Math.max(0, size));
          // A pointer (ptgExp) to the shared formula anchored at a cell: its SHRFMLA record comes later.
          if (tokens[0] === 0x01 && tokens.length >= 5)
            sharedCells.push({ ...cell, anchor: `${tokens[1] | (tokens[2] << 8)},${tokens[3] | (tokens[4] << 8)}` });
          else {
            const text = formulaText(tokens, cell, ctx.formulas);
            if (text) (formulaTexts[cell.row] ??= [])[cell.col] = text;
          }
        }
        break;
      }
      case REC.ShrFmla:
        if (r.length >= 10) {
          const size = Math.min(view.getUint16(at + 8, true), r.length - 10);
          sharedTokens.set(`${view.getUint16(at, true)},${stream[at + 4]}`, stream.subarray(at + 10, at + 10 + size));
        }
        break;
      case REC.String:
        if (pendingString) {
          const c = new Cursor(stream, segmentsOf(stream, r), damaged);
          const text = c.unicodeString(ctx.biff8, ctx.decode);
          if (text !== "") put(pendingString.row, pendingString.col, text, 0);
        }
        pendingString = null;
        break;
      case REC.Row:
        if (r.length >= 16 && view.getUint16(at + 12, true) & 0x20) hiddenRows.push(view.getUint16(at, true));
        break;
      case REC.MergeCells: {
        const count = r.length >= 2 ? view.getUint16(at, true) : 0;
        for (let i = 0; i < count && 2 + 8 * (i + 1) <= r.length; i++) {
          const p = at + 2 + 8 * i;
          const top = view.getUint16(p, true);
          const bottom = view.getUint16(p + 2, true);
          const left = view.getUint16(p + 4, true);
          const right = view.getUint16(p + 6, true);
          if (bottom >= top && right >= left) merges.push({ top, left, bottom, right });
        }
        break;
      }
      default:
        break;
    }
  }
  if (first) throw damaged();
  if (ctx.formulas)
    for (const s of sharedCells) {
      const tokens = sharedTokens.get(s.anchor);
      const text = tokens ? formulaText(tokens, s, ctx.formulas) : null;
      if (text) (formulaTexts[s.row] ??= [])[s.col] = text;
    }
  // As in the .xlsx readers (ExcelJS's way): a formula's result of 0, "" or FALSE is no value.
  formulaTexts.forEach((line, r) =>
    line?.forEach((f, c) => {
      if (f && values[r] && !values[r][c]) delete values[r][c];
    })
  );
  dropMergedAway(values, numberFormats, textNumbers, merges);
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const snap: SheetSnapshot = { name: entry.name, values, merges, hiddenRows, textNumbers, numberFormats };
  if (formulaTexts.length) {
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if ((r !== m.top || c !== m.left) && formulaTexts[r]) delete formulaTexts[r][c];
    snap.formulas = formulaTexts;
  }
  return snap;
}

/** Cells under a merged area other than its top-left hold nothing, as in the .xlsx readers. */
function dropMergedAway(
  values: CellValue[][],
  numberFormats: (string | undefined)[][],
  textNumbers: Set<string>,
  merges: readonly MergedArea[]
): void {
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      const line = values[r];
      if (!line) continue;
      for (let c = m.left; c <= m.right && c < line.length; c++) {
        if (r === m.top && c === m.left) continue;
        delete line[c];
        if (numberFormats[r]) delete numberFormats[r][c];
        textNumbers.delete(`${r},${c}`);
      }
    }
}
