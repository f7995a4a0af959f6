import type { Finding } from "../findings/finding";
import { Decimal, ZERO, distribute, formatRupiah, sum } from "../money";
import { allocateLine, resolveTypedCells } from "./allocate";
import { RpaReporter, type SeverityOverrides } from "./findings";
import { splitProportionally } from "./matrix-rounding";
import { MONTH_COUNT, NAMA_BULAN } from "./months";
import { isFixed, jenisBelanjaOf, leaves, type MonthCell, type PlanNode } from "./plan";
import { defaultProfileFor, profileWeights, type Profile } from "./profile";

export interface RpaOptions {
  /** Profile per jenis belanja ("51", "52", ...); default 51 flat, others the ideal curve. */
  profiles?: Record<string, Profile>;
  severity?: SeverityOverrides;
}

export interface FillResult {
  roots: PlanNode[];
  findings: Finding[];
  /** Line id -> pagu planned in no month (gap of a fully typed line, sisa dana). Only non-zero entries. */
  unplanned: Map<string, Decimal>;
}

const rp = (v: Decimal) => formatRupiah(v, false);
const engine = (v: Decimal): MonthCell => ({ state: "engine", rupiah: v });

/**
 * Fills a plan the way the DJPb RPA guide describes:
 * - a node with typed months and nothing typed beneath it is an anchor: its months flow down to the
 *   lines beneath in proportion to their pagu (matrix-rounding.ts: every line sums to its pagu, every
 *   month to the anchor's value, exactly); the pagu not placed in the anchor's typed months goes to
 *   its untyped months by each line's own profile;
 * - every other line is allocated by its profile around what the user typed (allocate.ts);
 * - every parent's month is the sum of its children's ("a change at akun or detil re-totals
 *   everything above"); a month the user typed on a parent is kept, and a finding says when it
 *   disagrees with the sum beneath it.
 */
