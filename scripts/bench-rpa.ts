/** Times the RPA engine filling a 10,000-line plan: `npx tsx scripts/bench-rpa.ts [lines]`. */
import { fillBenchmarkPlan, leaves, makeBenchmarkPlan } from "../src/core/rpa";

const lines = Number(process.argv[2] ?? 10_000);
const plan = makeBenchmarkPlan(lines);
fillBenchmarkPlan(makeBenchmarkPlan(500)); // warm-up
const runs: number[] = [];
const cpu: number[] = [];
let findings = 0;
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = fillBenchmarkPlan(plan);
  const c1 = process.cpuUsage(c0);
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  cpu.push((c1.user + c1.system) / 1000);
  findings = result.findings.length;
  if (leaves(result.roots).length !== lines) throw new Error("line count changed");
}
const best = Math.min(...runs);
console.log(
  `RPA fill: ${lines} baris, terbaik ${best.toFixed(0)} ms (waktu CPU terbaik ${Math.min(...cpu).toFixed(0)} ms); ` +
    `semua: ${runs.map((r) => r.toFixed(0)).join(" / ")} ms; ${findings} temuan`
);
