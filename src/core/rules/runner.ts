import { compareFindings, type Finding, type Severity } from "../findings/finding";
import { toA1 } from "../sheet/address";
import type { AnalyzerOptions } from "../options";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetTree } from "../tree/types";
import { interpolate, type ReportInput, type Rule, type RuleContext, type RuleEnvironment } from "./rule";

/** Runs rules over one tree; severity comes from the options where they set one, else the rule. */
export function runRules(
  rules: readonly Rule[],
  sheet: SheetSnapshot,
  tree: BudgetTree,
  options: AnalyzerOptions,
  env: RuleEnvironment
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = options.severity?.[rule.id];
    if (configured === "off") continue;
    const report = (input: ReportInput) => {
      const msg = rule.messages[input.messageId];
      if (!msg) throw new Error(`${rule.id}: unknown messageId ${input.messageId}`);
      const row = typeof input.at === "number" ? input.at : input.at.row;
      const severity: Severity = configured ?? input.severity ?? rule.defaultSeverity;
      const f: Finding = {
        rule: rule.id,
        severity,
        sheet: sheet.name,
        cell: toA1(row, input.col),
        row: row + 1,
        message: interpolate(msg.id, input.data),
        messageEn: interpolate(msg.en, input.data),
        basis: input.basis ?? rule.basis,
      };
      if (input.expected !== undefined) f.expected = input.expected;
      if (input.actual !== undefined) f.actual = input.actual;
      if (input.fix) f.fix = input.fix;
      findings.push(f);
    };
    const ctx: RuleContext = { sheet, tree, options, env, report };
    rule.check(ctx);
  }
  return findings.sort(compareFindings);
}
