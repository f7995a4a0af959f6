import type { Decimal } from "../money/decimal";
import type { LayoutResult } from "../layout/types";
import type { VolumeExpression } from "./volume-expression";

export type Level =
  | "program"
  | "kegiatan"
  | "kro"
  | "ro"
  | "komponen"
  | "subkomponen"
  | "akun"
  /** A heading line inside an akun (`> Evaluasi PBM`, ` >> Prodi TGM`): jumlah totals the lines beneath. */
  | "group"
  | "detil";

/** Order of levels from top to bottom; group and detil sit under akun. */
export const LEVEL_ORDER: readonly Level[] = [
  "program",
  "kegiatan",
  "kro",
  "ro",
  "komponen",
  "subkomponen",
  "akun",
  "group",
  "detil",
];

export const LEVEL_NAMES: Record<Level, string> = {
  program: "Program",
  kegiatan: "Kegiatan",
  kro: "KRO",
  ro: "RO",
  komponen: "Komponen",
  subkomponen: "Sub Komponen",
  akun: "Akun",
  group: "Kelompok detil",
  detil: "Detil",
};

/** A number read from a cell: its Decimal value, or why there is none. */
export interface NumberCell {
  value: Decimal | null;
  /** 0-based column it came from. */
  col: number;
  /** The cell held text that reads as a number ("1.250.000"). */
  fromText?: boolean;
  /** The cell held an error value ("#REF!"). */
  error?: string;
  /** The cell's formula, if any. */
  formula?: string;
}

export interface BudgetRow {
  /** Index in BudgetTree.rows. */
  index: number;
  /** 0-based sheet row. */
  row: number;
  level: Level;
  /** Code as written, trimmed ("2077.502.001", "051", "A", "521211"); undefined for group/detil. */
  kode?: string;
  uraian: string;
  /** A code in the kode column whose shape fits no level (kept for STRUK; the row is read as a detil). */
  unrecognizedKode?: string;
  /** Leading spaces of the kode/uraian text: export files indent by level. */
  indent: number;
  /** For groups: the number of `>` marks (1 for `>`, 2 for `>>`). */
  groupDepth?: number;
  volume?: NumberCell;
  satuan?: string;
  hargaSatuan?: NumberCell;
  jumlah?: NumberCell;
  /** Bracket expression found in the uraian or the "rincian perhitungan" column. */
  volumeExpr?: VolumeExpression;
  sumberDana?: string;
  /** Month plan cells (RPA layouts): 1..12 -> percent / rupiah cells. */
  months?: { month: number; percent?: NumberCell; rupiah?: NumberCell }[];
  pagu?: NumberCell;
  parent: number | null;
  children: number[];
  /** Nearest akun above (6-digit code), for detil and group rows and the akun itself. */
  akun?: string;
  /** Codes from the root down to this row (inclusive where the row has a code). */
  path: string[];
  hidden?: boolean;
}

export interface BudgetTree {
  sheet: string;
  layout: LayoutResult;
  rows: BudgetRow[];
  roots: number[];
}
