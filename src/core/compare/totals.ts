import { ZERO, type Decimal } from "../money/decimal";
import { JENIS_BELANJA } from "../../data/jenis-belanja";
import type { Level } from "../tree/types";
import type { IndexedTree } from "./index-tree";
import type { AlignedRow, AmountPair, ComparisonTotals, JenisBelanjaTotal, LevelTotal } from "./types";

// The small jenis belanja list only: the BAS akun table stays out of the comparison's bundle.
const JENIS_NAMES = new Map(JENIS_BELANJA.map(([kode, uraian]) => [kode, uraian]));

export function amountPair(semula: Decimal, menjadi: Decimal): AmountPair {
  return { semula, menjadi, selisih: menjadi.minus(semula) };
}

/** Jumlah per jenis belanja (first two digits of the akun) over the leaves: every rupiah counted once. */
function byJenis(t: IndexedTree): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const r of t.rows) {
    if (r.children.length) continue;
    const kode = r.akun && /^\d{6}$/.test(r.akun) ? r.akun.slice(0, 2) : "??";
    out.set(kode, (out.get(kode) ?? ZERO).plus(t.total[r.index]));
  }
  return out;
}

function leafSum(t: IndexedTree): Decimal {
  return t.rows.reduce((s, r) => (r.children.length ? s : s.plus(t.total[r.index])), ZERO);
}

/** A KRO that holds komponen directly (old outputs with no RO line) is the output level there. */
function isOutput(t: IndexedTree, i: number): boolean {
  const r = t.rows[i];
  return r.level === "ro" || (r.level === "kro" && !r.children.some((c) => t.rows[c].level === "ro"));
}

/**
 * Totals per RO, komponen and akun, in the side-by-side order, for every such row on either side.
 * Callers that report only differences filter on a non-zero selisih.
 */
export function computeTotals(A: IndexedTree, B: IndexedTree, aligned: readonly AlignedRow[]): ComparisonTotals {
  const lists: Record<"ro" | "komponen" | "akun", LevelTotal[]> = { ro: [], komponen: [], akun: [] };
  for (const row of aligned) {
    const a = row.semula ?? -1;
    const b = row.menjadi ?? -1;
    const t = b >= 0 ? B : A;
    const i = b >= 0 ? b : a;
    const level: Level = t.rows[i].level;
    const bucket = level === "akun" ? "akun" : level === "komponen" ? "komponen" : isOutput(t, i) ? "ro" : null;
    if (!bucket) continue;
    const entry: LevelTotal = {
      level,
      kode: t.qual[i] ?? t.rows[i].kode ?? "",
      path: t.rows[i].path,
      uraian: t.rows[i].uraian,
      ...amountPair(a >= 0 ? A.total[a] : ZERO, b >= 0 ? B.total[b] : ZERO),
    };
    if (a >= 0) entry.rowSemula = A.rows[a].row;
    if (b >= 0) entry.rowMenjadi = B.rows[b].row;
    lists[bucket].push(entry);
  }
  const ja = byJenis(A);
  const jb = byJenis(B);
  const codes = [...new Set([...ja.keys(), ...jb.keys()])].sort();
  const jenis: JenisBelanjaTotal[] = codes.map((kode) => ({
    kode,
    uraian: kode === "??" ? "Tanpa akun" : (JENIS_NAMES.get(kode) ?? `Jenis belanja ${kode}`),
    ...amountPair(ja.get(kode) ?? ZERO, jb.get(kode) ?? ZERO),
  }));
  return { pagu: amountPair(leafSum(A), leafSum(B)), jenisBelanja: jenis, ...lists };
}
