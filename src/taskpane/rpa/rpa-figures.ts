/**
 * What the RPA tab draws and tabulates from a filled plan: cumulative ideal / rencana / realisasi as a
 * share of the pagu, and the IKPA deviation by month. Sums are Decimal; numbers leave Decimal only for
 * drawing.
 */
import { Decimal, HUNDRED, ZERO, sum } from "../../core/money";
import {
  idealPlan,
  ikpaDeviasiHalamanIII,
  jenisBelanjaOf,
  MONTH_COUNT,
  type IkpaResult,
  type PlanNode,
} from "../../core/rpa";
import { idealProfileFor, type ProfileSettings } from "./profiles";
import type { LineRealisation } from "./rpa-run";

interface Line {
  node: PlanNode;
  jb: string | undefined;
}

function linesOf(roots: readonly PlanNode[]): Line[] {
  const out: Line[] = [];
  const visit = (n: PlanNode, inherited: string | undefined) => {
    const jb = jenisBelanjaOf(n, inherited);
    if (n.children.length === 0) out.push({ node: n, jb });
    else n.children.forEach((c) => visit(c, jb));
  };
  roots.forEach((r) => visit(r, undefined));
  return out;
}

export interface Curves {
  /** Cumulative percent of the pagu at the end of each month (index 0 = January). */
  ideal: number[];
  rencana: number[];
  /** null after the last month with realisation. */
  realisasi: (number | null)[];
  pagu: Decimal;
}

function cumulativePercent(monthly: readonly Decimal[], pagu: Decimal): number[] {
  let run = ZERO;
  return monthly.map((v) => {
    run = run.plus(v);
    return pagu.isZero() ? 0 : run.times(HUNDRED).div(pagu).toDecimalPlaces(2).toNumber();
  });
}

/** Last month (1..12) any line has a realised figure for; 0 when none. */
function lastRealisedMonth(realisasi: LineRealisation | undefined): number {
  let last = 0;
  for (const series of realisasi?.values() ?? [])
    series.forEach((v, i) => v !== null && (last = Math.max(last, i + 1)));
  return last;
}

export function curves(roots: readonly PlanNode[], settings: ProfileSettings, realisasi?: LineRealisation): Curves {
  const lines = linesOf(roots);
  const pagu = sum(lines.map((l) => l.node.pagu));
  const month = (f: (l: Line, i: number) => Decimal) =>
    Array.from({ length: MONTH_COUNT }, (_, i) => sum(lines.map((l) => f(l, i))));
  const idealByLine = new Map(lines.map((l) => [l.node.id, idealPlan(l.node.pagu, idealProfileFor(l.jb, settings))]));
  const ideal = month((l, i) => idealByLine.get(l.node.id)![i]);
  const rencana = month((l, i) => l.node.months[i]?.rupiah ?? ZERO);
  const last = lastRealisedMonth(realisasi);
  const real = month((l, i) => realisasi?.get(l.node.id)?.[i] ?? ZERO);
  const realCum = cumulativePercent(real, pagu);
  return {
    ideal: cumulativePercent(ideal, pagu),
    rencana: cumulativePercent(rencana, pagu),
    realisasi: realCum.map((v, i) => (i < last ? v : null)),
    pagu,
  };
}

/** IKPA Deviasi Halaman III: RPD = the plan per jenis belanja, realisation summed the same way; null without realisation. */
export function ikpaOf(roots: readonly PlanNode[], realisasi: LineRealisation | undefined): IkpaResult | null {
  if (!realisasi || lastRealisedMonth(realisasi) === 0) return null;
  const lines = linesOf(roots);
  const pagu: Record<string, Decimal> = {};
  const rpd: Record<string, Decimal[]> = {};
  const real: Record<string, (Decimal | null)[]> = {};
  for (const { node, jb } of lines) {
    const k = jb ?? "?";
    pagu[k] = (pagu[k] ?? ZERO).plus(node.pagu);
    rpd[k] ??= Array.from({ length: MONTH_COUNT }, () => ZERO);
    real[k] ??= Array.from({ length: MONTH_COUNT }, () => null);
    node.months.forEach((c, i) => (rpd[k][i] = rpd[k][i].plus(c.rupiah ?? ZERO)));
    realisasi.get(node.id)?.forEach((v, i) => {
      if (v !== null) real[k][i] = (real[k][i] ?? ZERO).plus(v);
    });
  }
  return ikpaDeviasiHalamanIII({ pagu, rpd, realisasi: real });
}
