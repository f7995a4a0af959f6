import { ZERO, type Decimal } from "../../money/decimal";
import { formatRupiah } from "../../money/parse-number";
import { addSafe, toSafeInteger } from "../../money/safe-integer";
import { toA1 } from "../../sheet/address";
import { LEVEL_NAMES, type BudgetRow, type BudgetTree } from "../../tree/types";
import type { Rule } from "../rule";

/** Money of a row: jumlah for RAB layouts, pagu for RPA sheets. */
function amountOf(r: BudgetRow) {
  return r.jumlah?.value !== undefined && r.jumlah.value !== null ? r.jumlah : r.pagu?.value ? r.pagu : undefined;
}

/**
 * Sum of the detail lines beneath a row (null when none has an amount), computed on demand and kept:
 * only rows the integer comparison cannot settle need it.
 */
function detailSums(tree: BudgetTree): (i: number) => Decimal | null {
  const memo = new Map<number, Decimal | null>();
  const of = (i: number): Decimal | null => {
    const hit = memo.get(i);
    if (hit !== undefined) return hit;
    const r = tree.rows[i];
    let s: Decimal | null = null;
    if (r.level === "detil") s = amountOf(r)?.value ?? null;
    else
      for (const c of r.children) {
        const v = of(c);
        if (v !== null) s = (s ?? ZERO).plus(v);
      }
    memo.set(i, s);
    return s;
  };
  return of;
}

/** A value as a safe integer, NaN when it is not one (a fraction or too large), null when absent. */
function fastOf(v: Decimal | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  return toSafeInteger(v) ?? NaN;
}

/**
 * detailSums in plain integers: null where detailSums is null, NaN where a value or partial sum is not
 * a safe integer (there only the Decimal sums can answer).
 */
function fastDetailSums(tree: BudgetTree): (number | null)[] {
  const out: (number | null)[] = new Array(tree.rows.length).fill(null);
  for (let i = tree.rows.length - 1; i >= 0; i--) {
    const r = tree.rows[i];
    if (r.level === "detil") {
      out[i] = fastOf(amountOf(r)?.value);
      continue;
    }
    let s: number | null = null;
    for (const c of r.children) if (out[c] !== null) s = addSafe(s ?? 0, out[c]!);
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
    // Whole rupiah within 2^53 are compared as plain integers; the Decimal sums are computed only if a
    // row needs them (a fraction, a huge amount, or a total that looks wrong).
    const fastSums = fastDetailSums(ctx.tree);
    const decimalSum = detailSums(ctx.tree);
    for (const r of ctx.tree.rows) {
      if (r.level === "detil" || r.children.length === 0) continue;
      const cell = amountOf(r);
      if (!cell || cell.value === null) continue;
      const fastRecomputed = fastSums[r.index];
      if (fastRecomputed === null) continue;
      let fastShown: number | null = null;
      for (const ci of r.children) {
        const v = fastOf(amountOf(ctx.tree.rows[ci])?.value);
        if (v !== null) fastShown = addSafe(fastShown ?? 0, v);
      }
      if (fastShown === null) continue;
      const fastCell = fastOf(cell.value);
      // NaN never equals: those rows fall through to the exact Decimal comparison.
      if (fastCell === fastShown || fastCell === fastRecomputed) continue;
      let shown: Decimal | null = null;
      for (const ci of r.children) {
        const v = amountOf(ctx.tree.rows[ci])?.value;
        if (v) shown = (shown ?? ZERO).plus(v);
      }
      const recomputed = decimalSum(r.index);
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