export function fillPlan(roots: readonly PlanNode[], options: RpaOptions = {}): FillResult {
  const reporter = new RpaReporter(options.severity);
  const unplanned = new Map<string, Decimal>();
  const weightCache = new Map<Profile, Decimal[]>();
  const profileOf = (line: PlanNode, jb: string | undefined): Profile =>
    line.profile ?? options.profiles?.[jb ?? ""] ?? defaultProfileFor(jb);
  const weightsOf = (p: Profile): Decimal[] => {
    let w = weightCache.get(p);
    if (!w) weightCache.set(p, (w = profileWeights(p)));
    return w;
  };
  const fixedBelow = new Set<PlanNode>();
  const markFixed = (n: PlanNode): boolean => {
    let any = false;
    for (const c of n.children) if (markFixed(c) || c.months.some(isFixed)) any = true;
    if (any) fixedBelow.add(n);
    return any;
  };
  roots.forEach(markFixed);
  const addUnplanned = (id: string, v: Decimal) => {
    if (!v.isZero()) unplanned.set(id, (unplanned.get(id) ?? ZERO).plus(v));
  };

  function fillLine(line: PlanNode, jb: string | undefined): PlanNode {
    const profile = profileOf(line, jb);
    const a = allocateLine(line, profile, reporter, weightsOf(profile));
    if (line.sisaDana && !line.sisaDana.isZero()) reporter.report("RPA-SISA-DANA", line, { amount: rp(line.sisaDana) });
    addUnplanned(line.id, a.unplanned);
    return { ...line, months: a.months };
  }

  function rollUp(node: PlanNode, children: PlanNode[], ownCells: MonthCell[], check: boolean): PlanNode {
    const totals = ownCells.map(() => ZERO);
    for (const c of children) {
      for (let i = 0; i < totals.length; i++) {
        const v = c.months[i].rupiah;
        if (v !== null && !v.isZero()) totals[i] = totals[i].plus(v);
      }
    }
    const months = ownCells.map((cell, i) => {
      const s = totals[i];
      if (cell.state !== "typed" || cell.rupiah === null) return engine(s);
      if (check && !cell.rupiah.equals(s)) {
        reporter.report(
          "RPA-INDUK-TIDAK-SESUAI",
          node,
          { bulan: NAMA_BULAN[i], typed: rp(cell.rupiah), sum: rp(s) },
          i + 1
        );
      }
      return cell;
    });
    return { ...node, months, children };
  }

  /** Rewrites a subtree whose lines got their months from an anchor; parents re-total. */
  function applyLines(node: PlanNode, lineMonths: Map<PlanNode, MonthCell[]>): PlanNode {
    if (node.children.length === 0) return { ...node, months: lineMonths.get(node) ?? node.months };
    const children = node.children.map((c) => applyLines(c, lineMonths));
    return rollUp(
      node,
      children,
      node.months.map(() => ({ state: "empty", rupiah: null })),
      false
    );
  }

  function propagate(anchor: PlanNode, cells: MonthCell[], jb: string | undefined): PlanNode | null {
    const typedIdx = cells.map((c, i) => (c.state === "typed" && c.rupiah !== null ? i : -1)).filter((i) => i >= 0);
    const freeIdx = cells.map((_, i) => i).filter((i) => !typedIdx.includes(i));
    const typed = typedIdx.map((i) => cells[i].rupiah!);
    const lines = leaves(anchor.children);
    const rowTotals = lines.map((l) => l.pagu.minus(l.sisaDana ?? ZERO));
    const total = sum(rowTotals);
    const typedSum = sum(typed);
    if (typed.some((v) => v.isNegative() || !v.isInteger()) || rowTotals.some((v) => v.isNegative() || !v.isInteger()))
      return null;
    if (typedSum.greaterThan(total)) {
      reporter.report("RPA-MELEBIHI-PAGU", anchor, {
        typed: rp(typedSum),
        pagu: rp(total),
        excess: rp(typedSum.minus(total)),
      });
      return null;
    }
    const rest = total.minus(typedSum);
    if (freeIdx.length === 0 && !rest.isZero()) {
      reporter.report("RPA-KURANG-DARI-PAGU", anchor, { typed: rp(typedSum), gap: rp(rest), pagu: rp(total) });
    }
    const split = splitProportionally(rowTotals, [...typed, rest]);
    const lineMonths = new Map<PlanNode, MonthCell[]>();
    lines.forEach((line, r) => {
      const months: MonthCell[] = line.months.map(() => engine(ZERO));
      typedIdx.forEach((m, k) => (months[m] = engine(split[r][k])));
      const share = split[r][typed.length];
      if (freeIdx.length === 0) addUnplanned(line.id, share);
      else {
        const w = weightsOf(profileOf(line, jenisBelanjaOf(line, jb)));
        let fw = freeIdx.map((m) => w[m]);
        if (sum(fw).isZero()) fw = freeIdx.map(() => new Decimal(1));
        const parts = distribute(share, fw);
        freeIdx.forEach((m, k) => (months[m] = engine(parts[k])));
      }
      addUnplanned(line.id, line.sisaDana ?? ZERO);
      lineMonths.set(line, months);
    });
    const filled = applyLines({ ...anchor, months: cells }, lineMonths);
    return rollUp(anchor, filled.children, cells, false);
  }

  function fillNode(node: PlanNode, inherited: string | undefined): PlanNode {
    const jb = jenisBelanjaOf(node, inherited);
    if (node.months.length !== MONTH_COUNT)
      throw new RangeError(`node ${node.id}: months must have ${MONTH_COUNT} cells`);
    if (node.children.length === 0) return fillLine(node, jb);
    const childPagu = sum(node.children.map((c) => c.pagu));
    if (!childPagu.equals(node.pagu))
      reporter.report("RPA-PAGU-INDUK", node, { pagu: rp(node.pagu), sum: rp(childPagu) });
    const cells = resolveTypedCells(node, reporter);
    if (!fixedBelow.has(node) && cells.some((c) => c.state === "typed")) {
      const done = propagate(node, cells, jb);
      if (done) return done;
      const children = node.children.map((c) => fillNode(c, jb));
      return rollUp(node, children, cells, false);
    }
    const children = node.children.map((c) => fillNode(c, jb));
    return rollUp(node, children, cells, true);
  }

  const out = roots.map((r) => fillNode(r, undefined));
  return { roots: out, findings: reporter.findings, unplanned };
}
