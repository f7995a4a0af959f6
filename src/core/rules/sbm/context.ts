/**
 * What every SBM rule needs once per sheet: the tahun anggaran and the satker's province (options
 * first, then the title block), the reference data, and every detail line's match. Computed once per
 * tree and shared by the rules through a cache.
 */
import type { AnalyzerOptions } from "../../options";
import { defaultReferenceData, type ReferenceData } from "../../reference/reference-data";
import type { Province } from "../../reference/provinces";
import type { SbmCoverage } from "../../reference/sbm";
import type { BudgetTree } from "../../tree/types";
import type { RuleContext } from "../rule";
import { matchSbm } from "./matcher";
import type { SbmFamily, SbmMatch } from "./match-types";

export interface SbmRun {
  reference: ReferenceData;
  tahun?: number;
  tahunFrom?: "opsi" | "judul";
  satker?: Province;
  satkerFrom?: "opsi" | "judul";
  /** A province text that could not be resolved (from the options or the title block). */
  provinsiTakDikenal?: string;
  coverage?: SbmCoverage;
  /** Tahun known and some amounts for it exist (shipped or the user's). */
  canRun: boolean;
  /** Detail row index -> its match (null = unmatched). Empty when the check cannot run. */
  matches: Map<number, SbmMatch | null>;
  /** The matched lines of each family, in row order: each item rule visits its own lines only. */
  byFamily: Map<SbmFamily, { index: number; match: SbmMatch }[]>;
}

const cache = new WeakMap<BudgetTree, { options: AnalyzerOptions; reference: ReferenceData; run: SbmRun }>();

export function analyzeSbm(
  tree: BudgetTree,
  options: AnalyzerOptions,
  reference: ReferenceData = defaultReferenceData()
): SbmRun {
  const hit = cache.get(tree);
  if (hit && hit.options === options && hit.reference === reference) return hit.run;
  const title = tree.layout.titleBlock;
  const run: SbmRun = { reference, canRun: false, matches: new Map(), byFamily: new Map() };
  if (options.tahun !== undefined) Object.assign(run, { tahun: options.tahun, tahunFrom: "opsi" });
  else if (title?.tahun !== undefined) Object.assign(run, { tahun: title.tahun, tahunFrom: "judul" });
  const provText = options.provinsi ?? title?.provinsi;
  if (provText) {
    const p = reference.provinsi(provText);
    if (p) Object.assign(run, { satker: p, satkerFrom: options.provinsi ? "opsi" : "judul" });
    else run.provinsiTakDikenal = provText;
  }
  if (run.tahun !== undefined) {
    run.coverage = reference.sbm.coverage(run.tahun);
    run.canRun = run.coverage !== "tidak-ada";
  }
  if (run.canRun && run.tahun !== undefined) {
    const env = { reference, tahun: run.tahun, ...(run.satker ? { satker: run.satker } : {}) };
    for (const row of tree.rows) {
      if (row.level !== "detil") continue;
      const match = matchSbm(row, env);
      run.matches.set(row.index, match);
      if (!match) continue;
      const lines = run.byFamily.get(match.family);
      if (lines) lines.push({ index: row.index, match });
      else run.byFamily.set(match.family, [{ index: row.index, match }]);
    }
  }
  cache.set(tree, { options, reference, run });
  return run;
}

export function sbmRun(ctx: RuleContext): SbmRun {
  return analyzeSbm(ctx.tree, ctx.options, ctx.env?.reference ?? defaultReferenceData());
}
