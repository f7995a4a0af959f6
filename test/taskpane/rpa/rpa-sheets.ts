import type { CellValue, MergedArea, SheetSnapshot } from "../../../src/core/sheet/snapshot";
import type { PlanWrite } from "../../../src/excel/write-plan";
import { NAMA_BULAN } from "../../../src/core/rpa/months";

export const BULAN = NAMA_BULAN;

export type Line = [kode: string | null, uraian: string, pagu: number, months?: Record<number, number>];

/**
 * An RPA sheet: title, month names merged over "%" / "Rp" (or one "Rp" column per month), lines
 * from row 5. `months` are typed rupiah (both layouts) by month 1..12.
 */
export function rpaSheet(lines: Line[], opts: { onlyRupiah?: boolean; name?: string } = {}): SheetSnapshot {
  const per = opts.onlyRupiah ? 1 : 2;
  const top: CellValue[] = ["Kode", "Uraian", "Pagu"];
  const sub: CellValue[] = [null, null, null];
  const merges: MergedArea[] = [0, 1, 2].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  BULAN.forEach((m, i) => {
    if (opts.onlyRupiah) {
      top.push(m);
      sub.push("Rp");
    } else {
      top.push(m, null);
      sub.push("%", "Rp");
      merges.push({ top: 2, left: 3 + i * 2, bottom: 2, right: 4 + i * 2 });
    }
  });
  const rows: CellValue[][] = [["RENCANA PENARIKAN DANA TA 2026"], [], top, sub];
  for (const [kode, uraian, pagu, months] of lines) {
    const row: CellValue[] = [kode, uraian, pagu];
    for (const [m, v] of Object.entries(months ?? {})) row[3 + (Number(m) - 1) * per + (per - 1)] = v;
    rows.push(row);
  }
  return { name: opts.name ?? "RPA", values: rows, merges };
}

/** Column (0-based) of a month's Rp / % cell in the two-column layout. */
export const rpCol = (m: number) => 4 + (m - 1) * 2;
export const pctCol = (m: number) => 3 + (m - 1) * 2;

/** The sheet after Excel wrote the values (what the next read sees). */
export function applied(sheet: SheetSnapshot, writes: readonly PlanWrite[]): SheetSnapshot {
  const values = sheet.values.map((r) => [...(r ?? [])]);
  for (const w of writes) (values[w.row] ??= [])[w.col] = w.value as number;
  return { ...sheet, values };
}

export const LINES: Line[] = [
  ["521211", "Belanja Bahan", 1650000],
  [null, "Konsumsi rapat", 1500000],
  [null, "Fotocopy", 150000],
  ["511111", "Belanja Gaji Pokok PNS", 13000000],
  [null, "Gaji pokok", 13000000],
];
