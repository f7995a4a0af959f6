import type { VerificationCode } from "./types";

/**
 * One amount of one standar biaya item: [item code, province key ("" = national), kunci (route
 * "asal>tujuan" or bracket; "" = none), amount in rupiah, verification, index into `sources`].
 */
export type SbmRowTuple = readonly [
  item: string,
  provinsi: string,
  kunci: string,
  nilai: number,
  status: VerificationCode,
  source: number,
];

/** [CSV file, its source column, its verification note]. */
export type SbmSourceTuple = readonly [file: string, source: string, note: string];

/** One tahun anggaran's shipped table (src/data/sbm-YYYY.ts, generated). */
export interface SbmDataset {
  tahun: number;
  /** The regulation: "PMK 32/2025". */
  dasar: string;
  /** false when only scattered values are known (TA2024, TA2025). */
  lengkap: boolean;
  sources: readonly SbmSourceTuple[];
  rows: readonly SbmRowTuple[];
}
