import type { Finding, FindingFix, RuleFamily, Severity } from "../findings/finding";
import type { AnalyzerOptions } from "../options";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetRow, BudgetTree } from "../tree/types";

/** Message templates with `{name}` placeholders: Indonesian first, English beside it. */
export interface RuleMessage {
  id: string;
  en: string;
}

export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  /** The budget row, or a 0-based sheet row for findings outside the tree (formulas, headers). */
  at: BudgetRow | number;
  /** 0-based column of the cell the finding is about. */
  col: number;
  expected?: string;
  actual?: string;
  /** Overrides the rule's basis with the precise reference row ("PMK 32/2025, ... DKI Jakarta Rp530.000/OH"). */
  basis?: string;
  /** A rule may suggest a different severity for one case (unverified data: warning). */
  severity?: Severity;
  fix?: FindingFix;
}

/** What every rule sees. `env` carries shared collaborators (reference data, ...) built once per run. */
export interface RuleContext<Env = RuleEnvironment> {
  sheet: SheetSnapshot;
  tree: BudgetTree;
  options: AnalyzerOptions;
  env: Env;
  report(input: ReportInput): void;
}

/**
 * Collaborators shared by rules, built once by the analyzer. Modules that provide one augment this
 * interface (declaration merging) so the foundation does not depend on them.
 */

export interface RuleEnvironment {}

export interface Rule {
  /** "ARITH-JUMLAH": family prefix + name; equals the module's file name in lower case. */
  id: string;
  family: RuleFamily;
  /** One line, Indonesian. */
  description: string;
  defaultSeverity: Severity;
  /** The regulation the rule rests on. */
  basis: string;
  messages: Record<string, RuleMessage>;
  check(ctx: RuleContext): void;
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export type FindingSink = (finding: Finding) => void;
