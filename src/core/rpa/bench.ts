import { Decimal } from "../money";
import { fillPlan, type FillResult } from "./fill";
import { emptyMonths, planNode, type MonthCell, type PlanNode } from "./plan";
import type { Profile } from "./profile";

/**
 * A synthetic plan for timing the engine (scripts/bench-rpa.ts, the benchmarks issue): `lines` detail
 * lines under akun (20 lines each) under komponen (5 akun each), jenis belanja 51/52/53/57, a mix of
 * profiles, every 10th line with two typed months, and every 7th komponen planned at the top (typed
 * months that propagate down). Deterministic for a given seed.
 */
export function makeBenchmarkPlan(lines = 10_000, seed = 1): PlanNode[] {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const akunByJb: Record<string, string> = { "51": "511111", "52": "521211", "53": "532111", "57": "571111" };
  const profiles: Profile[] = [
    { kind: "jadwal", bulan: [3, 4, 5] },
    { kind: "termin", uangMukaPersen: 20, bulanTermin: [6, 8, 10], retensiPersen: 5 },
    { kind: "jadwal", bulan: [2, 7, 11], bobot: [1, 2, 1] },
  ];
  const komponen: PlanNode[] = [];
  let made = 0;
  for (let k = 0; made < lines; k++) {
    const akun: PlanNode[] = [];
    for (let a = 0; a < 5 && made < lines; a++) {
      const jb = ["51", "52", "52", "53", "57"][next(5)];
      const detil: PlanNode[] = [];
      for (let d = 0; d < 20 && made < lines; d++, made++) {
        const pagu = new Decimal((1 + next(5000)) * 1000 + next(1000));
        let months: MonthCell[] = emptyMonths();
        if (made % 10 === 3) {
          months = months.map((c, i) => (i === 1 || i === 8 ? { state: "typed", rupiah: pagu.divToInt(20) } : c));
        }
        const profile = jb !== "51" && made % 4 === 0 ? profiles[next(profiles.length)] : undefined;
        detil.push(planNode({ id: `d${made}`, pagu, months, profile }));
      }
      const pagu = detil.reduce((s, d) => s.plus(d.pagu), new Decimal(0));
      akun.push(planNode({ id: `k${k}a${a}`, akun: akunByJb[jb], pagu, children: detil }));
    }
    const pagu = akun.reduce((s, d) => s.plus(d.pagu), new Decimal(0));
    let months = emptyMonths();
    if (k % 7 === 6 && !akun.some((a) => a.children.some((d) => d.months.some((c) => c.state === "typed")))) {
      months = months.map((c, i) => (i < 3 ? { state: "typed", rupiah: pagu.divToInt(10) } : c));
    }
    komponen.push(planNode({ id: `k${k}`, kode: String(k + 1).padStart(3, "0"), pagu, children: akun, months }));
  }
  return komponen;
}

/** The operation the benchmark times: fill the whole plan. */
export function fillBenchmarkPlan(plan: readonly PlanNode[]): FillResult {
  return fillPlan(plan);
}
