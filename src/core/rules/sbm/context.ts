/**
 * What every SBM rule needs once per sheet: the tahun anggaran and the satker's province (options
 * first, then the title block), the reference data, and every detail line's match. Computed once per
 * tree and shared by the rules through a cache.
 */
import type { AnalyzerOptions } from "../../options";
import { defaultReferenceData, type ReferenceData } from "../../reference/reference-data";
import type { Province } from "../../reference/provinces";
import type { SbmCoverage } from "../../reference/sbm";
import type { BudgetRow, BudgetTree } from "../../tree/types";
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
    // Budgets repeat the same line (uraian, satuan, akun) hundreds of times: each is read once per run.
    const read = new Map<string, SbmMatch | null>();
    for (const row of tree.rows) {
      if (row.level !== "detil") continue;
      const key = matchKey(row);
      let match = key === null ? undefined : read.get(key);
      if (match === undefined) {
        match = matchSbm(row, env);
        if (key !== null) read.set(key, match);
      }
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

/**
 * What a match depends on besides the run's tahun and province: the uraian, satuan, akun and the units of
 * the volume expression (the matchers read nothing else of a row). Null for a text too long to key on.
 */
function matchKey(row: BudgetRow): string | null {
  if (row.uraian.length > 256) return null;
  const units = row.volumeExpr ? row.volumeExpr.factors.map((f) => f.unit).join("\u0002") : "-";
  return `${row.akun ?? ""}\u0001${row.satuan ?? ""}\u0001${units}\u0001${row.uraian}`;
}

export function sbmRun(ctx: RuleContext): SbmRun {
  return analyzeSbm(ctx.tree, ctx.options, ctx.env?.reference ?? defaultReferenceData());
}
