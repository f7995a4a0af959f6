/**
 * Excel 97-2003 (BIFF8) and Excel 5.0/95 (BIFF5) workbooks: the "Workbook" (or "Book") stream of a
 * compound file (cfb.ts), read into the same snapshots the .xlsx readers give. The globals give the
 * sheet list, shared strings, number formats, the date system, and what formulas need to name other
 * sheets, workbooks and names; each worksheet is read when asked for (biff8-sheet.ts).
 * Record layouts: [MS-XLS] section 2.4 and OpenOffice.org's "Microsoft Excel File Format".
 */
import { TelaahInputError } from "../../core/errors";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import { BUILT_IN_FORMATS } from "../xlsx/workbook-parts";
import { byteDecoder, type Decode } from "./biff-common";
import { Cursor, REC, recordsFrom, segmentsOf, type RecordAt } from "./biff8-records";
import { readWorksheet, type SheetEntry } from "./biff8-sheet";
import type { FormulaContext } from "./formula";

const GLOBALS = 0x0005;

export interface LegacyWorkbook {
  readonly sheetNames: readonly string[];
  readSheet(index: number): SheetSnapshot;
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
  if (bof.done || bof.value.type !== REC.Bof || bof.value.length < 4) throw damaged();
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
    if (r.type === REC.Eof) break;
    const cursor = () => new Cursor(stream, segmentsOf(stream, r), damaged);
    switch (r.type) {
      case REC.FilePass:
        throw new TelaahInputError(
          `${file} dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.`,
          "ENCRYPTED"
        );
      case REC.CodePage:
        if (r.length >= 2) decode = byteDecoder(view.getUint16(r.start, true));
        break;
      case REC.DateMode:
        if (r.length >= 2) date1904 = view.getUint16(r.start, true) === 1;
        break;
      case REC.Format: {
        const c = cursor();
        const id = c.u16();
        formats.set(id, c.unicodeString(biff8, decode, biff8 ? 2 : 1));
        break;
      }
      case REC.Xf:
        if (r.length >= 4) xfFormat.push(view.getUint16(r.start + 2, true));
        break;
      case REC.BoundSheet: {
        const c = cursor();
        const position = c.u32();
        c.u8(); // visibility: hidden sheets are still sheets
        const kind = c.u8();
        const name = c.unicodeString(biff8, decode, 1);
        allSheetNames.push(name);
        if (kind === 0) sheets.push({ name, position });
        break;
      }
      case REC.SupBook:
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
      case REC.ExternName:
        if (biff8 && supBooks.length && r.length >= 8) {
          const c = cursor();
          c.skip(6);
          supBooks[supBooks.length - 1].names.push(c.unicodeString(true, decode, 1));
        }
        break;
      case REC.ExternSheet:
        if (biff8 && r.length >= 2) {
          const c = cursor();
          const count = c.u16();
          for (let i = 0; i < count; i++)
            xti.push({ book: c.u16(), first: (c.u16() << 16) >> 16, last: (c.u16() << 16) >> 16 });
        }
        break;
      case REC.Name:
        if (biff8 && r.length >= 15) names.push(definedName(stream, r));
        break;
      case REC.Sst:
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
