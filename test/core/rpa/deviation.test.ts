import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import { idealPlan, lineDeviation } from "../../../src/core/rpa";

const d = (v: number) => new Decimal(v);
const ds = (xs: number[]) => xs.map(d);

describe("lineDeviation (A ideal vs realisasi, B ideal vs rencana, C rencana vs realisasi)", () => {
  test("hand-computed month", () => {
    const ideal = ds([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const rencana = ds([50, 150, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const real = [d(80), d(120), null, null, null, null, null, null, null, null, null, null];
    const dev = lineDeviation(ideal, rencana, real);
    expect(dev[0].A!.rupiah.toNumber()).toBe(-20);
    expect(dev[0].A!.percent!.toNumber()).toBe(-20);
    expect(dev[0].B.rupiah.toNumber()).toBe(-50);
    expect(dev[0].C!.rupiah.toNumber()).toBe(30);
    expect(dev[0].C!.percent!.toNumber()).toBe(60);
    expect(dev[1].cumulative.A!.rupiah.toNumber()).toBe(0);
    expect(dev[1].cumulative.C!.rupiah.toNumber()).toBe(0);
    expect(dev[2].A).toBeNull();
    expect(dev[2].cumulative.realisasi).toBeNull();
    expect(dev[0].C!.formula).toBe("C = realisasi - rencana = 80 - 50 = 30");
  });

  test("idealPlan follows the jenis belanja profile exactly", () => {
    expect(idealPlan(d(96_000), { kind: "ideal" }).map((v) => v.toNumber())).toEqual(
      [6, 6, 6, 8, 10, 12, 12, 12, 12, 4, 4, 4].map((x) => x * 1000)
    );
  });

  test("property: A = B + C, monthly and cumulative", () => {
    const series = fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 12, maxLength: 12 }).map(ds);
    fc.assert(
      fc.property(series, series, series, (ideal, rencana, real) => {
        for (const m of lineDeviation(ideal, rencana, real)) {
          expect(m.A!.rupiah.equals(m.B.rupiah.plus(m.C!.rupiah))).toBe(true);
          expect(m.cumulative.A!.rupiah.equals(m.cumulative.B.rupiah.plus(m.cumulative.C!.rupiah))).toBe(true);
        }
      })
    );
  });
});
