import { toA1 } from "../../sheet/address";
import { formulaAt } from "../../sheet/snapshot";
import type { Rule } from "../rule";
import { relativeForm, shiftRows } from "./formula-refs";
import { lastTableColumn, RUMUS_BASIS } from "./table";

interface FormulaCell {
  row: number;
  formula: string;
  /** R1C1-relative form; null for a formula without references ("=1500000"). */
  form: string | null;
}

/** Longest run of slipped formulas between two rows that share the pattern. */
const MAX_RUN = 3;

/**
 * Runs of equal formulas (R1C1 form) down a column. A short run is a slip when the rows on both sides
 * of it share one other pattern (A A X X A A); at the top or bottom of the column a single odd formula
 * after two agreeing ones is a slip too (A A X). A run followed by a longer run of its own is a border
 * between two patterns (A A A B B B), not a slip. Returns the pattern each slipped cell should follow.
 */
function slips(cells: FormulaCell[]): Map<number, FormulaCell> {
  const runs: { start: number; end: number; form: string | null }[] = [];
  cells.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.form === c.form) last.end = i;
    else runs.push({ start: i, end: i, form: c.form });
  });
  const out = new Map<number, FormulaCell>();
  runs.forEach((run, k) => {
    const before = runs[k - 1];
    const after = runs[k + 1];
    const length = run.end - run.start + 1;
    let model: FormulaCell | undefined;
    if (before && after) {
      if (before.form === after.form && length <= MAX_RUN) model = cells[after.start];
    } else if (length === 1) {
      const side = before ?? after;
      if (side && side.end > side.start) model = before ? cells[before.end] : cells[after!.start];
    }
    if (!model || model.form === null) return;
    for (let i = run.start; i <= run.end; i++) out.set(i, model);
  });
  return out;
}

/**
 * A detail line's formula that differs from the one its neighbours share in the same column,
 * compared in R1C1-relative form: `=F20*G19` among `=F19*G19`, `=F21*G21` (a reference slipped a row).
 */
export const rumusPola: Rule = {
  id: "RUMUS-POLA",
  family: "RUMUS",
  description:
    "Rumus baris detil yang menyimpang dari pola rumus baris di sekitarnya (mis. =F20*G19 di antara =Fn*Gn).",
  defaultSeverity: "warning",
  basis: RUMUS_BASIS,
  messages: {
    pola: {
      id: "Rumus {formula} di {cell} berbeda dari pola baris di sekitarnya ({contoh}); yang diharapkan {expected}.",
      en: "Formula {formula} in {cell} breaks the pattern of the rows around it ({contoh}); expected {expected}.",
    },
  },
  check(ctx) {
    const { sheet, tree } = ctx;
    if (!sheet.formulas) return;
    const detil = tree.rows.filter((r) => r.level === "detil");
    const lastCol = lastTableColumn(tree.layout);
    for (let col = 0; col <= lastCol; col++) {
      const cells: FormulaCell[] = [];
      for (const r of detil) {
        const formula = formulaAt(sheet, r.row, col);
        if (formula) cells.push({ row: r.row, formula, form: relativeForm(formula, r.row, col) });
      }
      for (const [i, model] of slips(cells)) {
        const c = cells[i];
        const expected = shiftRows(model.formula, c.row - model.row);
        const cell = toA1(c.row, col);
        ctx.report({
          messageId: "pola",
          data: { formula: c.formula, cell, contoh: `${toA1(model.row, col)} ${model.formula}`, expected },
          at: c.row,
          col,
          expected,
          actual: c.formula,
          fix: { cell, value: expected, label: `Ganti dengan rumus ${expected}` },
        });
      }
    }
  },
};
