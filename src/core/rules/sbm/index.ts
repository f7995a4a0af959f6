/**
 * SBM rules: every detail line matched to a standar biaya item is compared with its amount for the
 * tahun anggaran and province. `sbmStats` counts the lines no item fits (for the summary).
 */
import type { AnalyzerOptions } from "../../options";
import type { ReferenceData } from "../../reference/reference-data";
import type { BudgetTree } from "../../tree/types";
import type { Rule } from "../rule";
import { analyzeSbm } from "./context";
import type { SbmFamily } from "./match-types";
import { sbmHonorarium } from "./sbm-honorarium";
import { sbmKonsumsi } from "./sbm-konsumsi";
import { sbmKonteks } from "./sbm-konteks";
import { sbmPaketRapat } from "./sbm-paket-rapat";
import { sbmPenginapan } from "./sbm-penginapan";
import { sbmRepresentasi } from "./sbm-representasi";
import { sbmTaksi } from "./sbm-taksi";
import { sbmTiket } from "./sbm-tiket";
import { sbmTransport } from "./sbm-transport";
import { sbmUangHarian } from "./sbm-uang-harian";
import { sbmUangSaku } from "./sbm-uang-saku";

export const sbmRules: Rule[] = [
  sbmKonteks,
  sbmUangHarian,
  sbmPenginapan,
  sbmTaksi,
  sbmRepresentasi,
  sbmKonsumsi,
  sbmUangSaku,
  sbmPaketRapat,
  sbmHonorarium,
  sbmTiket,
  sbmTransport,
];

export interface SbmStats {
  /** False when the check could not run (no tahun, or no data for it): the counts are then 0. */
  dijalankan: boolean;
  tahun?: number;
  detil: number;
  /** Detail lines read as a standar biaya item. */
  cocok: number;
  /** Detail lines no item fits: not findings, only counted. */
  tidakCocok: number;
  perKelompok: Partial<Record<SbmFamily, number>>;
  /** 0-based sheet rows of the unmatched lines (for a "show me" list). */
  barisTidakCocok: number[];
}

/**
 * How many detail lines the SBM check could read as an item. The analyzer can call it after the rules
 * (the match is cached per tree, so this costs nothing more) and show it in the summary.
 */
export function sbmStats(tree: BudgetTree, options: AnalyzerOptions, reference?: ReferenceData): SbmStats {
  const run = analyzeSbm(tree, options, reference);
  const stats: SbmStats = {
    dijalankan: run.canRun,
    ...(run.tahun !== undefined ? { tahun: run.tahun } : {}),
    detil: 0,
    cocok: 0,
    tidakCocok: 0,
    perKelompok: {},
    barisTidakCocok: [],
  };
  for (const r of tree.rows) {
    if (r.level !== "detil") continue;
    stats.detil++;
    if (!run.canRun) continue;
    const m = run.matches.get(r.index);
    if (m) {
      stats.cocok++;
      stats.perKelompok[m.family] = (stats.perKelompok[m.family] ?? 0) + 1;
    } else {
      stats.tidakCocok++;
      stats.barisTidakCocok.push(r.row);
    }
  }
  return stats;
}

export { analyzeSbm } from "./context";
export { matchSbm } from "./matcher";
export type { SbmMatch, SbmFamily } from "./match-types";
