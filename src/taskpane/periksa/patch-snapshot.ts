/**
 * Live mode reads only the rows the user changed and puts them into the snapshot of the last full
 * read, so a re-check costs one small read however large the sheet is. The snapshot is not mutated:
 * a new one shares every untouched row with the old.
 */
import type { CellValue, SheetSnapshot } from "../../core/sheet/snapshot";

export interface RowRead {
  /** 0-based sheet row. */
  row: number;
  /** From column A, in the snapshot's terms (null for empty). */
  values: CellValue[];
  /** Formulas ("=...") by column, sparse. */
  formulas: (string | undefined)[];
  numberFormats: (string | undefined)[];
  /** Columns holding constant text that reads as a number. */
  textNumberCols: number[];
}

const hasAny = (list: readonly unknown[]) => list.some((v) => v !== undefined && v !== null);

export function patchSnapshot(sheet: SheetSnapshot, rows: readonly RowRead[]): SheetSnapshot {
  const values = [...sheet.values];
  const formulas = sheet.formulas ? [...sheet.formulas] : [];
  const numberFormats = sheet.numberFormats ? [...sheet.numberFormats] : [];
  const textNumbers = new Set(sheet.textNumbers ?? []);
  for (const r of rows) {
    while (values.length < r.row) values.push([]);
    values[r.row] = hasAny(r.values) ? [...r.values] : [];
    formulas[r.row] = hasAny(r.formulas) ? [...r.formulas] : undefined!;
    numberFormats[r.row] = hasAny(r.numberFormats) ? [...r.numberFormats] : undefined!;
    for (const key of [...textNumbers]) if (key.startsWith(`${r.row},`)) textNumbers.delete(key);
    for (const c of r.textNumberCols) textNumbers.add(`${r.row},${c}`);
  }
  const out: SheetSnapshot = { ...sheet, values, numberFormats, textNumbers };
  if (formulas.some((f) => f && hasAny(f))) out.formulas = formulas;
  else delete out.formulas;
  return out;
}
