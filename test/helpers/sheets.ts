import type { CellValue, MergedArea, SheetSnapshot } from "../../src/core/sheet/snapshot";

/** A snapshot from a 2-D literal; strings starting with "=" go to formulas with `results` as values. */
export function sheetOf(
  rows: CellValue[][],
  opts: { name?: string; merges?: MergedArea[]; results?: Record<string, CellValue> } = {}
): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  let hasFormula = false;
  rows.forEach((row, r) => {
    values[r] = row.map((v, c) => {
      if (typeof v === "string" && v.startsWith("=")) {
        (formulas[r] ??= [])[c] = v;
        hasFormula = true;
        return opts.results?.[`${r},${c}`] ?? null;
      }
      return v;
    });
  });
  const s: SheetSnapshot = { name: opts.name ?? "Sheet1", values, merges: opts.merges ?? [] };
  if (hasFormula) s.formulas = formulas;
  return s;
}

/** RKAKL export header + rows. */
export const RKAKL_HEADER: CellValue[] = ["kode", "uraian", "vol", "sat", "hargasat", "jumlah", "kdblokir", "sdana"];
