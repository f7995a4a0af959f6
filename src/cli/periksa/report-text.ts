import { ruleFamily, type Finding } from "../../core/findings/finding";
import type { CheckedFile, FileOutcome } from "./check-file";
import { batchTotals } from "./report-json";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "GALAT", warning: "PERINGATAN", info: "INFO" };

/**
 * The readable Indonesian report: counts first, then findings in sheet-row order (`findings: false`,
 * for --ringkas, leaves the list out).
 */
export function formatTextReport(result: CheckedFile, { findings = true } = {}): string {
  const lines: string[] = [];
  const s = result.summary;
  lines.push(`Telaah: ${result.file}`);
  lines.push(`Lembar "${result.sheet}", tata letak: ${result.layout.name}`);
  lines.push(`Baris anggaran: ${result.stats.rows} (akun ${result.stats.akun}, detil ${result.stats.detil})`);
  const sbm = result.stats.sbm;
  if (sbm?.dijalankan)
    lines.push(
      `Standar biaya TA${sbm.tahun}: ${sbm.cocok} detil dicocokkan dengan item SBM, ${sbm.tidakCocok} tidak cocok dengan item mana pun (bukan temuan)`
    );
  if (result.copy) lines.push(`Salinan bertanda ditulis ke ${result.copy}`);
  lines.push(`Temuan: ${s.error} galat, ${s.warning} peringatan, ${s.info} info`);
  const byFamily = new Map<string, number>();
  for (const f of result.findings) byFamily.set(ruleFamily(f.rule), (byFamily.get(ruleFamily(f.rule)) ?? 0) + 1);
  if (byFamily.size) lines.push(`Per kelompok aturan: ${[...byFamily].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const p of result.layout.problems) lines.push(`Catatan tata letak: ${p}`);
  if (!findings) return lines.join("\n") + "\n";
  lines.push("");
  for (const f of result.findings) {
    lines.push(`${f.cell.padEnd(7)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule}: ${f.message}`);
    lines.push(`        Dasar: ${f.basis}`);
  }
  if (result.findings.length === 0) lines.push("Tidak ada temuan.");
  return lines.join("\n") + "\n";
}

/** A file of a run over many that could not be checked, in the run's report. */
export function formatUnusable(o: Extract<FileOutcome, { ok: false }>): string {
  return `Telaah: ${o.file}\nTidak dapat diperiksa: ${o.reason}\n`;
}

/**
 * The table that closes a run over many files: counts per file (numbers first, so long paths do not
 * push them out of line), the totals, and why each unusable file could not be checked.
 */
export function formatBatchSummary(outcomes: readonly FileOutcome[]): string {
  const t = batchTotals(outcomes);
  const head = ["Galat", "Peringatan", "Info", "Baris"];
  const rows = outcomes.map((o) =>
    o.ok
      ? [o.checked.summary.error, o.checked.summary.warning, o.checked.summary.info, o.checked.stats.rows].map(String)
      : ["-", "-", "-", "-"]
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[], file: string) => `${cells.map((c, i) => c.padStart(widths[i])).join("  ")}  ${file}`;
  const lines = [
    `Ringkasan: ${t.files} berkas, ${t.checked} diperiksa, ${t.unusable} tidak dapat dipakai`,
    line(head, "Berkas"),
    ...outcomes.map((o, i) => line(rows[i], o.ok ? o.checked.file : `${o.file} (tidak dapat dipakai)`)),
    `Jumlah temuan: ${t.error} galat, ${t.warning} peringatan, ${t.info} info`,
  ];
  const unusable = outcomes.filter((o): o is Extract<FileOutcome, { ok: false }> => !o.ok);
  // Most reasons name their file already.
  const why = (o: Extract<FileOutcome, { ok: false }>) =>
    o.reason.includes(o.file) ? o.reason : `${o.file}: ${o.reason}`;
  if (unusable.length) lines.push("Tidak dapat dipakai:", ...unusable.map((o) => `  - ${why(o)}`));
  return lines.join("\n") + "\n";
}
