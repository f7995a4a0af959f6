import { Decimal, ZERO, distribute, formatPercent, formatRupiah, sum } from "../money";
import type { RpaReporter } from "./findings";
import { NAMA_BULAN } from "./months";
import { percentMatchesRupiah, percentsToRupiah, rupiahToPercent } from "./percent";
import { isFixed, type MonthCell, type PlanNode } from "./plan";
import { describeProfile, profileWeights, type Profile } from "./profile";

export interface LineAllocation {
  months: MonthCell[];
  /** Pagu left out of every month: the gap of a fully typed line, plus sisa dana. */
  unplanned: Decimal;
}

const rp = (v: Decimal) => formatRupiah(v, false);

/**
 * Typed cells as rupiah, in a new array (cells are never mutated in place). A percentage typed without rupiah is converted, all such cells of the line
 * together (percent.ts: typed percentages summing to 100 give rupiah summing to the pagu). When both
 * were typed and disagree, the rupiah wins and a finding says so.
 */
export function resolveTypedCells(line: PlanNode, reporter?: RpaReporter): MonthCell[] {
  if (!line.months.some((c) => c.state === "typed")) return line.months.slice();
  const cells = line.months.map((c) => ({ ...c }));
  const pctOnly = cells.map((c) => (c.state === "typed" && c.rupiah === null && c.percent != null ? c.percent : null));
  if (pctOnly.some((p) => p !== null)) {
    const rupiah = percentsToRupiah(line.pagu, pctOnly);
    rupiah.forEach((v, i) => {
      if (v !== null) cells[i].rupiah = v;
    });
  }
  cells.forEach((c, i) => {
    if (c.state === "typed" && c.rupiah === null && c.percent == null) c.state = "empty";
    if (c.state !== "typed" || c.rupiah === null || c.percent == null || pctOnly[i] !== null) return;
    if (!percentMatchesRupiah(c.percent, c.rupiah, line.pagu)) {
      const expected = rupiahToPercent(c.rupiah, line.pagu, 2);
      reporter?.report(
        "RPA-PERSEN-TIDAK-SESUAI",
        line,
        {
          bulan: NAMA_BULAN[i],
          percent: formatPercent(c.percent),
          rupiah: rp(c.rupiah),
          pagu: rp(line.pagu),
          expected: expected ? formatPercent(expected) : "-",
        },
        i + 1
      );
    }
  });
  return cells;
}

/**
 * One line: fixed cells (typed, realisation) stay; the rest of the pagu (minus sisa dana) goes to the
 * free cells (empty or written by the engine) by the profile's weights, exactly (largest remainder).
 * When the profile has no weight in any free month the amount is spread evenly over them.
 * `firstFreeMonth` (update) keeps months before it out of the re-plan.
 */
export function allocateLine(
  line: PlanNode,
  profile: Profile,
  reporter?: RpaReporter,
  weights = profileWeights(profile)
): LineAllocation {
  const cells = resolveTypedCells(line, reporter);
  cells.forEach((c, i) => {
    if (isFixed(c) && c.rupiah?.isNegative())
      reporter?.report("RPA-NILAI-NEGATIF", line, { bulan: NAMA_BULAN[i], value: rp(c.rupiah) }, i + 1);
  });
  const fixedSum = sum(cells.filter(isFixed).map((c) => c.rupiah ?? ZERO));
  const sisa = line.sisaDana ?? ZERO;
  const available = fixedSum.isZero() && sisa.isZero() ? line.pagu : line.pagu.minus(sisa).minus(fixedSum);
  const free = cells.map((c, i) => (isFixed(c) ? -1 : i)).filter((i) => i >= 0);
  const engine = (v: Decimal): MonthCell => ({ state: "engine", rupiah: v });

  if (available.isNegative()) {
    const realIdx = cells.map((c, i) => (c.state === "realisasi" ? i : -1)).filter((i) => i >= 0);
    const realSum = sum(realIdx.map((i) => cells[i].rupiah ?? ZERO));
    if (realSum.greaterThan(line.pagu)) {
      const bulan = NAMA_BULAN[realIdx[realIdx.length - 1]];
      reporter?.report("RPA-REALISASI-MELEBIHI-PAGU", line, { bulan, realisasi: rp(realSum), pagu: rp(line.pagu) });
    } else {
      reporter?.report("RPA-MELEBIHI-PAGU", line, {
        typed: rp(fixedSum),
        pagu: rp(line.pagu.minus(sisa)),
        excess: rp(available.negated()),
      });
    }
    for (const i of free) cells[i] = engine(ZERO);
    return { months: cells, unplanned: sisa };
  }
  if (free.length === 0) {
    if (!available.isZero())
      reporter?.report("RPA-KURANG-DARI-PAGU", line, { typed: rp(fixedSum), gap: rp(available), pagu: rp(line.pagu) });
    return { months: cells, unplanned: sisa.plus(available) };
  }
  let w = free.map((i) => weights[i]);
  if (w.every((x) => x.isZero())) {
    if (!available.isZero()) {
      reporter?.report("RPA-PROFIL-TANPA-BULAN", line, {
        profil: describeProfile(profile),
        amount: rp(available),
        count: free.length,
      });
    }
    w = free.map(() => new Decimal(1));
  }
  const parts = distribute(available, w);
  free.forEach((i, k) => (cells[i] = engine(parts[k])));
  return { months: cells, unplanned: sisa };
}
