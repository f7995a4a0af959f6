import { toA1 } from "../../sheet/address";
import { cellAt, formulaAt, isCellError, type SheetSnapshot } from "../../sheet/snapshot";
import type { Rule } from "../rule";
import { sameSheetRefs } from "./formula-refs";
import { lastTableColumn, RUMUS_BASIS } from "./table";

const ERROR_TEXT = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The error value a cell shows ("#REF!"), whether Excel's own or typed/pasted as text. */
function errorOf(sheet: SheetSnapshot, row: number, col: number): string | null {
  const v = cellAt(sheet, row, col);
  if (isCellError(v)) return v.error.toUpperCase();
  if (typeof v === "string" && ERROR_TEXT.test(v.trim())) return v.trim().toUpperCase();
  return null;
}

/** Whether a formula's error only comes from a cell it reads that shows an error too. */
function inherited(sheet: SheetSnapshot, formula: string): boolean {
  if (/#(REF!|NAME\?|N\/A|VALUE!|DIV\/0!)/i.test(formula)) return false; // the formula itself is broken
  const lastRow = sheet.values.length - 1;
  for (const ref of sameSheetRefs(formula)) {
    for (let r = ref.top; r <= Math.min(ref.bottom, lastRow); r++) {
      for (let c = ref.left; c <= ref.right; c++) if (errorOf(sheet, r, c)) return true;
    }
  }
  return false;
}

/**
 * Error values (#REF!, #VALUE!, #DIV/0!, ...) anywhere in the budget table. An error that a formula
 * only passes on from a cell it reads is not reported again: the cell that starts it is.
 */
export const rumusGalat: Rule = {
  id: "RUMUS-GALAT",
  family: "RUMUS",
  description: "Tabel anggaran tidak boleh memuat nilai galat (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?, ...).",
  defaultSeverity: "error",
  basis: RUMUS_BASIS,
  messages: {
    galat: {
      id: "Sel {cell} berisi galat {galat}: nilainya tidak dapat dihitung sehingga total di atasnya pun tidak dapat diandalkan.",
      en: "Cell {cell} holds the error {galat}: its value cannot be computed, so the totals above it cannot be relied on either.",
    },
    galatRumus: {
      id: "Rumus {formula} di {cell} menghasilkan galat {galat}: perbaiki rumusnya (acuan sel yang hilang, teks dalam perhitungan, pembagian dengan nol).",
      en: "Formula {formula} in {cell} gives the error {galat}: fix the formula (a lost cell reference, text in a calculation, division by zero).",
    },
  },
  check(ctx) {
    const { sheet, tree } = ctx;
    const lastCol = lastTableColumn(tree.layout);
    for (let r = tree.layout.dataStart; r < sheet.values.length; r++) {
      for (let c = 0; c <= lastCol; c++) {
        const galat = errorOf(sheet, r, c);
        if (!galat) continue;
        const formula = formulaAt(sheet, r, c);
        if (formula && inherited(sheet, formula)) continue;
        const cell = toA1(r, c);
        if (formula)
          ctx.report({ messageId: "galatRumus", data: { cell, galat, formula }, at: r, col: c, actual: galat });
        else ctx.report({ messageId: "galat", data: { cell, galat }, at: r, col: c, actual: galat });
      }
    }
  },
};
