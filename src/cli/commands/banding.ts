import { compareBudgets } from "../../core/compare";
import { TelaahInputError } from "../../core/errors";
import { detectLayout } from "../../core/layout/detect";
import { buildTree } from "../../core/tree/build";
import { parseCommandArgs } from "../args";
import { comparisonJson, type SideInfo } from "../banding/json";
import { formatComparisonText } from "../banding/text";
import { writeComparisonWorkbook } from "../banding/workbook";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from "../io";
import { BANDING_USAGE } from "../usage";
import { findSheet, openBudget, type BudgetInput } from "../workbook-input";
import { openWorkbookSource } from "../workbook-source";

/**
 * The sheet to compare: by name, or by its 1-based position when no sheet has that name ("2" = the
 * second sheet); without --lembar, the first sheet that holds a budget table.
 */
async function openSide(file: string, lembar: string | undefined): Promise<BudgetInput> {
  if (!lembar || !/^\d+$/.test(lembar.trim())) return openBudget(file, lembar);
  const source = await openWorkbookSource(file);
  if (findSheet(source, lembar) >= 0) return openBudget(file, lembar);
  const n = Number(lembar);
  if (n < 1 || n > source.sheetNames.length)
    throw new TelaahInputError(
      `${file} hanya memuat ${source.sheetNames.length} lembar; lembar ke-${n} tidak ada.`,
      "NO_SHEET"
    );
  const sheet = await source.sheet(n - 1);
  const layout = detectLayout(sheet);
  if (!layout)
    throw new TelaahInputError(
      `Lembar ke-${n} ("${source.sheetNames[n - 1]}") di ${file} tidak memuat tabel anggaran yang dikenali.`,
      "NO_BUDGET"
    );
  return { source, sheetIndex: n - 1, sheet, layout };
}

/**
 * `telaah banding`: compares a budget before and after a revisi. Exit code 1 when the revisi changes
 * the pagu or moves money between jenis belanja (an error flag), 0 otherwise, 2 for unusable input.
 */
export async function runBanding(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    "lembar-semula": { type: "string" },
    "lembar-menjadi": { type: "string" },
    json: { type: "boolean" },
    keluaran: { type: "string" },
  });
  if (positionals.length !== 2)
    throw new UsageError(`Sebutkan dua berkas: semula lalu menjadi. Pemakaian: ${BANDING_USAGE}`);
  const [fileA, fileB] = positionals;
  const a = await openSide(fileA, values["lembar-semula"]);
  const b = await openSide(fileB, values["lembar-menjadi"]);
  const result = compareBudgets(buildTree(a.sheet, a.layout), buildTree(b.sheet, b.layout));
  const infoA: SideInfo = { file: fileA, sheet: a.sheet.name, layout: a.layout.kind };
  const infoB: SideInfo = { file: fileB, sheet: b.sheet.name, layout: b.layout.kind };
  if (values.keluaran) await writeComparisonWorkbook(result, infoA, infoB, values.keluaran);

  if (values.json) io.out(JSON.stringify(comparisonJson(result, infoA, infoB)) + "\n");
  else {
    const extra = values.keluaran ? [`Lembar komparasi ditulis ke ${values.keluaran}`] : [];
    io.out(
      formatComparisonText(result, { ...infoA, layout: a.layout.name }, { ...infoB, layout: b.layout.name }, extra)
    );
  }
  return result.flags.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}
