import path from "path";
import type ExcelJS from "exceljs";
import type { Finding, Severity } from "../core/findings/finding";
import { TelaahInputError } from "../core/errors";

/** Fills per severity, ARGB; the same meaning as the task pane's marks. */
const FILL: Record<Severity, string> = { error: "FFF4CCCC", warning: "FFFFF2CC", info: "FFDDEBF7" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Writes a copy of the workbook with each finding's cell filled by its worst severity and a note
 * carrying the messages. The input file is never written: a path equal to it is refused.
 */
export async function writeMarkedCopy(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  findings: readonly Finding[],
  inputFile: string,
  outFile: string
): Promise<void> {
  if (path.resolve(outFile) === path.resolve(inputFile))
    throw new TelaahInputError(
      "Berkas keluaran tidak boleh sama dengan berkas masukan: Telaah tidak menimpa berkas Anda.",
      "SAME_FILE"
    );
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
  for (const [address, list] of byCell) {
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const cell = worksheet.getCell(address);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[worst.severity] } };
    const text = list.map((f) => `[${f.rule}] ${f.message}\nDasar: ${f.basis}`).join("\n\n");
    cell.note = { texts: [{ text: `Telaah:\n${text}` }] } as ExcelJS.Comment;
  }
  try {
    await workbook.xlsx.writeFile(outFile);
  } catch (e) {
    throw new TelaahInputError(
      `Salinan bertanda tidak dapat ditulis ke ${outFile}: ${(e as Error).message}`,
      "WRITE_FAILED"
    );
  }
}
