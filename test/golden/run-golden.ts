/** Reads a generated workbook back the way the CLI does and runs every registered rule on it. */
import ExcelJS from "exceljs";
import { sheetSnapshot } from "../../src/cli/read-xlsx";
import { createAnalyzer, type AnalysisResult } from "../../src/core/analyzer";
import type { AnalyzerOptions } from "../../src/core/options";
import { defaultReferenceData } from "../../src/core/reference";
import { RULES } from "../../src/core/rules/registry";

export async function analyzeXlsx(buffer: Buffer, options: Partial<AnalyzerOptions> = {}): Promise<AnalysisResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const analyzer = createAnalyzer(options, {
    rules: RULES,
    environment: () => ({ reference: defaultReferenceData() }),
  });
  return analyzer.analyze(sheetSnapshot(wb.worksheets[0]));
}

/** "F123 ARITH-JUMLAH error": one line per finding, sorted, for readable diffs. */
export function findingLines(findings: readonly { cell: string; rule: string; severity: string }[]): string[] {
  return findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`).sort(compareLines);
}

/** By row, then column, then the rest: the order a reviewer reads. */
export function compareLines(a: string, b: string): number {
  const ka = /^([A-Z]+)(\d+)/.exec(a);
  const kb = /^([A-Z]+)(\d+)/.exec(b);
  if (ka && kb && ka[2] !== kb[2]) return Number(ka[2]) - Number(kb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}
