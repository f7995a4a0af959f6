import type { CellValue, SheetSnapshot } from "../../../../src/core/sheet/snapshot";
import { RKAKL_HEADER, sheetOf } from "../../../helpers/sheets";

/** [uraian, volume, satuan, harga satuan] */
export type Line = [string, number, string, number];

/**
 * An RKAKL export with one akun and its lines: the akun is sheet row 2, the first line row 3, harga
 * satuan in column E (so the first line's finding is at "E3").
 */
export function budget(akun: string, ...lines: Line[]): SheetSnapshot {
  const total = lines.reduce((s, [, v, , h]) => s + v * h, 0);
  const rows: CellValue[][] = [RKAKL_HEADER, [akun, "Belanja", 0, null, 0, total]];
  for (const [uraian, vol, sat, harga] of lines) rows.push([null, `    -     ${uraian}`, vol, sat, harga, vol * harga]);
  return sheetOf(rows);
}

/** Options most cases use: TA2026, satker in Jawa Tengah, perencanaan. */
export const JATENG = { tahun: 2026, provinsi: "Jawa Tengah" } as const;
