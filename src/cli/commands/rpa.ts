import path from "path";
import type ExcelJS from "exceljs";
import { TelaahInputError } from "../../core/errors";
import { summarize, type Finding } from "../../core/findings/finding";
import { formatRupiah, sum, type Decimal } from "../../core/money";
import {
  defaultProfileFor,
  describeProfile,
  fillPlan,
  halamanIII,
  leaves,
  planFromTree,
  planWrites,
  profilesFromSpecs,
  walk,
  type CellWrite,
  type HalamanIII,
} from "../../core/rpa";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import { buildTree } from "../../core/tree/build";
import { parseCommandArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from "../io";
import { RPA_USAGE } from "../usage";
import { writeMarkedCopy } from "../mark-copy";
import { excelSheet, openBudget } from "../workbook-input";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "GALAT", warning: "PERINGATAN", info: "INFO" };
const BULAN_SINGKAT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Writes the engine's values into the copy; a number format only where the sheet had none. */
function applyWrites(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const target = ws.getRow(w.row + 1).getCell(w.col + 1);
    target.value = Number(w.value.toFixed());
    const existing = sheet.numberFormats?.[w.row]?.[w.col];
    if (!existing || existing === "General")
      target.numFmt = w.kind === "rupiah" ? "#,##0" : w.asFraction ? "0.00%" : "0.00";
  }
}

function halamanIIIText(h: HalamanIII): string[] {
  const n = (v: Decimal) => formatRupiah(v, false);
  const header = ["JB", ...BULAN_SINGKAT, "Jumlah"];
  const body = [
    ...h.rows.map((r) => [r.jenisBelanja, ...r.ribuan.map(n), n(r.jumlahRibuan)]),
    ["Total", ...h.total.ribuan.map(n), n(h.total.jumlahRibuan)],
  ];
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    "  " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return ["Halaman III (ribuan rupiah):", line(header), ...body.map(line)];
}

/** `telaah rpa`: fills the RPA sheet's empty month cells (exact rupiah and %) and writes a copy. */
export async function runRpa(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: "string" },
    keluaran: { type: "string" },
    lembar: { type: "string" },
    profil: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError(`Sebutkan tepat satu berkas. Pemakaian: ${RPA_USAGE}`);
  const file = positionals[0];
  const out = values.out ?? values.keluaran;
  if (!out) throw new UsageError(`Sebutkan berkas salinan dengan --out. Pemakaian: ${RPA_USAGE}`);
  if (path.resolve(out) === path.resolve(file))
    throw new TelaahInputError(
      "Berkas keluaran tidak boleh sama dengan berkas masukan: Telaah tidak menimpa berkas Anda.",
      "SAME_FILE"
    );
  const profiles = profilesFromSpecs(values.profil ?? []);

  let input;
  try {
    input = await openBudget(file, values.lembar, (l) => l.kind === "rpa");
  } catch (e) {
    if (e instanceof TelaahInputError && e.code === "NO_BUDGET")
      throw new TelaahInputError(
        `${values.lembar ? `Lembar "${values.lembar}"` : `Tidak ada lembar di ${file} yang`} memuat tabel RPA (Kode, Uraian, Pagu, kolom Januari–Desember).`,
        "NO_RPA"
      );
    throw e;
  }
  const tree = buildTree(input.sheet, input.layout);
  const plan = planFromTree(tree, input.sheet);
  if (plan.roots.length === 0)
    throw new TelaahInputError(`Lembar "${input.sheet.name}" tidak memuat baris dengan pagu.`, "NO_LINES");
  const result = fillPlan(plan.roots, { profiles });
  const writes = planWrites(plan, result.roots);
  const { workbook, worksheet } = await excelSheet(input);
  applyWrites(worksheet, input.sheet, writes);
  workbook.calcProperties.fullCalcOnLoad = true;
  const findings = [...plan.findings, ...result.findings];
  await writeMarkedCopy(workbook, worksheet, findings, file, out);

  const lines = leaves(result.roots);
  const typedKept = [...walk(plan.roots)].reduce(
    (n, node) => n + node.months.filter((c) => c.state === "typed").length,
    0
  );
  const unplanned = sum([...result.unplanned.values()]);
  const h3 = halamanIII(result.roots);
  const summary = summarize(findings);
  const jbs = [
    ...new Set(["51", "52", "53", "57", ...h3.rows.map((r) => r.jenisBelanja).filter((j) => j !== "?")]),
  ].sort();

  if (values.json) {
    io.out(
      JSON.stringify({
        file,
        sheet: input.sheet.name,
        out,
        lines: lines.length,
        cellsWritten: writes.length,
        typedCellsKept: typedKept,
        unplanned: Number(unplanned.toFixed()),
        halamanIII: Object.fromEntries(
          h3.rows.map((r) => [
            r.jenisBelanja,
            { ribuan: r.ribuan.map((v) => Number(v.toFixed())), jumlah: Number(r.jumlahRibuan.toFixed()) },
          ])
        ),
        summary,
        findings: findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          sheet: f.sheet,
          cell: f.cell,
          row: f.row,
          message: f.message,
          basis: f.basis,
        })),
      }) + "\n"
    );
  } else {
    const text: string[] = [
      `Telaah RPA: ${file}`,
      `Lembar "${input.sheet.name}", tata letak: ${input.layout.name}`,
      `Baris rencana: ${lines.length}; sel ditulis: ${writes.filter((w) => w.kind === "rupiah").length} Rp dan ${writes.filter((w) => w.kind === "percent").length} %; isian pengguna dipertahankan: ${typedKept} sel`,
    ];
    if (plan.blankTemplateRows)
      text.push(`Baris templat (semua bulan 0) diperlakukan kosong: ${plan.blankTemplateRows}`);
    if (plan.formulaCells) text.push(`Sel bulan berisi rumus atau galat, dibiarkan: ${plan.formulaCells}`);
    if (!unplanned.isZero()) text.push(`Belum direncanakan / sisa dana: Rp${formatRupiah(unplanned, false)}`);
    text.push(
      `Profil: ${jbs.map((jb) => `${jb} ${describeProfile(profiles[jb] ?? defaultProfileFor(jb))}`).join("; ")}`
    );
    text.push(...halamanIIIText(h3));
    text.push(`Temuan: ${summary.error} galat, ${summary.warning} peringatan, ${summary.info} info`);
    for (const f of findings) {
      text.push(`${f.cell.padEnd(7)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule}: ${f.message}`);
    }
    text.push(`Salinan terisi ditulis ke ${out}`);
    io.out(text.join("\n") + "\n");
  }
  return summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
