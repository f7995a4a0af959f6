/**
 * The reference data the pane shows on its settings page: each shipped table with its basis, how
 * many values are verified, partial or unverified (DOMAIN.md: the user must see that status), and the
 * sources it was built from.
 */
import type { SbmDataset } from "../../core/reference/sbm-data";
import { VERIFICATION_BY_CODE, type Verification, type VerificationCode } from "../../core/reference/types";
import type { BasAkunTuple } from "../../data/bas";
import type { KapitalisasiTuple } from "../../data/kapitalisasi";

export interface ReferenceInfo {
  /** Indonesian name of the table: "Standar biaya TA2026". */
  name: string;
  /** The regulation it follows. */
  basis: string;
  /** false when only scattered values are known. */
  complete: boolean;
  values: number;
  status: Record<Verification, number>;
  /** Distinct sources, each once. */
  sources: string[];
}

const emptyStatus = (): Record<Verification, number> => ({ VERIFIED: 0, PARTIAL: 0, UNVERIFIED: 0 });

export function sbmInfo(d: SbmDataset): ReferenceInfo {
  const status = emptyStatus();
  for (const row of d.rows) status[VERIFICATION_BY_CODE[row[4]]]++;
  const sources = [...new Set(d.sources.map(([file, source]) => `${file}: ${source}`))];
  return {
    name: `Standar biaya TA${d.tahun}`,
    basis: d.dasar,
    complete: d.lengkap,
    values: d.rows.length,
    status,
    sources,
  };
}

export function basInfo(rows: readonly BasAkunTuple[], sources: readonly string[]): ReferenceInfo {
  const status = emptyStatus();
  for (const r of rows) status[VERIFICATION_BY_CODE[r[3] as VerificationCode]]++;
  return {
    name: "Bagan Akun Standar (BAS)",
    basis: "Kepdirjen Perbendaharaan (BAS)",
    complete: true,
    values: rows.length,
    status,
    sources: [...sources],
  };
}

export function kapitalisasiInfo(rows: readonly KapitalisasiTuple[]): ReferenceInfo {
  const status = emptyStatus();
  for (const r of rows) status[VERIFICATION_BY_CODE[r[4]]]++;
  return {
    name: "Nilai kapitalisasi BMN",
    basis: "PMK 181/PMK.06/2016",
    complete: true,
    values: rows.length,
    status,
    sources: [...new Set(rows.map((r) => r[5]))],
  };
}

/** Every shipped table, newest standar biaya first. Loaded with the settings tab only. */
export async function loadReferenceInfo(): Promise<ReferenceInfo[]> {
  const [{ SBM_DATASETS }, { BAS_AKUN, BAS_SOURCES }, { NILAI_KAPITALISASI }] = await Promise.all([
    import("../../data/sbm-index"),
    import("../../data/bas"),
    import("../../data/kapitalisasi"),
  ]);
  const sbm = [...SBM_DATASETS].sort((a, b) => b.tahun - a.tahun).map(sbmInfo);
  return [...sbm, basInfo(BAS_AKUN, BAS_SOURCES), kapitalisasiInfo(NILAI_KAPITALISASI)];
}
