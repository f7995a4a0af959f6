import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import { emptyMonths, planNode, updatePlan, type MonthCell, type PlanNode } from "../../../src/core/rpa";
import { month, nonManualProfile, positivePagu, sumOf } from "./arbitraries";

const d = (v: number | string) => new Decimal(v);
const num = (n: PlanNode) => n.months.map((c) => c.rupiah!.toNumber());
const flat = { kind: "flat", bulanGaji13: null, bulanThr: null } as const;

describe("updatePlan", () => {
  test("past months take the realisation, the rest is re-planned over the remaining months", () => {
    const line = planNode({
      id: "x",
      pagu: 1200,
      profile: flat,
      months: emptyMonths().map((): MonthCell => ({ state: "engine", rupiah: d(100) })),
    });
    const r = updatePlan([line], { upToMonth: 3, realisasi: new Map([["x", [d(50), d(100), d(150)]]]) });
    const [u] = r.roots;
    expect(num(u)).toEqual([50, 100, 150, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(u.months.slice(0, 3).every((c) => c.state === "realisasi")).toBe(true);
    expect(r.findings).toEqual([]);
  });

  test("typed future months stay; sisa dana yang tidak ditarik is kept out of the re-plan", () => {
    const months = emptyMonths();
    months[11] = { state: "typed", rupiah: d(300) };
    const line = planNode({ id: "x", pagu: 1200, profile: flat, months });
    const r = updatePlan([line], {
      upToMonth: 6,
      realisasi: new Map([["x", [d(60), d(60), d(60), d(60), d(60), d(60)]]]),
      sisaDana: new Map([["x", d(150)]]),
    });
    const [u] = r.roots;
    expect(num(u)).toEqual([60, 60, 60, 60, 60, 60, 78, 78, 78, 78, 78, 300]);
    expect(r.unplanned.get("x")!.toNumber()).toBe(150);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-SISA-DANA"]);
  });

  test("realisation above the pagu: an error naming the realisation", () => {
    const r = updatePlan([planNode({ id: "x", pagu: 100 })], {
      upToMonth: 2,
      realisasi: new Map([["x", [d(80), d(40)]]]),
    });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["RPA-REALISASI-MELEBIHI-PAGU", "error"]]);
    expect(r.findings[0].message).toContain("Februari");
  });

  test("after December what was not realised is sisa dana", () => {
    const real = Array.from({ length: 12 }, () => d(90));
    const r = updatePlan([planNode({ id: "x", pagu: 1200 })], { upToMonth: 12, realisasi: new Map([["x", real]]) });
    expect(r.unplanned.get("x")!.toNumber()).toBe(120);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-SISA-DANA"]);
  });

  test("a schedule already past: the rest is spread over the remaining months (info)", () => {
    const r = updatePlan([planNode({ id: "x", pagu: 900, profile: { kind: "jadwal", bulan: [2, 3] } })], {
      upToMonth: 3,
      realisasi: new Map([["x", [d(0), d(0), d(0)]]]),
    });
    expect(num(r.roots[0])).toEqual([0, 0, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-PROFIL-TANPA-BULAN"]);
  });

  test("parents re-total with the realisation", () => {
    const plan = [
      planNode({
        id: "p",
        pagu: 2400,
        months: emptyMonths().map((): MonthCell => ({ state: "typed", rupiah: d(200) })),
        children: [planNode({ id: "a", pagu: 1200, profile: flat }), planNode({ id: "b", pagu: 1200, profile: flat })],
      }),
    ];
    const r = updatePlan(plan, {
      upToMonth: 1,
      realisasi: new Map([
        ["a", [d(0)]],
        ["b", [d(320)]],
      ]),
    });
    expect(num(r.roots[0])[0]).toBe(320);
    expect(r.roots[0].months[0].state).toBe("engine");
    // the parent's typed future months are kept and checked against the re-plan
    expect(r.roots[0].months[1]).toEqual({ state: "typed", rupiah: d(200) });
  });

  test("property: realisation + plan + sisa dana = pagu, past months untouched, nothing negative", () => {
    fc.assert(
      fc.property(
        positivePagu(BigInt(10) ** BigInt(12)),
        nonManualProfile,
        month,
        fc.array(fc.double({ min: 0, max: 0.09, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (pagu, profile, m, shares, sisaShare) => {
          const real = shares.map((s) => pagu.times(s.toFixed(6)).floor());
          const sisa = pagu.times(sisaShare.toFixed(6)).floor();
          const r = updatePlan([planNode({ id: "x", pagu, profile })], {
            upToMonth: m,
            realisasi: new Map([["x", real]]),
            sisaDana: new Map([["x", sisa]]),
          });
          const [u] = r.roots;
          u.months.slice(0, m).forEach((c, i) => expect(c).toEqual({ state: "realisasi", rupiah: real[i] }));
          expect(u.months.every((c) => !c.rupiah!.isNegative())).toBe(true);
          expect(
            sumOf(u.months.map((c) => c.rupiah!))
              .plus(r.unplanned.get("x") ?? 0)
              .equals(pagu)
          ).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });
});
