"use strict";
/**
 * RPA fill of 10,000 lines with the engine's own benchmark plan (src/core/rpa/bench.ts: propagation,
 * typed months, mixed profiles), from the compiled core. Prints one JSON object; "pending" when the
 * engine is not in the build.
 *
 *   node scripts/bench/rpa-fill.js DIST_NODE_DIR [lines]
 */
const fs = require("fs");
const path = require("path");

function rpaFill(distNode, lines) {
  const benchModule = path.join(distNode, "core/rpa/bench.js");
  if (!fs.existsSync(benchModule)) return { status: "pending", reason: "src/core/rpa/bench.ts belum ada" };
  const { makeBenchmarkPlan, fillBenchmarkPlan } = require(benchModule);
  fillBenchmarkPlan(makeBenchmarkPlan(500)); // warm-up, as the engine's own bench does
  const plan = makeBenchmarkPlan(lines);
  const runs = [];
  let findings = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    const result = fillBenchmarkPlan(plan);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    findings = result.findings.length;
  }
  runs.sort((a, b) => a - b);
  const medianMs = runs[1];
  return {
    status: "ok",
    lines,
    runs: runs.length,
    medianMs,
    linesPerSecond: Math.round(lines / (medianMs / 1000)),
    findings,
  };
}

module.exports = { rpaFill };

if (require.main === module) {
  const [distNode, lines] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(rpaFill(path.resolve(distNode), lines ? Number(lines) : 10000)) + "\n");
}
