import { formatRupiah } from "../../core/money/parse-number";
import type { Decimal } from "../../core/money/decimal";
import type { ChangedField, ComparisonResult, FieldChange, LevelTotal, LineChange } from "../../core/compare";
import { LEVEL_NAMES } from "../../core/tree/types";
import type { SideInfo } from "./json";

const FIELD_LABEL: Record<ChangedField, string> = {
  uraian: "uraian",
  rincian: "rincian",
  volume: "volume",
  satuan: "satuan",
  hargaSatuan: "harga satuan",
  jumlah: "jumlah",
  letak: "letak",
};
const SEVERITY_LABEL = { error: "GALAT", warning: "PERINGATAN", info: "INFO" } as const;

const rp = (d: Decimal | null) => (d === null ? "-" : formatRupiah(d));
const signed = (d: Decimal) => (d.isPositive() && !d.isZero() ? `+${formatRupiah(d)}` : formatRupiah(d));

function fieldText(f: FieldChange): string {
  const show = (v: FieldChange["semula"]) => {
    if (v === null) return "(kosong)";
    if (typeof v === "string") return `"${v.trim()}"`;
    return f.field === "volume" ? formatRupiah(v, false) : formatRupiah(v);
  };
  return `${FIELD_LABEL[f.field]} ${show(f.semula)} -> ${show(f.menjadi)}`;
}

function changeLines(result: ComparisonResult, c: LineChange): string[] {
  const rowA = c.semula === undefined ? null : result.semula.rows[c.semula].row + 1;
  const rowB = c.menjadi === undefined ? null : result.menjadi.rows[c.menjadi].row + 1;
  const what = c.level === "detil" ? "" : `${LEVEL_NAMES[c.level]} `;
  const label = `${what}${c.uraian.trim()}`;
  if (c.kind === "added") return [`  + baris ${rowB} (baru): ${label}: ${rp(c.jumlahMenjadi)}`];
  if (c.kind === "removed") return [`  - baris ${rowA} (dihapus): ${label}: ${rp(c.jumlahSemula)}`];
  const fields = c.fields.map(fieldText).join("; ");
  const delta = c.selisih.isZero() ? "" : `; selisih ${signed(c.selisih)}`;
  return [`  ~ baris ${rowA} -> ${rowB}: ${label}`, `      ${fields}${delta}`];
}

function totalsTable(
  title: string,
  rows: { label: string; semula: Decimal | null; menjadi: Decimal | null; selisih: Decimal }[]
): string[] {
  if (!rows.length) return [];
  const width = Math.min(60, Math.max(...rows.map((r) => r.label.length)));
  const cells = rows.map((r) => [rp(r.semula), rp(r.menjadi), signed(r.selisih)]);
  const w = [0, 1, 2].map((k) =>
    Math.max(...cells.map((c) => c[k].length), ["Semula", "Menjadi", "Selisih"][k].length)
  );
  const out = [
    title,
    `  ${"".padEnd(width)}  ${"Semula".padStart(w[0])}  ${"Menjadi".padStart(w[1])}  ${"Selisih".padStart(w[2])}`,
  ];
  rows.forEach((r, i) =>
    out.push(
      `  ${r.label.slice(0, width).padEnd(width)}  ${cells[i][0].padStart(w[0])}  ${cells[i][1].padStart(w[1])}  ${cells[i][2].padStart(w[2])}`
    )
  );
  out.push("");
  return out;
}

const levelRows = (ts: LevelTotal[]) =>
  ts
    .filter((t) => !t.selisih.isZero())
    .map((t) => ({
      label: `${t.path.join("/")} ${t.level === "akun" ? "" : t.uraian.trim()}`.trim(),
      semula: t.rowSemula === undefined ? null : t.semula,
      menjadi: t.rowMenjadi === undefined ? null : t.menjadi,
      selisih: t.selisih,
    }));

/** The readable Indonesian report: where the budget changed, line by line, then totals and flags. */
export function formatComparisonText(
  result: ComparisonResult,
  semula: SideInfo,
  menjadi: SideInfo,
  extra: string[] = []
): string {
  const out: string[] = [];
  out.push("Telaah: komparasi semula / menjadi");
  out.push(`Semula : ${semula.file}, lembar "${semula.sheet}" (${semula.layout})`);
  out.push(`Menjadi: ${menjadi.file}, lembar "${menjadi.sheet}" (${menjadi.layout})`);
  out.push(...extra);
  const p = result.totals.pagu;
  out.push(`Jumlah pagu: ${rp(p.semula)} -> ${rp(p.menjadi)} (selisih ${signed(p.selisih)})`);
  const count = (k: LineChange["kind"]) => result.changes.filter((c) => c.kind === k).length;
  out.push(`Perubahan: ${count("changed")} berubah, ${count("added")} baru, ${count("removed")} dihapus`);
  out.push("");
  if (!result.changes.length) out.push("Tidak ada baris yang berubah.", "");
  let place = "";
  for (const c of result.changes) {
    const here = c.path.join("/") || "(tanpa kode)";
    if (here !== place) {
      out.push(here);
      place = here;
    }
    out.push(...changeLines(result, c));
  }
  if (result.changes.length) out.push("");
  const jb = result.totals.jenisBelanja.map((j) => ({
    label: `${j.kode} ${j.uraian}`,
    semula: j.semula,
    menjadi: j.menjadi,
    selisih: j.selisih,
  }));
  out.push(...totalsTable("Jumlah per jenis belanja:", jb));
  out.push(...totalsTable("Jumlah per RO yang berubah:", levelRows(result.totals.ro)));
  out.push(...totalsTable("Jumlah per komponen yang berubah:", levelRows(result.totals.komponen)));
  out.push(...totalsTable("Jumlah per akun yang berubah:", levelRows(result.totals.akun)));
  if (result.flags.length) {
    out.push("Catatan revisi:");
    for (const f of result.flags)
      out.push(`  ${SEVERITY_LABEL[f.severity]} ${f.rule}: ${f.message}`, `    Dasar: ${f.basis}`);
  } else out.push("Catatan revisi: pagu tetap dan tidak ada pergeseran antar jenis belanja.");
  return out.join("\n") + "\n";
}
