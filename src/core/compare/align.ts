import type { IndexedTree } from "./index-tree";
import type { Matching } from "./match";
import { changeFor } from "./diff";
import type { AlignedRow } from "./types";

/**
 * The side-by-side order: the menjadi rows in their order, each semula-only row placed right after
 * the nearest row above it (in semula) that has a partner, so a removed line shows where it was.
 */
export function alignRows(A: IndexedTree, B: IndexedTree, m: Matching): AlignedRow[] {
  const pending = new Map<number, number[]>(); // anchor (semula row with a partner, or -1) -> semula-only rows
  let anchor = -1;
  for (const r of A.rows) {
    const a = r.index;
    if (!A.active[a]) continue;
    if (m.a[a] >= 0) anchor = a;
    else (pending.get(anchor) ?? pending.set(anchor, []).get(anchor)!).push(a);
  }
  const out: AlignedRow[] = [];
  const emit = (a: number, b: number) => {
    const change = changeFor(A, B, m, a, b) ?? undefined;
    const t = b >= 0 ? B : A;
    const i = b >= 0 ? b : a;
    const row: AlignedRow = { level: t.rows[i].level, depth: t.depth[i], status: change ? change.kind : "sama" };
    if (a >= 0) row.semula = a;
    if (b >= 0) row.menjadi = b;
    if (change) row.change = change;
    out.push(row);
  };
  const flush = (key: number) => {
    for (const a of pending.get(key) ?? []) emit(a, -1);
  };
  flush(-1);
  for (const r of B.rows) {
    const b = r.index;
    if (!B.active[b]) continue;
    emit(m.b[b], b);
    if (m.b[b] >= 0) flush(m.b[b]);
  }
  return out;
}
