/**
 * Excel 97-2003 (BIFF8) and Excel 5.0/95 (BIFF5) workbooks: the "Workbook" (or "Book") stream of a
 * compound file (cfb.ts), read into the same snapshots the .xlsx readers give. The globals give the
 * sheet list, shared strings, number formats and the date system; each worksheet's records give its
 * cells (LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR, FORMULA's cached result with its STRING), merged
 * areas and hidden rows. BIFF8 formulas, shared ones included, get their text back (formula.ts); a
 * formula whose result is 0, "" or FALSE then holds no value, as the .xlsx readers have it.
 * Record layouts: [MS-XLS] section 2.4 and OpenOffice.org's "Microsoft Excel File Format".
 */
import { TelaahInputError } from "../../core/errors";
import { looksNumeric, type CellValue, type MergedArea, type SheetSnapshot } from "../../core/sheet/snapshot";
import { excelDateText, isDateFormat } from "../xlsx/excel-dates";
import { BUILT_IN_FORMATS } from "../xlsx/workbook-parts";
import { BIFF_ERRORS, byteDecoder, rkValue, type Decode } from "./biff-common";
import { formulaText, type FormulaContext } from "./formula";

const enum Rec {
  Formula = 0x0006,
  ExternSheet = 0x0017,
  Name = 0x0018,
  ExternName = 0x0023,
  Eof = 0x000a,
  DateMode = 0x0022,
  FilePass = 0x002f,
  Continue = 0x003c,
  CodePage = 0x0042,
  BoundSheet = 0x0085,
  MulRk = 0x00bd,
  RString = 0x00d6,
  Xf = 0x00e0,
  MergeCells = 0x00e5,
  Sst = 0x00fc,
  LabelSst = 0x00fd,
  Number = 0x0203,
  Label = 0x0204,
  BoolErr = 0x0205,
  String = 0x0207,
  Row = 0x0208,
  Rk = 0x027e,
  Format = 0x041e,
  Bof = 0x0809,
  SupBook = 0x01ae,
  ShrFmla = 0x04bc,
}

const GLOBALS = 0x0005;
const WORKSHEET = 0x0010;

export interface LegacyWorkbook {
  readonly sheetNames: readonly string[];
  readSheet(index: number): SheetSnapshot;
}

/** A stream position: [start, end) of each record body taken together (a record and its CONTINUEs). */
type Segments = [number, number][];

