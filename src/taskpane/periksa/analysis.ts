/**
 * The check itself, loaded on first use (import() from the Periksa tab) so the pane's first paint
 * does not wait for the rules and the reference tables. Builds the analyzer with the reference data
 * and the user's own standar biaya (an imported CSV, and an SBM_PENGGUNA sheet of the workbook).
 */
import { createAnalyzer, type AnalysisResult } from "../../core/analyzer";
import {
  createReferenceData,
  parseSbmOverrideCsv,
  readSbmOverrideSheet,
  type ReferenceData,
  type SbmOverrideSet,
} from "../../core/reference";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import { analyzerOptions, type PaneSettings, type UserSbmFile } from "../settings";

export { isSbmOverrideSheetName } from "../../core/reference";

/** The analysis as the pane keeps it: plain data (no tree of Decimals), so it can cross from a worker. */
export interface PaneAnalysis {
  result: Omit<AnalysisResult, "tree">;
  /** Where the user's standar biaya came from, with problems in rows that were left out. */
  overrides: ReferenceData["overrides"];
  overrideProblems: ReferenceData["overrideProblems"];
}

let cache: { key: string; data: ReferenceData } | undefined;

function referenceFor(userSbm: UserSbmFile | undefined, sheets: readonly SheetSnapshot[]): ReferenceData {
  const sets: SbmOverrideSet[] = [];
  if (userSbm) sets.push(parseSbmOverrideCsv(userSbm.text, userSbm.name));
  for (const s of sheets) {
    const set = readSbmOverrideSheet(s);
    if (set) sets.push(set);
  }
  // Rebuilding the tables is cheap but not free; a repeated check with the same inputs reuses them.
  const key = JSON.stringify([
    userSbm?.name,
    userSbm?.text.length,
    userSbm?.text.slice(0, 200),
    sheets.map((s) => s.name + s.values.length),
  ]);
  if (!cache || cache.key !== key || sheets.length > 0) cache = { key, data: createReferenceData({ overrides: sets }) };
  return cache.data;
}

/** Throws TelaahInputError when the sheet holds no budget table (the pane shows it as an error). */
export function analyzeSheet(
  sheet: SheetSnapshot,
  settings: PaneSettings,
  overrideSheets: readonly SheetSnapshot[] = []
): PaneAnalysis {
  const reference = referenceFor(settings.userSbm, overrideSheets);
  const analyzer = createAnalyzer(analyzerOptions(settings), { environment: () => ({ reference }) });
  const { tree: _tree, ...result } = analyzer.analyze(sheet);
  return { result, overrides: reference.overrides, overrideProblems: reference.overrideProblems };
}

/** Rows in the user's CSV (for the settings page), without building the tables. */
export function countUserSbm(file: UserSbmFile): { rows: number; problems: { lokasi: string; pesan: string }[] } {
  const set = parseSbmOverrideCsv(file.text, file.name);
  return { rows: set.rows.length, problems: set.problems };
}
