import { columnLetters, toA1 } from "../../sheet/address";
import type { BudgetRow, BudgetTree } from "../../tree/types";
import { LEVEL_NAMES } from "../../tree/types";
import type { Rule } from "../rule";
import { covers, isAdditive, sameSheetRefs, type RangeRef } from "./formula-refs";
import { isFilled, RUMUS_BASIS, totalCells } from "./table";

/** The child's amount reaches the total: its own cell is added, or every filled line beneath it is. */
function reached(tree: BudgetTree, child: BudgetRow, col: number, refs: readonly RangeRef[]): boolean {
  if (covers(refs, child.row, col)) return true;
  const filled = child.children
    .map((i) => tree.rows[i])
    .filter((g) => totalCells(g).some((c) => c.col === col && isFilled(c)));
  return filled.length > 0 && filled.every((g) => reached(tree, g, col, refs));
}

/** `SUM(H7:H9)` for consecutive rows, else `SUM(H7,H9,H12)`. */
function sumOf(rows: number[], col: number): string {
  const L = columnLetters(col);
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (consecutive && rows.length > 1) return `=SUM(${L}${rows[0] + 1}:${L}${rows[rows.length - 1] + 1})`;
  return `=SUM(${rows.map((r) => `${L}${r + 1}`).join(",")})`;
}

/**
 * A total written as a sum (`=SUM(H7:H8)`, `=H7+H8`) must add every direct child's row; a child left
 * out of the range is money missing from the total (and from every level above it).
 */
export const rumusSum: Rule = {
  id: "RUMUS-SUM",
  family: "RUMUS",
  description: "Rumus total (SUM) harus mencakup setiap baris rincian langsung di bawahnya.",
  defaultSeverity: "error",
  basis: RUMUS_BASIS,
  messages: {
    terlewat: {
      id: "Rumus total {level} {formula} di {cell} tidak mencakup baris {missing} di bawahnya.",
      en: "The {level} total formula {formula} in {cell} leaves out row(s) {missing} beneath it.",
    },
  },
  check(ctx) {
    const { tree } = ctx;
    for (const r of tree.rows) {
      if (!r.children.length) continue;
      for (const total of totalCells(r)) {
        if (!total.formula || !isAdditive(total.formula)) continue;
        const refs = sameSheetRefs(total.formula).filter((x) => total.col >= x.left && total.col <= x.right);
        if (!refs.length) continue;
        const children = r.children
          .map((i) => tree.rows[i])
          .filter((ch) => totalCells(ch).some((c) => c.col === total.col && isFilled(c)));
        const missing = children.filter((ch) => !reached(tree, ch, total.col, refs));
        if (!missing.length) continue;
        const cell = toA1(r.row, total.col);
        const expected = sumOf(
          children.map((ch) => ch.row),
          total.col
        );
        ctx.report({
          messageId: "terlewat",
          data: {
            level: LEVEL_NAMES[r.level] + (r.kode ? ` ${r.kode}` : ""),
            formula: total.formula,
            cell,
            missing: missing.map((m) => m.row + 1).join(", "),
          },
          at: r,
          col: total.col,
          expected,
          actual: total.formula,
          fix: { cell, value: expected, label: `Ganti dengan rumus ${expected}` },
        });
      }
    }
  },
};