/** Reads across a record and its CONTINUE records, where long strings carry on with a fresh flag byte. */
class Cursor {
  private seg = 0;
  private pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly segs: Segments,
    private readonly damaged: () => Error
  ) {
    this.pos = segs[0][0];
  }
  private atEnd(): boolean {
    return this.pos >= this.segs[this.seg][1];
  }
  private next(): void {
    if (++this.seg >= this.segs.length) throw this.damaged();
    this.pos = this.segs[this.seg][0];
  }
  u8(): number {
    while (this.atEnd()) this.next();
    return this.bytes[this.pos++];
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  skip(n: number): void {
    for (let left = n; left > 0;) {
      while (this.atEnd()) this.next();
      const step = Math.min(left, this.segs[this.seg][1] - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  /** `count` characters, one or two bytes each; a CONTINUE inside them restates the width first. */
  chars(count: number, wide: boolean): string {
    let out = "";
    let left = count;
    let two = wide;
    while (left > 0) {
      if (this.atEnd()) {
        this.next();
        two = (this.bytes[this.pos++] & 1) === 1;
      }
      const room = this.segs[this.seg][1] - this.pos;
      const n = Math.min(left, two ? room >> 1 : room);
      if (n === 0) throw this.damaged();
      for (let i = 0; i < n; i++) {
        out += String.fromCharCode(two ? this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8) : this.bytes[this.pos]);
        this.pos += two ? 2 : 1;
      }
      left -= n;
    }
    return out;
  }
  /** XLUnicodeString (16-bit count) or, in BIFF5, a byte string in the file's code page. */
  unicodeString(biff8: boolean, decode: Decode, countBytes: 1 | 2 = 2): string {
    const count = countBytes === 2 ? this.u16() : this.u8();
    if (!biff8) {
      const raw = new Uint8Array(count);
      for (let i = 0; i < count; i++) raw[i] = this.u8();
      return decode(raw);
    }
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const s = this.chars(count, (flags & 1) === 1);
    this.skip(4 * runs + ext);
    return s;
  }
}

interface RecordAt {
  type: number;
  start: number;
  length: number;
}

/** The records from `at` on; each with the CONTINUE records that follow it gathered as segments. */
function* recordsFrom(bytes: Uint8Array, at: number, damaged: () => Error): Generator<RecordAt> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = at;
  while (pos + 4 <= bytes.length) {
    const type = view.getUint16(pos, true);
    const length = view.getUint16(pos + 2, true);
    if (pos + 4 + length > bytes.length) throw damaged();
    yield { type, start: pos + 4, length };
    pos += 4 + length;
  }
}

function segmentsOf(bytes: Uint8Array, r: RecordAt): Segments {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const segs: Segments = [[r.start, r.start + r.length]];
  let pos = r.start + r.length;
  while (pos + 4 <= bytes.length && view.getUint16(pos, true) === Rec.Continue) {
    const length = view.getUint16(pos + 2, true);
    if (pos + 4 + length > bytes.length) break;
    segs.push([pos + 4, pos + 4 + length]);
    pos += 4 + length;
  }
  return segs;
}

interface SheetEntry {
  name: string;
  position: number;
}

/**
 * A SUPBOOK: this workbook's own sheets, add-in functions, or another workbook (with its number among
 * the others, as formulas write it, and its sheet names); with its EXTERNNAMEs.
 */
interface SupBook {
  kind: "self" | "addin" | "external";
  names: string[];
  book?: number;
  sheets?: string[];
}

/** Opens a BIFF5/BIFF8 workbook stream: the globals now, each sheet when it is asked for. */
export function openBiff8Workbook(stream: Uint8Array, file: string, damaged: () => Error): LegacyWorkbook {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const records = recordsFrom(stream, 0, damaged);
  const bof = records.next();
  if (bof.done || bof.value.type !== Rec.Bof || bof.value.length < 4) throw damaged();
  const version = view.getUint16(bof.value.start, true);
  if (version !== 0x0600 && version !== 0x0500) throw damaged();
  if (view.getUint16(bof.value.start + 2, true) !== GLOBALS) throw damaged();
  const biff8 = version === 0x0600;

  let decode: Decode = byteDecoder(1252);
  let date1904 = false;
  const formats = new Map<number, string>();
  const xfFormat: number[] = [];
  const sheets: SheetEntry[] = [];
  /** Every BOUNDSHEET in order (charts too): EXTERNSHEET's sheet indexes count them all. */
  const allSheetNames: string[] = [];
  const supBooks: SupBook[] = [];
  const xti: { book: number; first: number; last: number }[] = [];
  const names: string[] = [];
  let sst: string[] = [];
  for (const r of records) {
    if (r.type === Rec.Eof) break;
    const cursor = () => new Cursor(stream, segmentsOf(stream, r), damaged);
    switch (r.type) {
      case Rec.FilePass:
        throw new TelaahInputError(
          `${file} dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.`,
          "ENCRYPTED"
        );
      case Rec.CodePage:
        if (r.length >= 2) decode = byteDecoder(view.getUint16(r.start, true));
        break;
      case Rec.DateMode:
        if (r.length >= 2) date1904 = view.getUint16(r.start, true) === 1;
        break;
      case Rec.Format: {
        const c = cursor();
        const id = c.u16();
        formats.set(id, c.unicodeString(biff8, decode, biff8 ? 2 : 1));
        break;
      }
      case Rec.Xf:
        if (r.length >= 4) xfFormat.push(view.getUint16(r.start + 2, true));
        break;
      case Rec.BoundSheet: {
        const c = cursor();
        const position = c.u32();
        c.u8(); // visibility: hidden sheets are still sheets
        const kind = c.u8();
        const name = c.unicodeString(biff8, decode, 1);
        allSheetNames.push(name);
        if (kind === 0) sheets.push({ name, position });
        break;
      }
      case Rec.SupBook:
        if (r.length >= 4) {
          const marker = view.getUint16(r.start + 2, true);
          if (marker === 0x0401 || marker === 0x3a01 || !biff8)
            supBooks.push({ kind: marker === 0x0401 ? "self" : "addin", names: [] });
          else {
            const c = cursor();
            const count = c.u16();
            c.unicodeString(true, decode); // the workbook's path
            const sheetNames: string[] = [];
            for (let i = 0; i < count; i++) sheetNames.push(c.unicodeString(true, decode));
            const book = supBooks.filter((b) => b.kind === "external").length + 1;
            supBooks.push({ kind: "external", names: [], book, sheets: sheetNames });
          }
        }
        break;
      case Rec.ExternName:
        if (biff8 && supBooks.length && r.length >= 8) {
          const c = cursor();
          c.skip(6);
          supBooks[supBooks.length - 1].names.push(c.unicodeString(true, decode, 1));
        }
        break;
      case Rec.ExternSheet:
        if (biff8 && r.length >= 2) {
          const c = cursor();
          const count = c.u16();
          for (let i = 0; i < count; i++)
            xti.push({ book: c.u16(), first: (c.u16() << 16) >> 16, last: (c.u16() << 16) >> 16 });
        }
        break;
      case Rec.Name:
        if (biff8 && r.length >= 15) names.push(definedName(stream, r));
        break;
      case Rec.Sst:
        if (biff8) sst = readSst(new Cursor(stream, segmentsOf(stream, r), damaged), decode);
        break;
      default:
        break;
    }
  }

  const formatOf = (xf: number): string | undefined => {
    const id = xfFormat[xf];
    return id === undefined ? undefined : (formats.get(id) ?? BUILT_IN_FORMATS[id]);
  };
  const formulas: FormulaContext | null = biff8
    ? {
        sheetOf(ixti) {
          const x = xti[ixti];
          const book = x && supBooks[x.book];
          if (!book || book.kind === "addin") return null;
          const list = book.kind === "self" ? allSheetNames : (book.sheets ?? []);
          const first = list[x.first];
          const last = list[x.last];
          if (first === undefined || last === undefined) return null;
          return { name: first === last ? first : `${first}:${last}`, ...(book.book ? { book: book.book } : {}) };
        },
        nameOf: (index) => names[index - 1] ?? null,
        externNameOf(ixti, index) {
          const book = supBooks[xti[ixti]?.book ?? -1];
          return book?.names[index - 1] ?? null;
        },
      }
    : null;
  return {
    sheetNames: sheets.map((s) => s.name),
    readSheet(index: number): SheetSnapshot {
      const entry = sheets[index];
      if (!entry) throw new RangeError(`no sheet ${index}`);
      return readWorksheet(stream, entry, { biff8, decode, date1904, sst, formatOf, formulas, damaged });
    },
  };
}

/** Built-in defined names are stored as one character code. */
const BUILT_IN_NAMES = [
  "Consolidate_Area",
  "Auto_Open",
  "Auto_Close",
  "Extract",
  "Database",
  "Criteria",
  "Print_Area",
  "Print_Titles",
  "Recorder",
  "Data_Form",
  "Auto_Activate",
  "Auto_Deactivate",
  "Sheet_Title",
  "_FilterDatabase",
];

/** A NAME record's name (the formula it stands for is not needed to write it in a formula). */
function definedName(stream: Uint8Array, r: RecordAt): string {
  const flags = stream[r.start] | (stream[r.start + 1] << 8);
  const count = stream[r.start + 3];
  const wide = (stream[r.start + 14] & 1) === 1;
  let name = "";
  for (let i = 0; i < count; i++) {
    const at = r.start + 15 + (wide ? 2 * i : i);
    if (at + (wide ? 1 : 0) >= r.start + r.length) break;
    name += String.fromCharCode(wide ? stream[at] | (stream[at + 1] << 8) : stream[at]);
  }
  return flags & 0x20 && name.length === 1 ? (BUILT_IN_NAMES[name.charCodeAt(0)] ?? name) : name;
}

function readSst(c: Cursor, decode: Decode): string[] {
  c.u32(); // total references
  const unique = c.u32();
  const out: string[] = [];
  for (let i = 0; i < unique; i++) out.push(c.unicodeString(true, decode));
  return out;
}

interface SheetContext {
  biff8: boolean;
  decode: Decode;
  date1904: boolean;
  sst: readonly string[];
  formatOf(xf: number): string | undefined;
  /** How formulas name other sheets and names; null in BIFF5, whose formulas keep their results only. */
  formulas: FormulaContext | null;
  damaged: () => Error;
}

function readWorksheet(stream: Uint8Array, entry: SheetEntry, ctx: SheetContext): SheetSnapshot {
  const { damaged } = ctx;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (entry.position + 8 > stream.length) throw damaged();
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const textNumbers = new Set<string>();
  const hiddenRows: number[] = [];
  const merges: MergedArea[] = [];
  let pendingString: { row: number; col: number } | null = null;
  const formulaTexts: (string | undefined)[][] = [];
  /** Cells of shared formulas, filled in once the sheet's SHRFMLA records are read. */
  const sharedCells: { row: number; col: number; anchor: string }[] = [];
  const sharedTokens = new Map<string, Uint8Array>();

  const put = (row: number, col: number, value: CellValue, xf: number) => {
    let v = value;
    const fmt = ctx.formatOf(xf);
    if (fmt && fmt !== "General") {
      (numberFormats[row] ??= [])[col] = fmt;
      if (typeof v === "number" && isDateFormat(fmt)) v = excelDateText(v, ctx.date1904);
    }
    (values[row] ??= [])[col] = v;
  };
  const putText = (row: number, col: number, text: string, xf: number) => {
    if (text === "") return;
    put(row, col, text, xf);
    if (looksNumeric(text)) textNumbers.add(`${row},${col}`);
  };
  const finite = (n: number): CellValue => (Number.isFinite(n) ? n : { error: "#NUM!" });

  let first = true;
  for (const r of recordsFrom(stream, entry.position, damaged)) {
    const at = r.start;
    if (first) {
      if (r.type !== Rec.Bof || r.length < 4) throw damaged();
      if (view.getUint16(at + 2, true) !== WORKSHEET) throw damaged();
      first = false;
      continue;
    }
    if (r.type === Rec.Eof) break;
    const cell = r.length >= 6 ? { row: view.getUint16(at, true), col: view.getUint16(at + 2, true) } : null;
    const xf = r.length >= 6 ? view.getUint16(at + 4, true) : 0;
    switch (r.type) {
      case Rec.LabelSst:
        if (!cell || r.length < 10) throw damaged();
        putText(cell.row, cell.col, ctx.sst[view.getUint32(at + 6, true)] ?? "", xf);
        break;
      case Rec.Label:
      case Rec.RString: {
        if (!cell || r.length < 8) throw damaged();
        const c = new Cursor(stream, [[at + 6, at + r.length]], damaged);
        putText(cell.row, cell.col, c.unicodeString(ctx.biff8, ctx.decode), xf);
        break;
      }
      case Rec.Number:
        if (!cell || r.length < 14) throw damaged();
        put(cell.row, cell.col, finite(view.getFloat64(at + 6, true)), xf);
        break;
      case Rec.Rk:
        if (!cell || r.length < 10) throw damaged();
        put(cell.row, cell.col, rkValue(view.getUint32(at + 6, true)), xf);
        break;
      case Rec.MulRk: {
        if (!cell || r.length < 12) throw damaged();
        const count = Math.floor((r.length - 6) / 6);
        for (let i = 0; i < count; i++) {
          const p = at + 4 + 6 * i;
          put(cell.row, cell.col + i, rkValue(view.getUint32(p + 2, true)), view.getUint16(p, true));
        }
        break;
      }
      case Rec.BoolErr:
        if (!cell || r.length < 8) throw damaged();
        put(
          cell.row,
          cell.col,
          stream[at + 7] ? { error: BIFF_ERRORS[stream[at + 6]] ?? "#VALUE!" } : stream[at + 6] !== 0,
          xf
        );
        break;
      case Rec.Formula: {
        if (!cell || r.length < 20) throw damaged();
        const res = at + 6;
        // A result whose top two bytes are 0xFFFF is no number: its first byte says what it is.
        if (view.getUint16(res + 6, true) !== 0xffff) put(cell.row, cell.col, finite(view.getFloat64(res, true)), xf);
        else if (stream[res] === 0) pendingString = cell;
        else if (stream[res] === 1) put(cell.row, cell.col, stream[res + 2] !== 0, xf);
        else if (stream[res] === 2) put(cell.row, cell.col, { error: BIFF_ERRORS[stream[res + 2]] ?? "#VALUE!" }, xf);
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
      case Rec.ShrFmla:
        if (r.length >= 10) {
          const size = Math.min(view.getUint16(at + 8, true), r.length - 10);
          sharedTokens.set(`${view.getUint16(at, true)},${stream[at + 4]}`, stream.subarray(at + 10, at + 10 + size));
        }
        break;
      case Rec.String:
        if (pendingString) {
          const c = new Cursor(stream, segmentsOf(stream, r), damaged);
          const text = c.unicodeString(ctx.biff8, ctx.decode);
          if (text !== "") put(pendingString.row, pendingString.col, text, 0);
        }
        pendingString = null;
        break;
      case Rec.Row:
        if (r.length >= 16 && view.getUint16(at + 12, true) & 0x20) hiddenRows.push(view.getUint16(at, true));
        break;
      case Rec.MergeCells: {
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
