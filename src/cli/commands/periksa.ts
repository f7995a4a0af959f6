import { createAnalyzer } from "../../core/analyzer";
import type { Tahap } from "../../core/options";
import { parseCommandArgs, parseYear } from "../args";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from "../io";
import { PERIKSA_USAGE } from "../usage";
import { writeMarkedCopy } from "../mark-copy";
import { formatTextReport } from "../report-text";
import { excelSheet, openBudget } from "../workbook-input";
import { createCliEnvironment } from "../environment";

/** `telaah periksa`: checks one budget sheet and reports its findings. */
export async function runPeriksa(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lembar: { type: "string" },
    tahun: { type: "string" },
    provinsi: { type: "string" },
    tahap: { type: "string" },
    sbm: { type: "string" },
    json: { type: "boolean" },
    keluaran: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError(`Sebutkan tepat satu berkas. Pemakaian: ${PERIKSA_USAGE}`);
  const file = positionals[0];
  const tahap = (values.tahap ?? "perencanaan") as Tahap;
  if (tahap !== "perencanaan" && tahap !== "pelaksanaan")
    throw new UsageError(`--tahap harus "perencanaan" atau "pelaksanaan", bukan "${values.tahap}".`);
  const tahun = parseYear(values.tahun);

  const input = await openBudget(file, values.lembar);
  const environment = await createCliEnvironment({ sbmFile: values.sbm, sheets: input.source });
  const analyzer = createAnalyzer({ tahun, provinsi: values.provinsi, tahap, lembar: values.lembar }, { environment });
  const result = analyzer.analyze(input.sheet, input.layout);
  if (values.keluaran) {
    // ExcelJS's model is loaded only now, for the copy.
    const { workbook, worksheet } = await excelSheet(input);
    await writeMarkedCopy(workbook, worksheet, result.findings, file, values.keluaran);
  }

  if (values.json) {
    const payload = {
      file,
      sheet: result.sheet,
      layout: result.layout.kind,
      summary: result.summary,
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        row: f.row,
        message: f.message,
        expected: f.expected ?? null,
        actual: f.actual ?? null,
        basis: f.basis,
      })),
    };
    io.out(JSON.stringify(payload) + "\n");
  } else {
    const extra = values.keluaran ? [`Salinan bertanda ditulis ke ${values.keluaran}`] : [];
    io.out(formatTextReport(file, result, extra));
  }
  return result.summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
