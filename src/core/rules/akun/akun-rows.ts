import type { BudgetRow, BudgetTree } from "../../tree/types";

/** Where an akun is written: an akun row, or (MonSAKTI items) the first item of a run under one code. */
export interface AkunAt {
  row: BudgetRow;
  kode: string;
  /** The name written beside the code; "" when the layout has none (MonSAKTI). */
  uraian: string;
  col: number;
}

/** Every place an akun code is written, once per akun row (once per run of items in MonSAKTI exports). */
export function akunRows(tree: BudgetTree): AkunAt[] {
  const out: AkunAt[] = [];
  const cols = tree.layout.columns;
  if (tree.layout.kind === "monsakti-item") {
    let last: string | undefined;
    for (const r of tree.rows) {
      if (r.akun && r.akun !== last) out.push({ row: r, kode: r.akun, uraian: "", col: cols.kodeAkun ?? 0 });
      last = r.akun;
    }
    return out;
  }
  for (const r of tree.rows)
    // A code of no akun shape read as a heading is STRUK-KODE's finding, not BAS's.
    if (r.level === "akun" && r.kode && !r.unrecognizedKode)
      out.push({ row: r, kode: r.kode, uraian: r.uraian, col: cols.kode ?? cols.uraian ?? 0 });
  return out;
}

/** A program of BA 999 (Bendahara Umum Negara), which may use jenis belanja 54-56 and 58. */
export function underBaBun(r: BudgetRow): boolean {
  return r.path.some((k) => /^999\./.test(k));
}

/** The uraian of a detail line without its list dash and volume expression, for messages. */
export function shortUraian(uraian: string): string {
  return uraian
    .replace(/^[-\s>]+/, "")
    .replace(/\s*\[[^\]]*\]\s*$/, "")
    .replace(/\s+/g, " ")
    .slice(0, 80);
}
