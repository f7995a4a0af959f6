import { promises as fs } from "fs";
import path from "path";
import { TelaahInputError } from "../core/errors";
import type { AnalyzerOptions } from "../core/options";
import { isSbmOverrideSheetName, referenceDataFromInputs } from "../core/reference";
import type { RuleEnvironment } from "../core/rules/rule";
import type { WorkbookSource } from "./workbook-source";

/** A --sbm file's name and text, read once per run (a run may check many workbooks). */
export interface SbmFileText {
  name: string;
  text: string;
}

/** Reads --sbm FILE: the user's own standar biaya (CSV, layout in docs/sbm-pengguna.md). */
export async function readSbmFile(file: string): Promise<SbmFileText> {
  try {
    return { name: path.basename(file), text: await fs.readFile(file, "utf8") };
  } catch {
    throw new TelaahInputError(`Berkas standar biaya --sbm tidak dapat dibaca: ${file}`, "SBM_FILE");
  }
}

export interface CliEnvironmentInput {
  /** The --sbm files, as read by readSbmFile. */
  sbmFiles?: readonly SbmFileText[];
  /** The open workbook, whose SBM_PENGGUNA / "Telaah SBM" sheet (if any) is read. */
  sheets?: WorkbookSource;
}

/** Builds the rules' shared collaborators for a CLI run: reference data with the user's overrides. */
export async function createCliEnvironment(
  input: CliEnvironmentInput
): Promise<(o: AnalyzerOptions) => RuleEnvironment> {
  // Only the override sheets are read again; the budget sheet is already in memory.
  const source = input.sheets;
  const overrideSheets = source
    ? await Promise.all(source.sheetNames.flatMap((name, i) => (isSbmOverrideSheetName(name) ? [source.sheet(i)] : [])))
    : [];
  const reference = referenceDataFromInputs({ files: input.sbmFiles ?? [], workbook: { sheets: overrideSheets } });
  return () => ({ reference });
}
