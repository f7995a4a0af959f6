import type { Decimal } from "../money/decimal";
import type { Severity } from "../findings/finding";
import type { BudgetTree, Level } from "../tree/types";

export type ChangeKind = "changed" | "added" | "removed";

/** What can differ between two matched lines. `letak` = the line moved to another parent. */
export type ChangedField = "uraian" | "rincian" | "volume" | "satuan" | "hargaSatuan" | "jumlah" | "letak";

export interface FieldChange {
  field: ChangedField;
  /** Numbers as Decimal, text as string; null where the side has no value. */
  semula: Decimal | string | null;
  menjadi: Decimal | string | null;
}

/** How a pair was found (kept for the report and for tests of the algorithm). */
export type MatchMethod = "kode" | "kode-tanpa-subkomponen" | "uraian" | "uraian-akun" | "kemiripan" | "pindah";

/** One reported line: a changed pair, or a line present on one side only. Never an unchanged line. */
export interface LineChange {
  kind: ChangeKind;
  level: Level;
  /** Row index in the semula / menjadi tree (undefined on the side where the line does not exist). */
  semula?: number;
  menjadi?: number;
  /** Codes of the line's place, from the menjadi side when it exists. */
  path: string[];
  /** The semula path when the line moved. */
  pathSemula?: string[];
  uraian: string;
  /** Jumlah of the line (a parent's: the total of the lines beneath it), null on the missing side. */
  jumlahSemula: Decimal | null;
  jumlahMenjadi: Decimal | null;
  selisih: Decimal;
  fields: FieldChange[];
  moved: boolean;
  method?: MatchMethod;
}

export interface AmountPair {
  semula: Decimal;
  menjadi: Decimal;
  selisih: Decimal;
}

/** Total of one akun / komponen / RO on both sides. */
export interface LevelTotal extends AmountPair {
  level: Level;
  kode: string;
  path: string[];
  uraian: string;
  rowSemula?: number;
  rowMenjadi?: number;
}

export interface JenisBelanjaTotal extends AmountPair {
  /** "52"; "??" for lines under no akun. */
  kode: string;
  uraian: string;
}

export interface ComparisonTotals {
  pagu: AmountPair;
  jenisBelanja: JenisBelanjaTotal[];
  ro: LevelTotal[];
  komponen: LevelTotal[];
  akun: LevelTotal[];
}

export type RevisiRule = "REVISI-PAGU" | "REVISI-JENIS-BELANJA" | "REVISI-OPERASIONAL";

/** A revisi-level observation: what the revisi does as a whole, with its regulatory basis. */
export interface RevisiFlag {
  rule: RevisiRule;
  severity: Severity;
  message: string;
  messageEn: string;
  basis: string;
}

/** One row of the side-by-side view (comparison sheet): both sides of a matched line, or one. */
export interface AlignedRow {
  semula?: number;
  menjadi?: number;
  level: Level;
  /** Nesting depth among the rows both files describe (0 = top). */
  depth: number;
  status: "sama" | ChangeKind;
  /** The change reported for this row, when there is one. */
  change?: LineChange;
}

export interface ComparisonResult {
  semula: BudgetTree;
  menjadi: BudgetTree;
  /** Levels both files describe; rows of other levels are neither matched nor reported. */
  sharedLevels: Level[];
  /** Row index in menjadi for every semula row (-1 = none), and back. */
  matchSemula: number[];
  matchMenjadi: number[];
  /** Recomputed totals per row (a leaf's jumlah; a parent's the sum of its children). */
  totalSemula: Decimal[];
  totalMenjadi: Decimal[];
  changes: LineChange[];
  aligned: AlignedRow[];
  totals: ComparisonTotals;
  flags: RevisiFlag[];
}

export interface CompareOptions {
  /** Minimum uraian similarity (0..1) to pair two different lines in one akun; default 0.8. */
  threshold?: number;
}
