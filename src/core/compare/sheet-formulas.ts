/**
 * The comparison sheet as formulas, host-neutral: every value cell refers back to its source cell
 * (='Semula'!F12), selisih and % are formulas on the row, jenis belanja totals are SUMIFS over the
 * lines. src/excel writes it with Office.js; tests read it as plain arrays.
 */
import type { Decimal } from "../money/decimal";
import type { ComparisonResult } from "./types";
import { comparisonSheetRows, type ComparisonSheetRow, type SheetSide } from "./sheet-rows";

export const KOMPARASI_HEADER = [
  "Kode",
  "Uraian",
  "Volume",
  "Satuan",
  "Harga Satuan",
  "Jumlah",
  "Volume",
  "Satuan",
  "Harga Satuan",
  "Jumlah",
  "Selisih",
  "%",
  "Keterangan",
  "JB semula",
  "JB menjadi",
];
/** 1-based sheet row of the first line; rows 1-3 title, 5-6 header. */
export const FIRST_DATA_ROW = 7;
/** Where the jenis belanja table starts (column Q, row 5). */
export const JENIS_TABLE = { col: "Q", row: 5 };

export type SheetCell = string | number;

export interface KomparasiSheetPlan {
  /** Rows 1..6 (title, source names, the two header rows), 15 columns each. */
  header: SheetCell[][];
  /** Data rows from FIRST_DATA_ROW, 15 columns, formulas as "=...". */
  rows: SheetCell[][];
  /** The JUMLAH row right after the data. */
  total: SheetCell[];
  /** For outline grouping: each parent row and the last row of what is beneath it (1-based). */
  groups: { row: number; last: number; depth: number }[];
  /** 1-based rows per purpose, for formatting in batches. */
  parents: number[];
  status: { added: number[]; removed: number[]; changed: number[] };
  /** Depth -> 1-based rows (indentation of the uraian). */
  depths: Map<number, number[]>;
  /** Jenis belanja table (4 columns) at JENIS_TABLE, header first. */
  jenis: SheetCell[][];
  lineRows: ComparisonSheetRow[];
}

/** A sheet-qualified reference, quoting the name as Excel does. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** Text as a formula (="051"), so Excel never reads it as a number; split under the 255-character literal limit. */
export function textFormula(text: string): string {
  if (text === "") return "";
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 250) parts.push(`"${text.slice(i, i + 250).replace(/"/g, '""')}"`);
  return `=${parts.join("&")}`;
}

/** SUM over many cells without passing Excel's 255 arguments per function. */
export function sumFormula(cells: string[]): string {
  if (!cells.length) return "0";
  const groups: string[] = [];
  for (let i = 0; i < cells.length; i += 200) groups.push(`SUM(${cells.slice(i, i + 200).join(",")})`);
  return groups.length === 1 ? groups[0] : `SUM(${groups.join(",")})`;
}

function sideCells(sheet: string, s: SheetSide | undefined, isLine: boolean): SheetCell[] {
  if (!s) return ["", "", "", ""];
  const ref = (a1: string | undefined) => (a1 ? `=${sheetRef(sheet, a1)}` : "");
  const num = (d: Decimal) => d.toNumber();
  return [
    isLine ? ref(s.cells.volume) : "",
    isLine ? ref(s.cells.satuan) : "",
    isLine ? ref(s.cells.hargaSatuan) : "",
    s.cells.jumlah ? ref(s.cells.jumlah) : num(s.jumlah),
  ];
}

