import type { LayoutResult } from "../../layout/types";
import type { BudgetRow, NumberCell } from "../../tree/types";

/** The budget table's last column: the rightmost column the layout found (months and volume pairs included). */
export function lastTableColumn(layout: LayoutResult): number {
  let max = 0;
  for (const c of Object.values(layout.columns)) if (c !== undefined && c > max) max = c;
  for (const m of layout.months) max = Math.max(max, m.percent ?? 0, m.rupiah ?? 0);
  for (const p of layout.volumePairs) max = Math.max(max, p.number, p.unit);
  return max;
}

/** The numeric cells the tree read from one row, with the column name used in messages. */
export function numberCells(r: BudgetRow): { cell: NumberCell; kolom: string }[] {
  const out: { cell: NumberCell; kolom: string }[] = [];
  if (r.volume) out.push({ cell: r.volume, kolom: "volume" });
  if (r.hargaSatuan) out.push({ cell: r.hargaSatuan, kolom: "harga satuan" });
  if (r.jumlah) out.push({ cell: r.jumlah, kolom: "jumlah" });
  if (r.pagu) out.push({ cell: r.pagu, kolom: "pagu" });
  for (const m of r.months ?? []) {
    if (m.percent) out.push({ cell: m.percent, kolom: `% bulan ${m.month}` });
    if (m.rupiah) out.push({ cell: m.rupiah, kolom: `Rp bulan ${m.month}` });
  }
  return out;
}

/** Total-carrying cells of a row: jumlah, pagu and the months' rupiah (the columns parents add up). */
export function totalCells(r: BudgetRow): NumberCell[] {
  const out: NumberCell[] = [];
  if (r.jumlah) out.push(r.jumlah);
  if (r.pagu) out.push(r.pagu);
  for (const m of r.months ?? []) if (m.rupiah) out.push(m.rupiah);
  return out;
}

/** A cell holding something: a value, a formula or an error. */
export function isFilled(c: NumberCell | undefined): c is NumberCell {
  return !!c && (c.value !== null || !!c.formula || !!c.error);
}

export const RUMUS_BASIS =
  "Kaidah lembar kerja anggaran: setiap jumlah dihitung dari rinciannya (PMK 62/2023 jo. PMK 107/2024 Lampiran II: jumlah biaya = volume x harga satuan; alokasi setiap tingkat adalah jumlah rincian di bawahnya)";
