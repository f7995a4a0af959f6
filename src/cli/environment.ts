import type ExcelJS from "exceljs";
import type { AnalyzerOptions } from "../core/options";
import type { RuleEnvironment } from "../core/rules/rule";

export interface CliEnvironmentInput {
  /** --sbm FILE: the user's own standar biaya. */
  sbmFile?: string;
  /** The open workbook, whose override sheet (if any) is read. */
  sheets?: ExcelJS.Workbook;
}

/** Builds the rules' shared collaborators for a CLI run (reference data and the user's overrides). */
export async function createCliEnvironment(_input: CliEnvironmentInput): Promise<(o: AnalyzerOptions) => RuleEnvironment> {
  return () => ({}) as RuleEnvironment;
}
