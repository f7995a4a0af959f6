import type { AnalysisResult } from "../core/analyzer";
import { ruleFamily, type Finding } from "../core/findings/finding";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "GALAT", warning: "PERINGATAN", info: "INFO" };

/** The readable Indonesian report: counts first, then findings in sheet-row order. */
export function formatTextReport(file: string, result: AnalysisResult, extraLines: string[] = []): string {
  const lines: string[] = [];
  const s = result.summary;
  lines.push(`Telaah: ${file}`);
  lines.push(`Lembar "${result.sheet}", tata letak: ${result.layout.name}`);
  lines.push(`Baris anggaran: ${result.stats.rows} (akun ${result.stats.akun}, detil ${result.stats.detil})`);
  const sbm = result.stats.sbm;
  if (sbm?.dijalankan)
    lines.push(
      `Standar biaya TA${sbm.tahun}: ${sbm.cocok} detil dicocokkan dengan item SBM, ${sbm.tidakCocok} tidak cocok dengan item mana pun (bukan temuan)`
    );
  for (const l of extraLines) lines.push(l);
  lines.push(`Temuan: ${s.error} galat, ${s.warning} peringatan, ${s.info} info`);
  const byFamily = new Map<string, number>();
  for (const f of result.findings) byFamily.set(ruleFamily(f.rule), (byFamily.get(ruleFamily(f.rule)) ?? 0) + 1);
  if (byFamily.size) lines.push(`Per kelompok aturan: ${[...byFamily].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const p of result.layout.problems) lines.push(`Catatan tata letak: ${p}`);
  lines.push("");
  for (const f of result.findings) {
    lines.push(`${f.cell.padEnd(7)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule}: ${f.message}`);
    lines.push(`        Dasar: ${f.basis}`);
  }
  if (result.findings.length === 0) lines.push("Tidak ada temuan.");
  return lines.join("\n") + "\n";
}
