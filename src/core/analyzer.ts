import { TelaahInputError } from "./errors";
import { summarize, type Finding, type FindingSummary } from "./findings/finding";
import { detectLayout } from "./layout/detect";
import type { LayoutResult } from "./layout/types";
import { resolveOptions, type AnalyzerOptions } from "./options";
import { RULES } from "./rules/registry";
import type { Rule, RuleEnvironment } from "./rules/rule";
import { runRules } from "./rules/runner";
import { sbmStats, type SbmStats } from "./rules/sbm";
import type { SheetSnapshot } from "./sheet/snapshot";
import { buildTree } from "./tree/build";
import type { BudgetTree } from "./tree/types";

export interface AnalysisResult {
  sheet: string;
  layout: LayoutResult;
  tree: BudgetTree;
  findings: Finding[];
  summary: FindingSummary;
  /** Counts a reviewer wants beside the findings. */
  stats: { rows: number; detil: number; akun: number; sbm?: SbmStats };
}

export interface AnalyzerDeps {
  rules?: readonly Rule[];
  /** Builds the shared collaborators rules need (reference data, ...) once per analyzer. */
  environment?: (options: AnalyzerOptions) => RuleEnvironment;
}

/** The composition root: snapshot -> layout -> tree -> rules -> findings. */
export function createAnalyzer(partial: Partial<AnalyzerOptions> = {}, deps: AnalyzerDeps = {}) {
  const options = resolveOptions(partial);
  const rules = deps.rules ?? RULES;
  const env = deps.environment ? deps.environment(options) : ({} as RuleEnvironment);
  return {
    options,
    analyze(sheet: SheetSnapshot, knownLayout?: LayoutResult | null): AnalysisResult {
      const layout = knownLayout ?? detectLayout(sheet);
      if (!layout)
        throw new TelaahInputError(
          `Lembar "${sheet.name}" tidak memuat tabel anggaran (baris judul kode/uraian/jumlah tidak ditemukan).`,
          "NO_BUDGET"
        );
      const tree = buildTree(sheet, layout);
      if (tree.rows.length === 0)
        throw new TelaahInputError(
          `Lembar "${sheet.name}" memuat baris judul tetapi tidak ada baris anggaran di bawahnya.`,
          "EMPTY_BUDGET"
        );
      const findings = runRules(rules, sheet, tree, options, env);
      let detil = 0;
      let akun = 0;
      for (const r of tree.rows) {
        if (r.level === "detil") detil++;
        else if (r.level === "akun") akun++;
      }
      const stats: AnalysisResult["stats"] = { rows: tree.rows.length, detil, akun };
      // Lines no standar biaya item fits are not findings; the summary counts them (issue 3).
      if (rules.some((r) => r.family === "SBM") && options.severity?.["SBM-KONTEKS"] !== "off")
        stats.sbm = sbmStats(tree, options, env.reference);
      return { sheet: sheet.name, layout, tree, findings, summary: summarize(findings), stats };
    },
  };
}

export type Analyzer = ReturnType<typeof createAnalyzer>;
