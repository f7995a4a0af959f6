import type { ReferenceData } from "../../reference/reference-data";
import type { Province } from "../../reference/provinces";
import type { BudgetRow } from "../../tree/types";

/** One rule module per family. */
export type SbmFamily =
  | "UANG-HARIAN"
  | "PENGINAPAN"
  | "TAKSI"
  | "KONSUMSI"
  | "REPRESENTASI"
  | "UANG-SAKU"
  | "PAKET-RAPAT"
  | "HONORARIUM"
  | "TIKET"
  | "TRANSPORT";

export interface SbmCandidate {
  item: string;
  provinsi?: Province;
  kunci?: string;
}

/**
 * A detail line read as a standar biaya item. The ceiling is the largest candidate amount (an unstated
 * rank or two provinces give several), or their sum for "sum" (konsumsi = makan + kudapan).
 */
export interface SbmMatch {
  family: SbmFamily;
  candidates: SbmCandidate[];
  combine: "max" | "sum";
  /** The uraian states no rank/category: candidates span every group. */
  rankUnknown?: boolean;
  /**
   * The province is the satker's because the uraian names no destination: over its amount but within
   * the highest amount of any province is only a warning (the trip may go where the rate is higher).
   */
  placeAssumed?: boolean;
  /**
   * Another reading of the line that the words do not rule out (only the akun 524113 says "dalam
   * kota"): a price over the match's amount but within the alternative's is a warning, not an error.
   */
  alternative?: {
    candidates: SbmCandidate[];
    why: "akun";
    /** No destination named: the highest amount of any province. */ anyProvince?: boolean;
  };
  /** Multiplies the amount: 2 when a return-trip price meets a one-way table. */
  factor?: number;
  /** Notes for the message ("provinsi satker; tujuan tidak disebut"), Indonesian and English. */
  notes: MatchNote[];
}

export interface MatchNote {
  id: string;
  en: string;
}

export interface MatchEnv {
  reference: ReferenceData;
  tahun: number;
  satker?: Province;
}

export type FamilyMatcher = (row: BudgetRow, text: string, env: MatchEnv) => SbmMatch | null;
