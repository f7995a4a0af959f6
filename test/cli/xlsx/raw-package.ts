/**
 * Hand-written SpreadsheetML packages: the parts other writers (Excel, LibreOffice, SAKTI exports,
 * openpyxl) produce, each overridable, so a variant changes one thing about an otherwise ordinary file.
 */
import { writeZip, type ZipOptions } from "./zip-writer";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** One test workbook and its name. */
export interface RawVariant {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
}

export interface RawSheet {
  name: string;
  /** The whole worksheet part (see worksheet()). */
  xml: string;
  /** Path inside the package, default xl/worksheets/sheet<n>.xml. */
  path?: string;
  /** The Target written in workbook.xml.rels, default the path relative to xl/. */
  target?: string;
  state?: "hidden" | "veryHidden";
  /** Written as the attribute value as is (already escaped), default the escaped name. */
  rawName?: string;
  /** Relationships of this sheet (hyperlinks, comments), the whole part. */
  rels?: string;
}

export interface RawBook {
  sheets: RawSheet[];
  /** Inner XML of each <si>; null leaves the part out. */
  sharedStrings?: string[] | null;
  /** The whole sharedStrings part, when the list form cannot say it. */
  sharedStringsXml?: string;
  /** The whole styles part; null leaves it out; default defaultStyles(). */
  styles?: string | null;
  date1904?: boolean;
  /** Replaces the whole workbook part or its relationships. */
  workbookXml?: string;
  workbookRelsXml?: string;
  /** Extra <sheet> elements (chartsheets) and relationships. */
  extraSheetEntries?: string;
  extraWorkbookRels?: string;
  /** More parts, by path. */
  parts?: Record<string, string | Uint8Array>;
}

export interface PackageOptions extends ZipOptions {
  /** Per-part compression method (0 stored, 8 deflated). */
  methods?: Record<string, number>;
  /** Entry names start with '/'. */
  leadingSlash?: boolean;
  /** Reorders the entries (ExcelJS reads them in archive order). */
  order?: (names: string[]) => string[];
  /** Rewrites every XML part after it is built (BOM, CRLF, ...). */
  transform?: (xml: string, path: string) => string;
}

/** Text and attribute escaping, the five predefined entities. */
export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A worksheet part around sheetData's inner XML; `after` holds mergeCells, hyperlinks, ... */
export function worksheet(rows: string, opts: { before?: string; after?: string; attrs?: string } = {}): string {
  return (
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"${opts.attrs ?? ""}>` +
    (opts.before ?? "") +
    `<sheetData>${rows}</sheetData>` +
    (opts.after ?? "") +
    `</worksheet>`
  );
}

export function merges(...refs: string[]): string {
  return `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
}

/**
 * Cell formats by index: 0 General, 1 date (14), 2 'dd/mm/yyyy' (164), 3 '#,##0' (3), 4 text '@' (49),
 * 5 '#,##0;[Red]-#,##0' (165), 6 'm/d/yy h:mm' (22), 7 '[$-421]dd mmmm yyyy' (166), 8 percent (10).
 */
export const XF = {
  general: 0,
  date14: 1,
  ddmmyyyy: 2,
  thousands: 3,
  text: 4,
  redNegative: 5,
  dateTime22: 6,
  locale421: 7,
  percent: 8,
};

export function stylesXml(
  numFmts: [number, string][] = [
    [164, "dd/mm/yyyy"],
    [165, "#,##0;[Red]\\-#,##0"],
    [166, "[$-421]dd\\ mmmm\\ yyyy"],
  ],
  xfNumFmtIds: number[] = [0, 14, 164, 3, 49, 165, 22, 166, 10]
): string {
  const fmts = numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("");
  const xfs = xfNumFmtIds
    .map(
      (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`
    )
    .join("");
  return (
    XML_DECL +
    `<styleSheet xmlns="${NS_MAIN}">` +
    (fmts ? `<numFmts count="${numFmts.length}">${fmts}</numFmts>` : "") +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfNumFmtIds.length}">${xfs}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

export function sharedStringsXml(items: string[]): string {
  return (
    XML_DECL +
    `<sst xmlns="${NS_MAIN}" count="${items.length}" uniqueCount="${items.length}">` +
    items.map((i) => `<si>${i}</si>`).join("") +
    `</sst>`
  );
}

function sheetPath(s: RawSheet, i: number) {
  return s.path ?? `xl/worksheets/sheet${i + 1}.xml`;
}

export function workbookXml(book: RawBook): string {
  const sheets = book.sheets
    .map((s, i) => {
      const state = s.state ? ` state="${s.state}"` : "";
      return `<sheet name="${s.rawName ?? esc(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr${book.date1904 ? ' date1904="1"' : ""}/>` +
    `<sheets>${sheets}${book.extraSheetEntries ?? ""}</sheets></workbook>`
  );
}

export function workbookRelsXml(book: RawBook): string {
  const rels = book.sheets.map((s, i) => {
    const target = s.target ?? sheetPath(s, i).replace(/^xl\//, "");
    return `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="${target}"/>`;
  });
  const n = book.sheets.length;
  if (book.styles !== null) rels.push(`<Relationship Id="rId${n + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`);
  if (book.sharedStrings !== null)
    rels.push(`<Relationship Id="rId${n + 2}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  return (
    XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${rels.join("")}${book.extraWorkbookRels ?? ""}</Relationships>`
  );
}

function contentTypes(paths: string[]): string {
  const type = (p: string) =>
    p === "xl/workbook.xml"
      ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
      : p === "xl/styles.xml"
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        : p === "xl/sharedStrings.xml"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
          : p.startsWith("xl/worksheets/") && !p.includes("_rels")
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
            : undefined;
  const overrides = paths
    .map((p) => [p, type(p)])
    .filter(([, t]) => t)
    .map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`)
    .join("");
  return (
    XML_DECL +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`
  );
}

const ROOT_RELS =
  XML_DECL +
  `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Every part of the package, by path, in the order Excel writes them. */
export function packageParts(book: RawBook): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  parts["_rels/.rels"] = ROOT_RELS;
  parts["xl/workbook.xml"] = book.workbookXml ?? workbookXml(book);
  parts["xl/_rels/workbook.xml.rels"] = book.workbookRelsXml ?? workbookRelsXml(book);
  book.sheets.forEach((s, i) => {
    const p = sheetPath(s, i);
    parts[p] = s.xml;
    if (s.rels) parts[p.replace(/([^/]+)$/, "_rels/$1.rels")] = s.rels;
  });
  if (book.styles !== null) parts["xl/styles.xml"] = book.styles ?? stylesXml();
  if (book.sharedStringsXml !== undefined) parts["xl/sharedStrings.xml"] = book.sharedStringsXml;
  else if (book.sharedStrings !== null) parts["xl/sharedStrings.xml"] = sharedStringsXml(book.sharedStrings ?? []);
  Object.assign(parts, book.parts ?? {});
  return { "[Content_Types].xml": contentTypes(Object.keys(parts)), ...parts };
}

export function rawXlsx(book: RawBook, opts: PackageOptions = {}): Uint8Array {
  const parts = packageParts(book);
  const names = opts.order ? opts.order(Object.keys(parts)) : Object.keys(parts);
  return writeZip(
    names.map((name) => {
      const data = parts[name];
      const body = typeof data === "string" && opts.transform ? opts.transform(data, name) : data;
      return { name: (opts.leadingSlash ? "/" : "") + name, data: body, method: opts.methods?.[name] };
    }),
    opts
  );
}
