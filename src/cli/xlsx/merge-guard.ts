import { TelaahInputError } from "../../core/errors";
import type { MergedArea } from "../../core/sheet/snapshot";
import { parseA1 } from "./cell-refs";

/**
 * Most merged cells a sheet may hold. A budget has hundreds; ExcelJS makes an object for every merged
 * cell, so a merge over the whole sheet (17 billion cells) would hang it, and the fast reader's own
 * bookkeeping grows with them too. Past this the sheet is refused with a sentence, before either reader
 * starts on it.
 */
export const MAX_MERGED_CELLS = 1_000_000;

const cellsOf = (m: MergedArea): number => (m.bottom - m.top + 1) * (m.right - m.left + 1);

/** Throws when the merges together cover more than MAX_MERGED_CELLS cells. */
export function checkMergeSizes(sheetName: string | undefined, merges: readonly MergedArea[]): void {
  let total = 0;
  let widest: MergedArea | undefined;
  for (const m of merges) {
    total += cellsOf(m);
    if (!widest || cellsOf(m) > cellsOf(widest)) widest = m;
  }
  if (total <= MAX_MERGED_CELLS || !widest) return;
  const where = sheetName === undefined ? "Sebuah lembar" : `Lembar "${sheetName}"`;
  throw new TelaahInputError(
    `${where} memuat sel gabungan yang terlalu luas (${total.toLocaleString("id-ID")} sel; yang terluas ` +
      `${cellsOf(widest).toLocaleString("id-ID")} sel); pisahkan sel gabungan itu di Excel lalu periksa lagi.`,
    "MERGE_TOO_WIDE"
  );
}

const MERGE_REF = /<mergeCell\s[^>]*?ref\s*=\s*["']([A-Z]{1,3}[1-9]\d*)(?::([A-Z]{1,3}[1-9]\d*))?["']/g;

/** The merges of a worksheet part's XML, found by pattern alone (for a guard, not for reading). */
export function mergesInXml(xml: string): MergedArea[] {
  const out: MergedArea[] = [];
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  for (const m of xml.matchAll(MERGE_REF)) {
    if (!parseA1(m[1], a) || !parseA1(m[2] ?? m[1], b)) continue;
    out.push({
      top: Math.min(a.row, b.row) - 1,
      left: Math.min(a.col, b.col) - 1,
      bottom: Math.max(a.row, b.row) - 1,
      right: Math.max(a.col, b.col) - 1,
    });
  }
  return out;
}
