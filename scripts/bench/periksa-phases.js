"use strict";
/**
 * Where `telaah periksa`'s time goes: the steps the command takes, timed one by one in one process, cold,
 * as the CLI meets them (read file, open the archive with the fast reader, read the sheet, layout,
 * reference data, analyze, text report).
 * Then the core alone on the in-memory snapshot, repeated: its throughput in rows per second of CPU time
 * and the split of one analysis into detectLayout, buildTree, rules and the rest (summary, SBM counts).
 *
 *   node scripts/bench/periksa-phases.js DIST_NODE_DIR FILE.xlsx [--core-seconds 3]
 * Prints one JSON object; steps carry wall and CPU milliseconds.
 */
const fs = require("fs");
const path = require("path");

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** CPU milliseconds of the process so far (includes the GC's helper threads). */
function cpuNow() {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Runs one step, recording its wall and CPU milliseconds. */
async function step(out, name, f) {
  const c0 = cpuNow();
  const t0 = process.hrtime.bigint();
  const value = await f();
  out.wallMs[name] = ms(t0);
  out.cpuMs[name] = cpuNow() - c0;
  return value;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function phases(distNode, file, coreSeconds) {
  const mod = (p) => require(path.join(distNode, p));
  const { openFastWorkbook } = mod("cli/xlsx/fast-workbook.js");
  const { openWorkbookSource } = mod("cli/workbook-source.js");
  const { detectLayout } = mod("core/layout/detect.js");
  const { buildTree } = mod("core/tree/build.js");
  const { createAnalyzer } = mod("core/analyzer.js");
  const { RULES } = mod("core/rules/registry.js");
  const { runRules } = mod("core/rules/runner.js");
  const { formatTextReport } = mod("cli/periksa/report-text.js");
  const { createCliEnvironment } = mod("cli/environment.js");

  const out = { wallMs: {}, cpuMs: {} };
  const bytes = await step(out, "readFile", () => fs.promises.readFile(file));
  const fast = await step(out, "openArchive", () => openFastWorkbook(bytes));
  const sheet = await step(out, "readSheet", () => fast.readSheet(0));
  const layout = await step(out, "layout", () => detectLayout(sheet));
  // The CLI's source over the same file, so the environment looks for override sheets as periksa does.
  const source = await openWorkbookSource(file);
  const environment = await step(out, "environment", () => createCliEnvironment({ sheets: source }));
  const analyzer = createAnalyzer({}, { environment });
  const result = await step(out, "analyze", () => analyzer.analyze(sheet, layout));
  const text = await step(out, "report", () => formatTextReport({ file, ...result }));
  out.reportBytes = Buffer.byteLength(text);
  out.findings = result.findings.length;
  out.summary = result.summary;
  out.rows = sheet.values.length;
  out.budgetRows = result.tree.rows.length;

  // The core on the in-memory snapshot, warm, for at least coreSeconds: whole analyses for the
  // throughput, and each stage alone for the split.
  const env = environment(analyzer.options);
  const whole = [];
  const split = { layout: [], tree: [], rules: [] };
  const deadline = Date.now() + coreSeconds * 1000;
  while (whole.length < 3 || Date.now() < deadline) {
    let c = cpuNow();
    analyzer.analyze(sheet, detectLayout(sheet));
    whole.push(cpuNow() - c);
    c = cpuNow();
    const l = detectLayout(sheet);
    split.layout.push(cpuNow() - c);
    c = cpuNow();
    const tree = buildTree(sheet, l);
    split.tree.push(cpuNow() - c);
    c = cpuNow();
    runRules(RULES, sheet, tree, analyzer.options, env);
    split.rules.push(cpuNow() - c);
  }
  out.coreRuns = whole.length;
  out.coreMedianCpuMs = median(whole);
  out.coreRowsPerSecond = Math.round(out.budgetRows / (out.coreMedianCpuMs / 1000));
  out.coreSplitCpuMs = {
    layout: median(split.layout),
    tree: median(split.tree),
    rules: median(split.rules),
  };
  out.coreSplitCpuMs.rest = Math.max(
    0,
    out.coreMedianCpuMs - out.coreSplitCpuMs.layout - out.coreSplitCpuMs.tree - out.coreSplitCpuMs.rules
  );
  // Each rule alone, once, warm: which rules the rules' share is made of.
  const tree = buildTree(sheet, layout);
  out.ruleCpuMs = {};
  for (const rule of RULES) {
    const c = cpuNow();
    runRules([rule], sheet, tree, analyzer.options, env);
    out.ruleCpuMs[rule.id] = cpuNow() - c;
  }
  return out;
}

module.exports = { phases };

if (require.main === module) {
  const [distNode, file, , secs] = process.argv.slice(2);
  phases(path.resolve(distNode), file, secs ? Number(secs) : 3).then((o) =>
    process.stdout.write(JSON.stringify(o) + "\n")
  );
}
