import { promises as fs } from "fs";
import path from "path";
import { TelaahInputError } from "../../core/errors";
import { createAnalyzer, type AnalysisResult } from "../../core/analyzer";
import type { Finding, FindingSummary } from "../../core/findings/finding";
import type { LayoutResult } from "../../core/layout/types";
import type { Tahap } from "../../core/options";
import { createCliEnvironment, type SbmFileText } from "../environment";
import { failureSentence } from "../io";
import { writeMarkedCopy } from "../mark-copy";
import { excelSheet, openBudget } from "../workbook-input";

/** What `telaah periksa` applies to every file of a run. */
export interface PeriksaSettings {
  lembar?: string;
  tahun?: number;
  provinsi?: string;
  tahap: Tahap;
  /** The --sbm files, read once by the command. */
  sbmFiles: readonly SbmFileText[];
}

/** One file to check, and where its marked copy goes (--keluaran). */
export interface PeriksaTask {
  file: string;
  copyTo?: string;
  settings: PeriksaSettings;
}

/**
 * A checked file as plain data: what the text and JSON reports need, without the budget tree, so it
 * crosses a worker thread's boundary cheaply.
 */
export interface CheckedFile {
  file: string;
  sheet: string;
  layout: Pick<LayoutResult, "kind" | "name" | "problems">;
  stats: AnalysisResult["stats"];
  summary: FindingSummary;
  findings: Finding[];
  /** Where the marked copy was written. */
  copy?: string;
}

/** A file that could be checked, or the one sentence saying why it could not. */
export type FileOutcome = { ok: true; checked: CheckedFile } | { ok: false; file: string; reason: string };

async function makeFolderFor(file: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "galat";
    throw new TelaahInputError(`Folder untuk salinan ${file} tidak dapat dibuat (${code}).`, "WRITE_FAILED");
  }
}

/** Reads, analyzes and (with copyTo) writes the marked copy of one file; unusable input throws. */
export async function checkFile(task: PeriksaTask): Promise<CheckedFile> {
  const { file, copyTo, settings } = task;
  const input = await openBudget(file, settings.lembar);
  const environment = await createCliEnvironment({ sbmFiles: settings.sbmFiles, sheets: input.source });
  const { tahun, provinsi, tahap, lembar } = settings;
  const analyzer = createAnalyzer({ tahun, provinsi, tahap, lembar }, { environment });
  const result = analyzer.analyze(input.sheet, input.layout);
  if (copyTo) {
    // ExcelJS's model is loaded only now, for the copy; a run over a folder mirrors its subfolders.
    await makeFolderFor(copyTo);
    const { workbook, worksheet } = await excelSheet(input);
    await writeMarkedCopy(workbook, worksheet, result.findings, file, copyTo);
  }
  const { kind, name, problems } = result.layout;
  return {
    file,
    sheet: result.sheet,
    layout: { kind, name, problems },
    stats: result.stats,
    summary: result.summary,
    findings: result.findings,
    ...(copyTo ? { copy: copyTo } : {}),
  };
}

/** checkFile that never throws: one file's failure is that file's outcome, not the run's. */
export async function fileOutcome(task: PeriksaTask): Promise<FileOutcome> {
  try {
    return { ok: true, checked: await checkFile(task) };
  } catch (e) {
    return { ok: false, file: task.file, reason: failureSentence(e) };
  }
}
