/**
 * The legacy RKAKL-DIPA application's `.XLS` export: a bare BIFF2 worksheet stream (Excel 2.x, as
 * FoxPro's `COPY TO ... TYPE XLS` writes it), not the OLE compound file of Excel 97-2003. It is a flat
 * list of records, one per cell, read here into the same snapshot the .xlsx readers give, so reviewers
 * can check those exports as they come instead of re-saving each one.
 *
 * Read: cell values (LABEL, NUMBER, INTEGER, BOOLERR, BLANK, and FORMULA's cached result with its STRING),
 * the code page, number formats (dates become "YYYY-MM-DD" as in the other readers), rows of height 0
 * as hidden. BIFF2 has no merged cells and no shared strings; formula text is not rebuilt from its
 * tokens (the snapshot keeps the result only). Record layouts: OpenOffice.org's "Microsoft Excel File
 * Format" documentation, sections 5.x (BIFF2 variants).
 */
import { TelaahInputError } from "../../core/errors";
import type { CellValue, SheetSnapshot } from "../../core/sheet/snapshot";
import { BIFF_ERRORS, BOF_WORKSHEET, byteDecoder, finiteValue, formulaResult, SheetCells } from "./biff-common";

const enum Rec {
  Dimensions = 0x0000,
  Blank = 0x0001,
  Integer = 0x0002,
  Number = 0x0003,
  Label = 0x0004,
  BoolErr = 0x0005,
  Formula = 0x0006,
  String = 0x0007,
  Row = 0x0008,
  Bof = 0x0009,
  Eof = 0x000a,
  Format = 0x001e,
  DateMode = 0x0022,
  CodePage = 0x0042,
}

/** BOF stream types. */

/** Which bare BIFF stream the bytes start with, by their first record (a BOF); null for anything else. */
export function biffVersion(bytes: Uint8Array): 2 | 3 | 4 | null {
  if (bytes.length < 8) return null;
  const type = bytes[0] | (bytes[1] << 8);
  const length = bytes[2] | (bytes[3] << 8);
  if (type === 0x0009 && length === 4) return 2;
  if (type === 0x0209 && length === 6) return 3;
  if (type === 0x0409 && length === 6) return 4;
  return null;
}

const corrupt = (file: string) =>
  new TelaahInputError(`${file} rusak: arsip .XLS lama (BIFF2) ini terpotong atau cacat.`, "CORRUPT");

/**
 * Reads a BIFF2 worksheet stream into a snapshot named `name` (Excel names the one sheet of such a file
 * after the file). Throws TelaahInputError when the stream is cut short or is not a worksheet.
 */
export function readBiff2Sheet(bytes: Uint8Array, name: string, file: string): SheetSnapshot {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cells = new SheetCells();
  const hiddenRows: number[] = [];
  const formats: string[] = [];
  let decode = byteDecoder(1252);
  /** The cell whose formula result is text: its STRING record comes next. */
  let pendingString: { row: number; col: number } | null = null;

  // A cell's second attribute byte holds the index of its FORMAT record.
  const put = (row: number, col: number, value: CellValue, attr1: number | null) =>
    cells.put(row, col, value, attr1 === null ? undefined : formats[attr1 & 0x3f]);
  const text = (at: number, length: number) => decode(bytes.subarray(at, at + length));

  let at = 0;
  let first = true;
  for (;;) {
    if (at === bytes.length) break; // a stream without EOF: what was read stands
    if (at + 4 > bytes.length) throw corrupt(file);
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    at = body + length;
    if (at > bytes.length) throw corrupt(file);
    if (first) {
      if (type !== Rec.Bof || length < 4) throw corrupt(file);
      if (view.getUint16(body + 2, true) !== BOF_WORKSHEET)
        throw new TelaahInputError(
          `${file} adalah berkas Excel lama tanpa lembar kerja (grafik atau makro).`,
          "NO_SHEETS"
        );
      first = false;
      continue;
    }
    if (type === Rec.Eof) break;
    // Every cell record starts row, col, then three attribute bytes (the second holds the format index).
    const isCell = type >= Rec.Blank && type <= Rec.Formula;
    if (isCell && length < 7) throw corrupt(file);
    const row = isCell ? view.getUint16(body, true) : 0;
    const col = isCell ? view.getUint16(body + 2, true) : 0;
    const attr1 = isCell ? bytes[body + 5] : null;
    switch (type) {
      case Rec.CodePage:
        if (length >= 2) decode = byteDecoder(view.getUint16(body, true));
        break;
      case Rec.DateMode:
        if (length >= 2) cells.date1904 = view.getUint16(body, true) === 1;
        break;
      case Rec.Format:
        if (length >= 1) formats.push(text(body + 1, Math.min(bytes[body], length - 1)));
        break;
      case Rec.Row:
        if (length >= 8 && (view.getUint16(body + 6, true) & 0x7fff) === 0) hiddenRows.push(view.getUint16(body, true));
        break;
      case Rec.Blank:
        break;
      case Rec.Integer:
        if (length < 9) throw corrupt(file);
        put(row, col, view.getUint16(body + 7, true), attr1);
        break;
      case Rec.Number:
        if (length < 15) throw corrupt(file);
        put(row, col, finiteValue(view.getFloat64(body + 7, true)), attr1);
        break;
      case Rec.Label: {
        if (length < 8) throw corrupt(file);
        cells.putText(row, col, text(body + 8, Math.min(bytes[body + 7], length - 8)));
        break;
      }
      case Rec.BoolErr:
        if (length < 9) throw corrupt(file);
        put(
          row,
          col,
          bytes[body + 8] ? { error: BIFF_ERRORS[bytes[body + 7]] ?? "#VALUE!" } : bytes[body + 7] !== 0,
          null
        );
        break;
      case Rec.Formula: {
        if (length < 15) throw corrupt(file);
        const result = formulaResult(bytes, body + 7);
        if (result === "text") pendingString = { row, col };
        else if (result !== null) put(row, col, result, attr1);
        break;
      }
      case Rec.String:
        if (pendingString && length >= 1) {
          const value = text(body + 1, Math.min(bytes[body], length - 1));
          if (value !== "") put(pendingString.row, pendingString.col, value, null);
        }
        pendingString = null;
        break;
      default:
        break;
    }
  }
  if (first) throw corrupt(file);
  const { values, numberFormats, textNumbers } = cells;
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  return { name, values, merges: [], hiddenRows, textNumbers, numberFormats };
}
