"use strict";
/**
 * Where `telaah periksa`'s time goes: the same steps the command takes, timed one by one in one process
 * (read file, ExcelJS load, snapshot, layout, tree, rules, text report). Also measures the core alone
 * (detectLayout + buildTree + rules on the in-memory snapshot) as rows per second over repeated runs.
 *
 *   node scripts/bench/periksa-phases.js DIST_NODE_DIR FILE.xlsx [--core-seconds 3]
 * Prints one JSON object; steps carry wall and CPU milliseconds.
 */
const fs = require("fs");
const path = require("path");

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs one step, recording its wall and CPU milliseconds (CPU includes the GC's helper threads). */
async function step(out, name, f) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await f();
  const c = process.cpuUsage(c0);
  out.wallMs[name] = ms(t0);
  out.cpuMs[name] = (c.user + c.system) / 1000;
  return value;
}

async function phases(distNode, file, coreSeconds) {
  const ExcelJS = require("exceljs");
  const { sheetSnapshot } = require(path.join(distNode, "cli/read-xlsx.js"));
  const { detectLayout } = require(path.join(distNode, "core/layout/detect.js"));
  const { buildTree } = require(path.join(distNode, "core/tree/build.js"));
  const { createAnalyzer } = require(path.join(distNode, "core/analyzer.js"));
  const { RULES } = require(path.join(distNode, "core/rules/registry.js"));
  const { runRules } = require(path.join(distNode, "core/rules/runner.js"));
  const { formatTextReport } = require(path.join(distNode, "cli/report-text.js"));

  const out = { wallMs: {}, cpuMs: {} };
  const bytes = await step(out, "readFile", () => fs.promises.readFile(file));
  const wb = new ExcelJS.Workbook();
  await step(out, "excelLoad", () => wb.xlsx.load(bytes));
  const sheet = await step(out, "snapshot", () => sheetSnapshot(wb.worksheets[0]));
  const layout = await step(out, "layout", () => detectLayout(sheet));
  const tree = await step(out, "tree", () => buildTree(sheet, layout));
  const analyzer = createAnalyzer({});
  const findings = await step(out, "rules", () => runRules(RULES, sheet, tree, analyzer.options, {}));
  const result = analyzer.analyze(sheet, layout);
  const text = await step(out, "report", () => formatTextReport(file, result, []));
  out.reportBytes = Buffer.byteLength(text);
  out.findings = findings.length;
  out.rows = sheet.values.length;
  out.budgetRows = tree.rows.length;

  // Core throughput: whole analyses of the in-memory snapshot, repeated for at least coreSeconds.
  // CPU time, not wall time: on a shared machine the wall clock measures the neighbours too.
  const runs = [];
  const deadline = Date.now() + coreSeconds * 1000;
  while (runs.length < 3 || Date.now() < deadline) {
    const c0 = process.cpuUsage();
    const l = detectLayout(sheet);
    analyzer.analyze(sheet, l);
    const c = process.cpuUsage(c0);
    runs.push((c.user + c.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  out.coreRuns = runs.length;
  out.coreMedianCpuMs = runs[Math.floor(runs.length / 2)];
  out.coreRowsPerSecond = Math.round(tree.rows.length / (out.coreMedianCpuMs / 1000));
  return out;
}

module.exports = { phases };

if (require.main === module) {
  const [distNode, file, , secs] = process.argv.slice(2);
  phases(path.resolve(distNode), file, secs ? Number(secs) : 3).then((o) =>
    process.stdout.write(JSON.stringify(o) + "\n")
  );
}
