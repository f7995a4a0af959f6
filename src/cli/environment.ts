import { promises as fs } from "fs";
import path from "path";
import { TelaahInputError } from "../core/errors";
import type { AnalyzerOptions } from "../core/options";
import { isSbmOverrideSheetName, referenceDataFromInputs } from "../core/reference";
import type { RuleEnvironment } from "../core/rules/rule";
import type { WorkbookSource } from "./workbook-source";

export interface CliEnvironmentInput {
  /** --sbm FILE: the user's own standar biaya (CSV, layout in docs/sbm-pengguna.md). */
  sbmFile?: string;
  /** The open workbook, whose SBM_PENGGUNA / "Telaah SBM" sheet (if any) is read. */
  sheets?: WorkbookSource;
}

/** Builds the rules' shared collaborators for a CLI run: reference data with the user's overrides. */
export async function createCliEnvironment(
  input: CliEnvironmentInput
): Promise<(o: AnalyzerOptions) => RuleEnvironment> {
  const files: { name: string; text: string }[] = [];
  if (input.sbmFile) {
    try {
      files.push({ name: path.basename(input.sbmFile), text: await fs.readFile(input.sbmFile, "utf8") });
    } catch {
      throw new TelaahInputError(`Berkas standar biaya --sbm tidak dapat dibaca: ${input.sbmFile}`, "SBM_FILE");
    }
  }
  // Only the override sheets are read again; the budget sheet is already in memory.
  const source = input.sheets;
  const overrideSheets = source
    ? await Promise.all(source.sheetNames.flatMap((name, i) => (isSbmOverrideSheetName(name) ? [source.sheet(i)] : [])))
    : [];
  const reference = referenceDataFromInputs({ files, workbook: { sheets: overrideSheets } });
  return () => ({ reference });
}
