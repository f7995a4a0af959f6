import { formatRupiah } from "../../money/parse-number";
import { toA1 } from "../../sheet/address";
import type { BudgetRow } from "../../tree/types";
import type { Rule } from "../rule";
import { shiftRows } from "./formula-refs";
import { isFilled, RUMUS_BASIS } from "./table";

/** Rows compared with each other: detail lines with detail lines, totals with totals. */
function kindOf(r: BudgetRow): "detil" | "total" | null {
  if (r.level === "detil") return "detil";
  return r.children.length ? "total" : null;
}

/** How many filled neighbours on each side are looked at. */
const REACH = 2;

/**
 * A number typed into a jumlah cell while the jumlah cells around it (same kind of row) are formulas:
 * the typed value no longer follows its volume, price or lines when they change.
 */
export const rumusKetik: Rule = {
  id: "RUMUS-KETIK",
  family: "RUMUS",
  description: "Jumlah yang diketik sebagai angka di antara jumlah lain yang berupa rumus.",
  defaultSeverity: "warning",
  basis: RUMUS_BASIS,
  messages: {
    ketik: {
      id: "Jumlah {actual} di {cell} diketik sebagai angka, padahal jumlah di baris sekitarnya berupa rumus (mis. {contoh}): nilainya tidak ikut berubah bila rinciannya berubah.",
      en: "Amount {actual} in {cell} is typed as a number while the amounts around it are formulas (e.g. {contoh}): it will not follow its inputs when they change.",
    },
  },
  check(ctx) {
    const rows = ctx.tree.rows;
    for (const kind of ["detil", "total"] as const) {
      const seq = rows.filter((r) => kindOf(r) === kind && isFilled(r.jumlah));
      seq.forEach((r, i) => {
        const cell = r.jumlah!;
        if (cell.formula || cell.error || cell.value === null) return;
        const near = [...seq.slice(Math.max(0, i - REACH), i), ...seq.slice(i + 1, i + 1 + REACH)];
        if (near.length < 2 || !near.every((n) => n.jumlah!.formula)) return;
        const model = near.find((n) => n.row > r.row) ?? near[near.length - 1];
        const contoh = `${toA1(model.row, cell.col)} ${model.jumlah!.formula!}`;
        const fixFormula = kind === "detil" ? shiftRows(model.jumlah!.formula!, r.row - model.row) : undefined;
        ctx.report({
          messageId: "ketik",
          data: { actual: formatRupiah(cell.value), cell: toA1(r.row, cell.col), contoh },
          at: r,
          col: cell.col,
          actual: cell.value.toFixed(),
          ...(fixFormula
            ? { fix: { cell: toA1(r.row, cell.col), value: fixFormula, label: `Ganti dengan rumus ${fixFormula}` } }
            : {}),
        });
      });
    }
  },
};
