import { TelaahInputError } from "../../core/errors";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import { decline } from "./declined";
import { isDateFormat } from "./excel-dates";
import { checkMergeSizes, mergesInXml } from "./merge-guard";
import { parseSheetPart } from "./sheet-part";
import {
  parseRelationships,
  parseSharedStringsPart,
  parseStylesPart,
  parseWorkbookPart,
  type SharedString,
} from "./workbook-parts";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip";

/** An .xlsx opened by the fast reader: sheet names now, each sheet read when asked for. */
export interface FastWorkbook {
  readonly sheetNames: readonly string[];
  readSheet(index: number): SheetSnapshot;
}

/** Sheet parts ExcelJS reads as worksheets (it matches the name anywhere in the path). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_NAME_FORBIDDEN = /[*?:/\\[\]]/;

/**
 * Opens an .xlsx without ExcelJS: the ZIP directory, workbook, relationships, styles and shared
 * strings are read at once; a sheet's XML only when `readSheet` asks for it. The sheets and their
 * snapshots are those `loadWorkbook` + `sheetSnapshot` give; whatever this reader is not sure to read
 * the same way throws FastReaderDeclined, and the caller goes to ExcelJS.
 *
 * It differs in one way on purpose: a broken sheet that is never read does not stop the others,
 * where ExcelJS refuses the whole workbook.
 */
export function openFastWorkbook(bytes: Uint8Array): FastWorkbook {
  const entries = readZipDirectory(bytes);
  const text = (entry: ZipEntry): string => readZipEntry(bytes, entry).toString("utf8");
  const part = (name: string): string | undefined => {
    const entry = entries.get(name);
    return entry ? text(entry) : undefined;
  };
  const workbookXml = part("xl/workbook.xml");
  if (workbookXml === undefined) return decline("no xl/workbook.xml");
  const workbook = parseWorkbookPart(workbookXml);
  const relsXml = part("xl/_rels/workbook.xml.rels");
  const rels = relsXml === undefined ? new Map<string, string>() : parseRelationships(relsXml);
  const stylesXml = part("xl/styles.xml");
  const numFmts = stylesXml === undefined ? undefined : parseStylesPart(stylesXml);
  const dateStyles = numFmts?.map((f) => f !== undefined && isDateFormat(f));
  let sharedStrings: SharedString[] | undefined;
  let sharedStringsRead = false;
  const strings = (): SharedString[] | undefined => {
    if (!sharedStringsRead) {
      const xml = part("xl/sharedStrings.xml");
      sharedStrings = xml === undefined ? undefined : parseSharedStringsPart(xml);
      sharedStringsRead = true;
    }
    return sharedStrings;
  };

  const sheets: { name: string; entry: ZipEntry }[] = [];
  const ids = new Set<number>();
  const lowerNames = new Set<string>();
  const parts = new Set<string>();
  for (const s of workbook.sheets) {
    if (ids.has(s.sheetId)) decline("workbook: two sheets with one id");
    ids.add(s.sheetId);
    const target = s.rId === undefined ? undefined : rels.get(s.rId);
    if (target === undefined) continue; // ExcelJS skips a sheet it cannot place
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    const entry = entries.get(path);
    if (!entry || !WORKSHEET_PART.test(path)) continue; // a chartsheet, or a part that is not there
    if (parts.has(path)) decline("workbook: two sheets on one part");
    parts.add(path);
    if (s.name === "" || s.name === "History" || SHEET_NAME_FORBIDDEN.test(s.name) || /(^')|('$)/.test(s.name))
      decline("workbook: a sheet name ExcelJS refuses");
    const name = s.name.length > 31 ? s.name.slice(0, 31) : s.name;
    if (lowerNames.has(name.toLowerCase())) decline("workbook: two sheets with one name");
    lowerNames.add(name.toLowerCase());
    sheets.push({ name, entry });
  }

  // ExcelJS parses every worksheet part in the archive, listed or not, and may fail on one; a part no
  // sheet lists is left to it rather than silently passed over.
  for (const name of entries.keys())
    if (WORKSHEET_PART.test(name) && !parts.has(name)) decline("workbook: a worksheet part no sheet lists");

  return {
    sheetNames: sheets.map((s) => s.name),
    readSheet(index: number): SheetSnapshot {
      const sheet = sheets[index];
      if (!sheet) throw new RangeError(`no sheet ${index}`);
      return parseSheetPart(text(sheet.entry), {
        name: sheet.name,
        sharedStrings: strings(),
        numFmts,
        dateStyles,
        date1904: workbook.date1904,
      });
    },
  };
}

/**
 * Most bytes an archive may unpack to before ExcelJS, which inflates every part at once, is let at it.
 * Budget workbooks unpack to tens of megabytes; a ZIP bomb unpacks to gigabytes.
 */
export const MAX_UNPACKED_BYTES = 1024 ** 3;

/**
 * Before a workbook goes to ExcelJS (the fast reader declined it): refuses, with a sentence, an archive
 * that would unpack to more than MAX_UNPACKED_BYTES, or a sheet whose merges would make ExcelJS hang.
 * Reads each worksheet part by pattern only; what cannot be read here is left for ExcelJS to judge.
 */
export function checkBeforeExcelJs(bytes: Uint8Array): void {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    return;
  }
  let unpacked = 0;
  for (const e of entries.values()) unpacked += e.size;
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new TelaahInputError(
      `Buku kerja ini membesar menjadi ${Math.round(unpacked / 1024 ** 2).toLocaleString("id-ID")} MB ` +
        "saat dibuka; itu bukan buku kerja anggaran yang wajar dan tidak dibaca.",
      "TOO_LARGE"
    );
  const names = sheetNamesByPart(bytes, entries);
  for (const [name, entry] of entries) {
    if (!WORKSHEET_PART.test(name)) continue;
    let xml: string;
    try {
      xml = readZipEntry(bytes, entry).toString("utf8");
    } catch {
      continue;
    }
    checkMergeSizes(names.get(name), mergesInXml(xml));
  }
}

/** Worksheet part path -> sheet name, as far as the workbook part can be read. */
function sheetNamesByPart(bytes: Uint8Array, entries: Map<string, ZipEntry>): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const wb = parseWorkbookPart(readZipEntry(bytes, entries.get("xl/workbook.xml")!).toString("utf8"));
    const rels = parseRelationships(readZipEntry(bytes, entries.get("xl/_rels/workbook.xml.rels")!).toString("utf8"));
    for (const s of wb.sheets) {
      const target = s.rId === undefined ? undefined : rels.get(s.rId);
      if (target !== undefined) out.set(`xl/${target.replace(/^(\s|\/xl\/)+/, "")}`, s.name);
    }
  } catch {
    // Names are only for the message.
  }
  return out;
}
