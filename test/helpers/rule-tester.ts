import { detectLayout } from "../../src/core/layout/detect";
import { resolveOptions, type AnalyzerOptions } from "../../src/core/options";
import type { ReportInput, Rule, RuleEnvironment } from "../../src/core/rules/rule";
import { toA1 } from "../../src/core/sheet/address";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { buildTree } from "../../src/core/tree/build";

export interface Reported {
  cell: string;
  messageId: string;
  severity?: string;
}

/** Runs one rule on a sheet and returns what it reported, by A1 address and message id. */
export function runRule(
  rule: Rule,
  sheet: SheetSnapshot,
  options: Partial<AnalyzerOptions> = {},
  env: RuleEnvironment = {} as RuleEnvironment
): (Reported & { input: ReportInput })[] {
  const layout = detectLayout(sheet);
  if (!layout) throw new Error("test sheet has no budget layout");
  const tree = buildTree(sheet, layout);
  const out: (Reported & { input: ReportInput })[] = [];
  Object.freeze(sheet.values);
  rule.check({
    sheet,
    tree,
    options: resolveOptions(options),
    env,
    report(input) {
      if (!rule.messages[input.messageId]) throw new Error(`unknown messageId ${input.messageId}`);
      const row = typeof input.at === "number" ? input.at : input.at.row;
      out.push({
        cell: toA1(row, input.col),
        messageId: input.messageId,
        severity: input.severity ?? rule.defaultSeverity,
        input,
      });
    },
  });
  return out;
}

export interface RuleCases {
  valid: { name: string; sheet: SheetSnapshot; options?: Partial<AnalyzerOptions> }[];
  invalid: { name: string; sheet: SheetSnapshot; options?: Partial<AnalyzerOptions>; expect: Reported[] }[];
}

/** ESLint RuleTester in spirit: valid sheets report nothing, invalid ones exactly what they expect. */
export function testRule(rule: Rule, cases: RuleCases, env?: RuleEnvironment): void {
  describe(rule.id, () => {
    for (const v of cases.valid) {
      it(`valid: ${v.name}`, () => {
        expect(runRule(rule, v.sheet, v.options, env).map(({ cell, messageId }) => ({ cell, messageId }))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        if (c.expect.length === 0) throw new Error("an invalid case must expect at least one finding");
        const got = runRule(rule, c.sheet, c.options, env).map(({ cell, messageId, severity }) => ({
          cell,
          messageId,
          severity,
        }));
        expect(got).toEqual(c.expect.map((e) => ({ severity: rule.defaultSeverity, ...e })));
      });
    }
  });
}
