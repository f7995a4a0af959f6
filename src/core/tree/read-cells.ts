import { Decimal } from "../money/decimal";
import { parseIndonesianNumber } from "../money/parse-number";
import { memoByKey } from "../memo";
import { cellAt, formulaAt, isCellError, type SheetSnapshot } from "../sheet/snapshot";
import type { NumberCell } from "./types";

/**
 * Through the number's shortest string: 0.1 stays 0.1, not its binary expansion. Decimals are
 * immutable, so one instance per distinct amount serves every cell that holds it (fewer allocations).
 * String(-0) is "0", so 0 and -0 sharing one key changes nothing.
 */
const decimalOfNumber = memoByKey((v: number) => new Decimal(String(v)));

/** Reads a numeric cell into a NumberCell: numbers as Decimal, number text parsed, errors kept. */
export function readNumberCell(sheet: SheetSnapshot, row: number, col: number | undefined): NumberCell | undefined {
  if (col === undefined) return undefined;
  const v = cellAt(sheet, row, col);
  const formula = formulaAt(sheet, row, col) ?? undefined;
  const cell: NumberCell = { value: null, col };
  if (formula) cell.formula = formula;
  if (v === null || v === "") return cell;
  if (typeof v === "number") {
    cell.value = Number.isFinite(v) ? decimalOfNumber(v) : null;
    return cell;
  }
  if (isCellError(v)) {
    cell.error = v.error;
    return cell;
  }
  if (typeof v === "string") {
    const t = v.trim();
    if (/^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(t)) {
      cell.error = t.toUpperCase();
      return cell;
    }
    const parsed = parseIndonesianNumber(t);
    if (parsed) {
      cell.value = parsed;
      cell.fromText = true;
    }
  }
  return cell;
}

export function readTextCell(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = cellAt(sheet, row, col);
  if (v === null) return "";
  // The escape is rare: test for it before paying for a case-insensitive replace on every cell.
  if (typeof v === "string") return v.includes("_x") || v.includes("_X") ? v.replace(/_x000d_/gi, " ") : v;
  if (isCellError(v)) return v.error;
  return String(v);
}
