import { toA1 } from "../../sheet/address";
import { cellText, cellAt } from "../../sheet/snapshot";
import type { Rule } from "../rule";
import { numberCells, RUMUS_BASIS } from "./table";

/** Beyond this many in one column, the rest are counted in one finding instead of one each. */
const PER_COLUMN = 20;

/**
 * Numbers stored as text ("1.250.000" typed with a leading apostrophe or pasted as text): Excel's SUM
 * skips them, so totals silently leave them out. Telaah reads them, the workbook's formulas may not.
 */
export const rumusTeksAngka: Rule = {
  id: "RUMUS-TEKS-ANGKA",
  family: "RUMUS",
  description: "Angka yang tersimpan sebagai teks (diabaikan oleh SUM di Excel).",
  defaultSeverity: "warning",
  basis: RUMUS_BASIS,
  messages: {
    teks: {
      id: 'Nilai {kolom} "{text}" di {cell} tersimpan sebagai teks, bukan angka: SUM di Excel melewatinya, dan perkalian membacanya menurut pengaturan bahasa (bisa #VALUE! atau angka lain).',
      en: 'The {kolom} value "{text}" in {cell} is stored as text, not a number: Excel\'s SUM skips it, and multiplication reads it by the locale settings (it may give #VALUE! or another number).',
    },
    teksLagi: {
      id: "Masih ada {count} sel lain di kolom {kolom} yang angkanya tersimpan sebagai teks (mulai {cell}).",
      en: "{count} more cells in the {kolom} column hold numbers stored as text (from {cell}).",
    },
  },
  check(ctx) {
    const { sheet, tree } = ctx;
    const perColumn = new Map<
      number,
      { count: number; first?: { row: number; kolom: string; at: (typeof tree.rows)[number] } }
    >();
    // The position key is built only when the sheet has text numbers and the cell could be one.
    const textNumbers = sheet.textNumbers?.size ? sheet.textNumbers : undefined;
    for (const r of tree.rows) {
      for (const { cell, kolom } of numberCells(r)) {
        if (cell.value === null || cell.formula) continue;
        const asText = cell.fromText || textNumbers?.has(`${r.row},${cell.col}`);
        if (!asText) continue;
        const seen = perColumn.get(cell.col) ?? { count: 0 };
        perColumn.set(cell.col, seen);
        seen.count++;
        if (seen.count > PER_COLUMN) {
          seen.first ??= { row: r.row, kolom, at: r };
          continue;
        }
        const a1 = toA1(r.row, cell.col);
        ctx.report({
          messageId: "teks",
          data: { kolom, text: cellText(cellAt(sheet, r.row, cell.col)).trim(), cell: a1 },
          at: r,
          col: cell.col,
          actual: cellText(cellAt(sheet, r.row, cell.col)),
          expected: cell.value.toFixed(),
          fix: { cell: a1, value: cell.value.toNumber(), label: `Ubah menjadi angka ${cell.value.toFixed()}` },
        });
      }
    }
    for (const [col, seen] of perColumn) {
      if (!seen.first) continue;
      ctx.report({
        messageId: "teksLagi",
        data: { count: seen.count - PER_COLUMN, kolom: seen.first.kolom, cell: toA1(seen.first.row, col) },
        at: seen.first.at,
        col,
      });
    }
  },
};