export function komparasiSheetPlan(
  result: ComparisonResult,
  options: { onlyChanged?: boolean; semulaLabel?: string; menjadiLabel?: string } = {}
): KomparasiSheetPlan {
  const rows = comparisonSheetRows(result, options.onlyChanged);
  const sa = result.semula.sheet;
  const sb = result.menjadi.sheet;
  const blank = () => new Array<SheetCell>(KOMPARASI_HEADER.length).fill("");
  const title = blank();
  title[0] = "KOMPARASI SEMULA / MENJADI";
  const l1 = blank();
  l1[0] = `Semula: ${options.semulaLabel ?? `lembar "${sa}"`}`;
  const l2 = blank();
  l2[0] = `Menjadi: ${options.menjadiLabel ?? `lembar "${sb}"`}`;
  const h1 = blank();
  h1[2] = "Semula";
  h1[6] = "Menjadi";
  const header: SheetCell[][] = [title, l1, l2, blank(), h1, [...KOMPARASI_HEADER]];

  const out: SheetCell[][] = [];
  const parents: number[] = [];
  const status = { added: [] as number[], removed: [] as number[], changed: [] as number[] };
  const depths = new Map<number, number[]>();
  const tops: number[] = [];
  // Jenis belanja of each line on each side: SUMIFS per side, since a moved line may change it.
  const rowOfA = new Map(result.semula.rows.map((r) => [r.row, r]));
  const rowOfB = new Map(result.menjadi.rows.map((r) => [r.row, r]));
  rows.forEach((r, i) => {
    const n = FIRST_DATA_ROW + i;
    const main = r.menjadi ? { s: r.menjadi, sheet: sb } : { s: r.semula!, sheet: sa };
    const kode = main.s.cells.kode ? `=${sheetRef(main.sheet, main.s.cells.kode)}` : textFormula(r.kode);
    const uraian = main.s.cells.uraian ? `=${sheetRef(main.sheet, main.s.cells.uraian)}` : textFormula(r.uraian);
    const jb = (s: SheetSide | undefined, map: Map<number, { akun?: string }>) => {
      const akun = s && r.isLine ? map.get(s.row)?.akun : undefined;
      return akun && /^\d{6}$/.test(akun) ? textFormula(akun.slice(0, 2)) : "";
    };
    out.push([
      kode,
      uraian,
      ...sideCells(sa, r.semula, r.isLine),
      ...sideCells(sb, r.menjadi, r.isLine),
      `=J${n}-F${n}`,
      `=IF(N(F${n})=0,"",K${n}/F${n})`,
      r.keterangan,
      jb(r.semula, rowOfA),
      jb(r.menjadi, rowOfB),
    ]);
    if (!r.isLine) parents.push(n);
    if (r.status !== "sama") status[r.status].push(n);
    (depths.get(r.depth) ?? depths.set(r.depth, []).get(r.depth)!).push(n);
    if (r.depth === 0) tops.push(n);
  });
  // A parent's group runs to the row before the next row at its depth or above.
  const groups: KomparasiSheetPlan["groups"] = [];
  const stack: { row: number; depth: number }[] = [];
  rows.forEach((r, i) => {
    const n = FIRST_DATA_ROW + i;
    while (stack.length && stack[stack.length - 1].depth >= r.depth) {
      const p = stack.pop()!;
      if (n - 1 > p.row) groups.push({ row: p.row, depth: p.depth, last: n - 1 });
    }
    stack.push({ row: n, depth: r.depth });
  });
  const end = FIRST_DATA_ROW + rows.length - 1;
  while (stack.length) {
    const p = stack.pop()!;
    if (end > p.row) groups.push({ row: p.row, depth: p.depth, last: end });
  }
  groups.sort((x, y) => x.row - y.row);

  const t = FIRST_DATA_ROW + rows.length;
  const total = blank();
  total[1] = "JUMLAH";
  total[5] = `=${sumFormula(tops.map((r) => `F${r}`))}`;
  total[9] = `=${sumFormula(tops.map((r) => `J${r}`))}`;
  total[10] = `=J${t}-F${t}`;
  total[11] = `=IF(N(F${t})=0,"",K${t}/F${t})`;

  const last = Math.max(FIRST_DATA_ROW, end);
  const span = (col: string) => `$${col}$${FIRST_DATA_ROW}:$${col}$${last}`;
  const jenis: SheetCell[][] = [["Jenis belanja", "Semula", "Menjadi", "Selisih"]];
  result.totals.jenisBelanja
    .filter((j) => j.kode !== "??")
    .forEach((j, i) => {
      const n = JENIS_TABLE.row + 1 + i;
      jenis.push([
        `${j.kode} ${j.uraian}`,
        `=SUMIFS(${span("F")},${span("N")},"${j.kode}")`,
        `=SUMIFS(${span("J")},${span("O")},"${j.kode}")`,
        `=S${n}-R${n}`,
      ]);
    });
  return { header, rows: out, total, groups, parents, status, depths, jenis, lineRows: rows };
}
