import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import {
  RpaReporter,
  allocateLine,
  emptyMonths,
  planNode,
  profileWeights,
  type MonthCell,
} from "../../../src/core/rpa";
import { anyProfile, month, nonManualProfile, pagu, positivePagu, sumOf } from "./arbitraries";

const d = (v: number | string) => new Decimal(v);
const values = (cells: MonthCell[]) => cells.map((c) => c.rupiah);

describe("allocateLine", () => {
  test("property: months sum exactly to the pagu, none negative, cumulative never falls (every profile)", () => {
    fc.assert(
      fc.property(pagu(), anyProfile, (p, profile) => {
        const { months, unplanned } = allocateLine(planNode({ id: "x", pagu: p }), profile);
        expect(unplanned.isZero()).toBe(true);
        expect(months.every((c) => c.state === "engine" && c.rupiah!.isInteger() && !c.rupiah!.isNegative())).toBe(
          true
        );
        expect(sumOf(months.map((c) => c.rupiah!)).equals(p)).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  test("property: with typed months (non-manual profile) typed months are untouched, the sum stays exact, cumulative never falls", () => {
    fc.assert(
      fc.property(
        positivePagu(),
        nonManualProfile,
        fc.uniqueArray(month, { maxLength: 11 }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        (p, profile, typedMonths, share) => {
          const typedValue = p.times(share.toFixed(6)).floor();
          const cells = emptyMonths().map((c, i): MonthCell =>
            typedMonths.includes(i + 1) ? { state: "typed", rupiah: typedValue } : c
          );
          const r = new RpaReporter();
          const { months } = allocateLine(planNode({ id: "x", pagu: p, months: cells }), profile, r);
          typedMonths.forEach((m) => {
            expect(months[m - 1].state).toBe("typed");
            expect(months[m - 1].rupiah!.equals(typedValue)).toBe(true);
          });
          expect(sumOf(months.map((c) => c.rupiah!)).equals(p)).toBe(true);
          let cum = d(0);
          for (const c of months) {
            const next = cum.plus(c.rupiah!);
            expect(next.greaterThanOrEqualTo(cum)).toBe(true);
            cum = next;
          }
          expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("engine-written months are rewritten, empty ones filled", () => {
    const cells = emptyMonths();
    cells[0] = { state: "engine", rupiah: d(999) };
    const { months } = allocateLine(planNode({ id: "x", pagu: 1200, months: cells }), {
      kind: "flat",
      bulanGaji13: null,
      bulanThr: null,
    });
    expect(values(months).map((v) => v!.toNumber())).toEqual(Array(12).fill(100));
  });

  test("a line the user filled completely stays as it is; a gap to the pagu is a warning", () => {
    const cells = emptyMonths().map((): MonthCell => ({ state: "typed", rupiah: d(90) }));
    const r = new RpaReporter();
    const line = planNode({ id: "x", pagu: 1200, months: cells, ref: { sheet: "RPA", row: 7, cell: "C7" } });
    const { months, unplanned } = allocateLine(line, { kind: "ideal" }, r);
    expect(months).toEqual(cells);
    expect(unplanned.toNumber()).toBe(120);
    expect(r.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.cell])).toEqual([
      ["RPA-KURANG-DARI-PAGU", "warning", "RPA", 7, "C7"],
    ]);
    expect(r.findings[0].message).toContain("Rp1.080");
  });

  test("typed months above the pagu are an error, not an overwrite; empty months get zero", () => {
    const cells = emptyMonths();
    cells[2] = { state: "typed", rupiah: d(800) };
    cells[5] = { state: "typed", rupiah: d(700) };
    const r = new RpaReporter();
    const { months } = allocateLine(planNode({ id: "x", pagu: 1000, months: cells }), { kind: "ideal" }, r);
    expect(months[2].rupiah!.toNumber()).toBe(800);
    expect(months[5].rupiah!.toNumber()).toBe(700);
    expect(months.filter((c) => c.state === "engine").every((c) => c.rupiah!.isZero())).toBe(true);
    expect(r.findings[0].rule).toBe("RPA-MELEBIHI-PAGU");
    expect(r.findings[0].severity).toBe("error");
    expect(r.findings[0].message).toContain("Rp500");
  });

  test("a percentage typed instead of rupiah: pagu 100.000, 50% in March and 25% in April", () => {
    const cells = emptyMonths();
    cells[2] = { state: "typed", rupiah: null, percent: d(50) };
    cells[3] = { state: "typed", rupiah: null, percent: d(25) };
    const { months } = allocateLine(planNode({ id: "x", pagu: 100_000, months: cells }), {
      kind: "jadwal",
      bulan: [5],
    });
    expect(months[2]).toEqual({ state: "typed", rupiah: d(50_000), percent: d(50) });
    expect(months[3].rupiah!.toNumber()).toBe(25_000);
    expect(months[4].rupiah!.toNumber()).toBe(25_000);
  });

  test("percent and rupiah that disagree: rupiah wins, warning", () => {
    const cells = emptyMonths();
    cells[0] = { state: "typed", rupiah: d(30_000), percent: d(50) };
    const r = new RpaReporter();
    allocateLine(planNode({ id: "x", pagu: 100_000, months: cells }), { kind: "ideal" }, r);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-PERSEN-TIDAK-SESUAI"]);
    expect(r.findings[0].message).toContain("30%");
  });

  test("profile months all typed: the rest is spread evenly over the empty months, with an info finding", () => {
    const cells = emptyMonths();
    cells[2] = { state: "typed", rupiah: d(100) };
    const r = new RpaReporter();
    const { months } = allocateLine(
      planNode({ id: "x", pagu: 1200, months: cells }),
      { kind: "jadwal", bulan: [3] },
      r
    );
    expect(months.filter((c) => c.state === "engine").map((c) => c.rupiah!.toNumber())).toEqual(Array(11).fill(100));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["RPA-PROFIL-TANPA-BULAN", "info"]]);
  });

  test("sisa dana is kept out of every month", () => {
    const line = planNode({ id: "x", pagu: 1200, sisaDana: d(240) });
    const { months, unplanned } = allocateLine(line, { kind: "flat", bulanGaji13: null, bulanThr: null });
    expect(sumOf(values(months) as Decimal[]).toNumber()).toBe(960);
    expect(unplanned.toNumber()).toBe(240);
  });

  test("negative typed month: error", () => {
    const cells = emptyMonths();
    cells[0] = { state: "typed", rupiah: d(-5) };
    const r = new RpaReporter({ "RPA-NILAI-NEGATIF": "warning" });
    allocateLine(planNode({ id: "x", pagu: 100, months: cells }), { kind: "ideal" }, r);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["RPA-NILAI-NEGATIF", "warning"]]);
  });

  test("severity override off silences a rule", () => {
    const cells = emptyMonths().map((): MonthCell => ({ state: "typed", rupiah: d(1) }));
    const r = new RpaReporter({ "RPA-KURANG-DARI-PAGU": "off" });
    allocateLine(planNode({ id: "x", pagu: 100, months: cells }), { kind: "ideal" }, r);
    expect(r.findings).toEqual([]);
  });

  test("weights passed in are used as given", () => {
    const w = profileWeights({ kind: "jadwal", bulan: [12] });
    const { months } = allocateLine(planNode({ id: "x", pagu: 5 }), { kind: "jadwal", bulan: [12] }, undefined, w);
    expect(months[11].rupiah!.toNumber()).toBe(5);
  });
});
