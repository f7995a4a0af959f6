/** Months of the budget year (1..12) and the triwulan they belong to. */
export const MONTH_COUNT = 12;

/** 1..12 */
export const MONTHS: readonly number[] = Array.from({ length: MONTH_COUNT }, (_, i) => i + 1);

export const NAMA_BULAN: readonly string[] = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** Triwulan (1..4) of a month (1..12). */
export function triwulanOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Last month (3, 6, 9, 12) of a triwulan (1..4). */
export function lastMonthOfTriwulan(tw: number): number {
  return tw * 3;
}

export function isMonth(m: unknown): m is number {
  return typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= MONTH_COUNT;
}

/** An array of 12 built by `f(month)`. */
export function monthly<T>(f: (month: number) => T): T[] {
  return MONTHS.map(f);
}
