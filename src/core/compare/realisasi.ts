/**
 * Plan vs realisation per month: the monthly amounts of an RPA-shaped sheet (where they sit, so a
 * sheet can refer back to them), and the monthly and cumulative deviation (DOMAIN.md, IKPA formula).
 */
import { ZERO, type Decimal } from "../money/decimal";
import { jenisBelanjaDeviation } from "../rpa/ikpa";
import { columnLetters } from "../sheet/address";
import type { BudgetTree } from "../tree/types";

export interface MonthSeries {
  sheet: string;
  /** Month 1..12 at index 0..11: the sum now, null when no cell of the month holds a number. */
  values: (Decimal | null)[];
  /** Per month, the A1 ranges whose sum is the month ("E5", "E9:E40"): the topmost rows holding amounts. */
  ranges: string[][];
}

/**
 * The rows that carry the month amounts without counting twice: a row with any monthly rupiah is
 * taken whole and its children skipped; otherwise its children are looked at.
 */
function carriers(tree: BudgetTree): number[] {
  const out: number[] = [];
  const has = (i: number) =>
    tree.rows[i].months?.some((m) => m.rupiah?.value !== null && m.rupiah?.value !== undefined) ?? false;
  const visit = (i: number) => {
    if (has(i)) out.push(i);
    else tree.rows[i].children.forEach(visit);
  };
  tree.roots.forEach(visit);
  return out.sort((a, b) => a - b);
}

/** Consecutive sheet rows in one column become one range. */
function runs(col: number, rows: number[]): string[] {
  const out: string[] = [];
  const letter = columnLetters(col);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(i === j ? `${letter}${rows[i] + 1}` : `${letter}${rows[i] + 1}:${letter}${rows[j] + 1}`);
    i = j + 1;
  }
  return out;
}

export function monthSeries(tree: BudgetTree): MonthSeries {
  const rows = carriers(tree).map((i) => tree.rows[i]);
  const values: (Decimal | null)[] = [];
  const ranges: string[][] = [];
  for (let m = 1; m <= 12; m++) {
    const cells = rows.map((r) => r.months?.find((x) => x.month === m)?.rupiah).filter((c) => c !== undefined);
    const numbers = cells.map((c) => c!.value).filter((v): v is Decimal => v !== null);
    values.push(numbers.length ? numbers.reduce((s, v) => s.plus(v), ZERO) : null);
    const col = cells[0]?.col;
    ranges.push(
      col === undefined
        ? []
        : runs(
            col,
            rows.filter((r) => r.months?.find((x) => x.month === m)?.rupiah).map((r) => r.row)
          )
    );
  }
  return { sheet: tree.sheet, values, ranges };
}

export interface PlanRealisationMonth {
  month: number;
  rencana: Decimal;
  /** null for a month not realised yet. */
  realisasi: Decimal | null;
  rencanaKumulatif: Decimal;
  realisasiKumulatif: Decimal | null;
  /** min(100, |realisasi - rencana| / rencana x 100); RPD 0 with realisation counts 100. */
  deviasi: Decimal | null;
  deviasiKumulatif: Decimal | null;
}

export function planVsRealisation(
  rencana: readonly (Decimal | null)[],
  realisasi: readonly (Decimal | null)[]
): PlanRealisationMonth[] {
  const out: PlanRealisationMonth[] = [];
  let cumPlan = ZERO;
  let cumReal = ZERO;
  for (let i = 0; i < 12; i++) {
    const plan = rencana[i] ?? ZERO;
    const real = realisasi[i] ?? null;
    cumPlan = cumPlan.plus(plan);
    if (real) cumReal = cumReal.plus(real);
    out.push({
      month: i + 1,
      rencana: plan,
      realisasi: real,
      rencanaKumulatif: cumPlan,
      realisasiKumulatif: real ? cumReal : null,
      deviasi: real ? jenisBelanjaDeviation(plan, real).deviation : null,
      deviasiKumulatif: real ? jenisBelanjaDeviation(cumPlan, cumReal).deviation : null,
    });
  }
  return out;
}
