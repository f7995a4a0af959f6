import { ZERO, type Decimal } from "../../money/decimal";
import { formatRupiah } from "../../money/parse-number";
import { toA1 } from "../../sheet/address";
import { LEVEL_NAMES, type BudgetRow, type BudgetTree } from "../../tree/types";
import type { Rule } from "../rule";

/** Money of a row: jumlah for RAB layouts, pagu for RPA sheets. */
function amountOf(r: BudgetRow) {
  return r.jumlah?.value !== undefined && r.jumlah.value !== null ? r.jumlah : r.pagu?.value ? r.pagu : undefined;
}

/** Sum of the detail lines beneath each row, computed once bottom-up. */
function detailSums(tree: BudgetTree): (Decimal | null)[] {
  const out: (Decimal | null)[] = new Array(tree.rows.length).fill(null);
  for (let i = tree.rows.length - 1; i >= 0; i--) {
    const r = tree.rows[i];
    if (r.level === "detil") {
      out[i] = amountOf(r)?.value ?? null;
      continue;
    }
    let s: Decimal | null = null;
    for (const c of r.children) if (out[c] !== null) s = (s ?? ZERO).plus(out[c]!);
    out[i] = s;
  }
  return out;
}

/**
 * Every total equals the sum beneath it. A wrong total is reported once, where it is wrong: only when it
 * disagrees both with its direct children as shown and with the sum recomputed from the detail lines.
 */
export const arithTotal: Rule = {
  id: "ARITH-TOTAL",
  family: "ARITH",
  description: "Setiap total harus sama dengan jumlah rincian di bawahnya.",
  defaultSeverity: "error",
  basis: "PMK 62/2023 jo. PMK 107/2024 Lampiran II: alokasi setiap tingkat adalah jumlah rincian di bawahnya",
  messages: {
    salah: {
      id: "Total {level} {actual} tidak sama dengan jumlah rinciannya {expected} (selisih {selisih}).",
      en: "{level} total {actual} differs from the sum of its lines {expected} (difference {selisih}).",
    },
  },
  check(ctx) {
    const sums = detailSums(ctx.tree);
    for (const r of ctx.tree.rows) {
      if (r.level === "detil" || r.children.length === 0) continue;
      const cell = amountOf(r);
      if (!cell || cell.value === null) continue;
      let shown: Decimal | null = null;
      for (const ci of r.children) {
        const v = amountOf(ctx.tree.rows[ci])?.value;
        if (v) shown = (shown ?? ZERO).plus(v);
      }
      const recomputed = sums[r.index];
      if (shown === null || recomputed === null) continue;
      if (cell.value.equals(shown) || cell.value.equals(recomputed)) continue;
      const expected = recomputed;
      ctx.report({
        messageId: "salah",
        data: {
          level: LEVEL_NAMES[r.level] + (r.kode ? ` ${r.kode}` : ` "${r.uraian.replace(/^[\s>]+/, "").slice(0, 60)}"`),
          actual: formatRupiah(cell.value),
          expected: formatRupiah(expected),
          selisih: formatRupiah(cell.value.minus(expected)),
        },
        at: r,
        col: cell.col,
        expected: expected.toFixed(),
        actual: cell.value.toFixed(),
        fix: {
          cell: toA1(r.row, cell.col),
          value: expected.toNumber(),
          label: `Ubah total menjadi ${formatRupiah(expected)}`,
        },
      });
    }
  },
};
