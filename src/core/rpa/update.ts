import { Decimal, ZERO, sum } from "../money";
import { fillPlan, type FillResult, type RpaOptions } from "./fill";
import { MONTH_COUNT, isMonth } from "./months";
import type { MonthCell, PlanNode } from "./plan";

export interface UpdateInput {
  /** Realisation up to and including this month (1..12). */
  upToMonth: number;
  /** Line id -> realisation per month (index 0 = January); months after `upToMonth` are ignored, missing ones are 0. */
  realisasi: ReadonlyMap<string, readonly (Decimal | null)[]>;
  /** Line id -> sisa dana yang tidak ditarik: money that will not be used, kept out of the re-plan. */
  sisaDana?: ReadonlyMap<string, Decimal>;
}

/**
 * Updating the plan during the year (DJPb RPA guide): past months take the realisation, the rest of
 * each line's pagu (minus sisa dana) is re-planned over the remaining months by the line's profile.
 * Months the user typed after `upToMonth` stay; months the engine wrote are re-planned; parents
 * re-total. After December, what was not realised is sisa dana.
 */
export function updatePlan(roots: readonly PlanNode[], input: UpdateInput, options: RpaOptions = {}): FillResult {
  const m = input.upToMonth;
  if (!isMonth(m)) throw new RangeError(`upToMonth harus 1..12, bukan ${String(m)}`);

  const reset = (node: PlanNode): PlanNode => {
    if (node.children.length > 0) {
      const months = node.months.map((c, i): MonthCell =>
        i < m || c.state !== "typed" ? { state: "empty", rupiah: null } : c
      );
      return { ...node, months, children: node.children.map(reset) };
    }
    const real = input.realisasi.get(node.id) ?? [];
    const months = node.months.map((c, i): MonthCell => {
      if (i < m) return { state: "realisasi", rupiah: real[i] ?? ZERO };
      return c.state === "typed" ? c : { state: "empty", rupiah: null };
    });
    let sisaDana = input.sisaDana?.get(node.id) ?? node.sisaDana;
    if (m === MONTH_COUNT) {
      const left = node.pagu.minus(sum(months.map((c) => c.rupiah ?? ZERO)));
      sisaDana = left.isNegative() ? undefined : left;
    }
    return { ...node, months, sisaDana: sisaDana && !sisaDana.isZero() ? sisaDana : undefined };
  };

  return fillPlan(roots.map(reset), options);
}
