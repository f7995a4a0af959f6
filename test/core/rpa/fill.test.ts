import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import { emptyMonths, fillPlan, leaves, planNode, walk, type MonthCell, type PlanNode } from "../../../src/core/rpa";
import { nonManualProfile, sumOf } from "./arbitraries";

const d = (v: number | string | bigint) => new Decimal(v.toString());
const rupiah = (n: PlanNode) => n.months.map((c) => c.rupiah!);
const num = (n: PlanNode) => rupiah(n).map((v) => v.toNumber());
const typed = (values: (number | null)[]): MonthCell[] =>
  emptyMonths().map((c, i) =>
    values[i] === null || values[i] === undefined ? c : { state: "typed", rupiah: d(values[i]!) }
  );
const sumNode = (id: string, children: PlanNode[], extra: Partial<PlanNode> = {}) =>
  planNode({ id, pagu: sumOf(children.map((c) => c.pagu)), children, ...extra });

function expectRolledUp(nodes: PlanNode[]) {
  for (const n of walk(nodes)) {
    if (!n.children.length) continue;
    n.months.forEach((c, i) => {
      if (c.state === "engine") expect(c.rupiah!.equals(sumOf(n.children.map((k) => k.months[i].rupiah!)))).toBe(true);
    });
  }
}

describe("fillPlan: lines and roll-up", () => {
  test("lines by their profiles, parents re-total (a change at detil re-totals everything above)", () => {
    const plan = [
      sumNode("komponen", [
        sumNode(
          "521211",
          [
            planNode({ id: "a", pagu: 1200, profile: { kind: "jadwal", bulan: [1, 2] } }),
            planNode({ id: "b", pagu: 600, months: typed([null, 600]) }),
          ],
          {
            akun: "521211",
          }
        ),
        planNode({ id: "511111", akun: "511111", pagu: 1400 }),
      ]),
    ];
    const r = fillPlan(plan);
    const [k] = r.roots;
    const [akun, pegawai] = k.children;
    expect(num(akun.children[0])).toEqual([600, 600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(akun.children[1].months[1]).toEqual({ state: "typed", rupiah: d(600) });
    expect(num(akun.children[1])).toEqual([0, 600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(num(pegawai)).toEqual([100, 100, 200, 100, 100, 100, 200, 100, 100, 100, 100, 100]);
    expect(num(akun)).toEqual([600, 1200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(num(k)).toEqual([700, 1300, 200, 100, 100, 100, 200, 100, 100, 100, 100, 100]);
    expect(r.findings).toEqual([]);
  });

  test("profiles per jenis belanja from the options; jenis belanja inherited from the akun", () => {
    const plan = [sumNode("akun", [planNode({ id: "x", pagu: 300 })], { akun: "525111" })];
    const r = fillPlan(plan, { profiles: { "52": { kind: "jadwal", bulan: [10, 11, 12] } } });
    expect(num(r.roots[0].children[0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 100, 100]);
  });

  test("a month typed on a parent that disagrees with the lines beneath is kept, with a warning", () => {
    const plan = [
      sumNode("akun", [planNode({ id: "x", pagu: 1200, months: typed([500]) })], {
        months: typed([400]),
        ref: { sheet: "S", row: 3, cell: "A3", monthCells: ["D3"] },
      }),
    ];
    const r = fillPlan(plan);
    expect(r.roots[0].months[0]).toEqual({ state: "typed", rupiah: d(400) });
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["RPA-INDUK-TIDAK-SESUAI", "D3"]]);
  });

  test("a parent whose pagu differs from its children's is reported", () => {
    const plan = [planNode({ id: "p", pagu: 1000, children: [planNode({ id: "x", pagu: 900 })] })];
    expect(fillPlan(plan).findings.map((f) => f.rule)).toEqual(["RPA-PAGU-INDUK"]);
  });

  test("unplanned money per line: gap of a fully typed line and sisa dana", () => {
    const plan = [
      planNode({ id: "x", pagu: 1300, months: typed(Array(12).fill(100)) }),
      planNode({ id: "y", pagu: 100, sisaDana: d(40) }),
    ];
    const r = fillPlan(plan);
    expect(r.unplanned.get("x")!.toNumber()).toBe(100);
    expect(r.unplanned.get("y")!.toNumber()).toBe(40);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(["RPA-KURANG-DARI-PAGU", "RPA-SISA-DANA"]);
  });
});

describe("fillPlan: propagation from komponen / sub komponen / akun", () => {
  test("the RPA guide's example: a komponen of 100.000 planned 50% / 25% / 25% flows to its lines in proportion", () => {
    const plan = [
      sumNode("komponen", [planNode({ id: "a", pagu: 60_000 }), planNode({ id: "b", pagu: 40_000 })], {
        months: emptyMonths().map((c, i): MonthCell =>
          i === 2
            ? { state: "typed", rupiah: null, percent: d(50) }
            : i === 5 || i === 8
              ? { state: "typed", rupiah: null, percent: d(25) }
              : c
        ),
      }),
    ];
    const r = fillPlan(plan);
    const [k] = r.roots;
    expect(num(k)).toEqual([0, 0, 50_000, 0, 0, 25_000, 0, 0, 25_000, 0, 0, 0]);
    expect(num(k.children[0])).toEqual([0, 0, 30_000, 0, 0, 15_000, 0, 0, 15_000, 0, 0, 0]);
    expect(num(k.children[1])).toEqual([0, 0, 20_000, 0, 0, 10_000, 0, 0, 10_000, 0, 0, 0]);
    expect(k.months[2].state).toBe("typed");
    expect(k.children[0].months[2].state).toBe("engine");
  });

  test("partly typed anchor: typed months split in proportion, the rest by each line's profile", () => {
    const plan = [
      sumNode(
        "akun",
        [
          planNode({ id: "a", pagu: 1000, profile: { kind: "jadwal", bulan: [12] } }),
          planNode({ id: "b", pagu: 3000, profile: { kind: "jadwal", bulan: [6, 7] } }),
        ],
        {
          months: typed([400]),
        }
      ),
    ];
    const [akun] = fillPlan(plan).roots;
    expect(num(akun.children[0])).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 900]);
    expect(num(akun.children[1])).toEqual([300, 0, 0, 0, 0, 1350, 1350, 0, 0, 0, 0, 0]);
    expect(num(akun)).toEqual([400, 0, 0, 0, 0, 1350, 1350, 0, 0, 0, 0, 900]);
  });

  test("an anchor whose typed months exceed the pagu beneath is an error and does not propagate", () => {
    const plan = [sumNode("akun", [planNode({ id: "a", pagu: 100 })], { months: typed([80, 80]) })];
    const r = fillPlan(plan);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-MELEBIHI-PAGU"]);
    expect(sumOf(rupiah(r.roots[0].children[0])).toNumber()).toBe(100);
    expect(num(r.roots[0]).slice(0, 2)).toEqual([80, 80]);
  });

  test("a fully typed anchor below its pagu: lines keep their share of the gap unplanned", () => {
    const plan = [
      sumNode("akun", [planNode({ id: "a", pagu: 600 }), planNode({ id: "b", pagu: 600 })], {
        months: typed(Array(12).fill(50)),
      }),
    ];
    const r = fillPlan(plan);
    expect(num(r.roots[0].children[0])).toEqual(Array(12).fill(25));
    expect(r.unplanned.get("a")!.toNumber()).toBe(300);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-KURANG-DARI-PAGU"]);
  });

  test("an anchor with something typed beneath it does not propagate: it is a total, checked against its lines", () => {
    const plan = [
      sumNode("akun", [planNode({ id: "a", pagu: 1200, months: typed([1200]) }), planNode({ id: "b", pagu: 1200 })], {
        months: typed([600]),
      }),
    ];
    const r = fillPlan(plan);
    expect(num(r.roots[0].children[0])[0]).toBe(1200);
    expect(r.findings.map((f) => f.rule)).toEqual(["RPA-INDUK-TIDAK-SESUAI"]);
  });

  const tree = fc
    .array(fc.array(fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(11) }), { minLength: 1, maxLength: 8 }), {
      minLength: 1,
      maxLength: 5,
    })
    .chain((groups) =>
      fc.record({
        groups: fc.constant(groups),
        profiles: fc.array(nonManualProfile, { minLength: 1, maxLength: 3 }),
        typedShares: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), {
          minLength: 12,
          maxLength: 12,
        }),
      })
    );

  test("property: propagation keeps proportions, rows exact to pagu, typed months exact down the columns, parents re-total", () => {
    fc.assert(
      fc.property(tree, ({ groups, profiles, typedShares }) => {
        let id = 0;
        const subs = groups.map((g, gi) =>
          sumNode(
            `s${gi}`,
            g.map((p) => planNode({ id: `l${id++}`, pagu: d(p), profile: profiles[id % profiles.length] }))
          )
        );
        const anchorPagu = sumOf(subs.map((s) => s.pagu));
        const totalShare = typedShares.reduce<number>((a, b) => a + (b ?? 0), 0);
        // typed months take at most the whole pagu
        const scale = totalShare > 100 ? 100 / totalShare : 1;
        const typedValues = typedShares.map((s) =>
          s === null
            ? null
            : anchorPagu
                .times(Math.floor(s * scale))
                .div(100)
                .floor()
        );
        const months = emptyMonths().map((c, i): MonthCell =>
          typedValues[i] === null ? c : { state: "typed", rupiah: typedValues[i] }
        );
        const plan = [planNode({ id: "anchor", pagu: anchorPagu, children: subs, months })];
        const r = fillPlan(plan);
        const [anchor] = r.roots;
        const lines = leaves(r.roots);
        const typedSum = sumOf(typedValues.filter((v): v is Decimal => v !== null));
        const allTyped = typedValues.every((v) => v !== null);
        // typed cells untouched
        typedValues.forEach((v, i) => v !== null && expect(anchor.months[i]).toEqual({ state: "typed", rupiah: v }));
        // rows exact
        for (const line of lines) {
          const s = sumOf(rupiah(line));
          expect(s.plus(r.unplanned.get(line.id) ?? 0).equals(line.pagu)).toBe(true);
          expect(rupiah(line).every((v) => v.isInteger() && !v.isNegative())).toBe(true);
        }
        // columns exact, proportions within Rp1 on typed months
        typedValues.forEach((v, i) => {
          if (v === null) return;
          expect(sumOf(lines.map((l) => l.months[i].rupiah!)).equals(v)).toBe(true);
          if (anchorPagu.isZero()) return;
          for (const l of lines)
            expect(l.months[i].rupiah!.minus(l.pagu.times(v).div(anchorPagu)).abs().lessThan(1)).toBe(true);
        });
        if (!allTyped || typedSum.equals(anchorPagu)) expect(r.unplanned.size).toBe(0);
        expectRolledUp(r.roots);
        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});
