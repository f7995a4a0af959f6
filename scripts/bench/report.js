"use strict";
/** The bench's printed form: markdown tables in a fixed order and fixed number formats (README-ready). */

const int = (n) => Math.round(n).toLocaleString("en-US");
const sec = (ms) => (ms === null || ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const mb = (kb) => (kb === null || kb === undefined ? "n/a" : `${int(kb / 1024)} MB`);
const ratio = (r) => (r === null || r === undefined ? "n/a" : `${r.toFixed(2)}x`);
const kbytes = (b) => `${(b / 1024).toFixed(1)} KB`;

function table(head, rows, align) {
  const lines = [`| ${head.join(" | ")} |`, `|${align.map((a) => (a === "r" ? "---:" : "---")).join("|")}|`];
  for (const r of rows) lines.push(`| ${r.join(" | ")} |`);
  return lines.join("\n");
}

function machineLine(m) {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage.join(" / ")} at start, ${m.loadAverageAfter.join(" / ")} at end.`;
}

function comparisonTable(comparisons) {
  return table(
    [
      "Workbook",
      "Sheet rows",
      "File",
      "Bare read (wall)",
      "periksa (wall)",
      "Ratio (wall)",
      "Bare read (CPU)",
      "periksa (CPU)",
      "Ratio (CPU)",
      "Peak RSS read",
      "Peak RSS periksa",
      "Runs",
    ],
    comparisons.map((c) => [
      c.label,
      int(c.sheetRows),
      `${(c.bytes / 2 ** 20).toFixed(1)} MB`,
      sec(c.read.wallMs),
      sec(c.periksa.wallMs),
      ratio(c.ratioWall),
      sec(c.read.cpuMs),
      sec(c.periksa.cpuMs),
      ratio(c.ratioCpu),
      mb(c.read.maxRssKb),
      mb(c.periksa.maxRssKb),
      String(c.runs),
    ]),
    ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]
  );
}

function phaseTable(p) {
  const steps = [
    ["readFile", "read file (fs)"],
    ["excelLoad", "ExcelJS xlsx.load"],
    ["snapshot", "sheet snapshot (src/cli/read-xlsx.ts)"],
    ["layout", "detectLayout"],
    ["environment", "reference data (createCliEnvironment)"],
    ["analyze", "analyze: buildTree + rules + summary"],
    ["report", "text report"],
  ];
  const total = (k) => steps.reduce((s, [key]) => s + p[k][key], 0);
  const cpuTotal = total("cpuMs");
  const rows = steps.map(([key, name]) => [
    name,
    int(p.wallMs[key]),
    int(p.cpuMs[key]),
    `${((p.cpuMs[key] / cpuTotal) * 100).toFixed(1)}%`,
  ]);
  rows.push(["total (in process, after start-up)", int(total("wallMs")), int(cpuTotal), "100.0%"]);
  return table(["Step (one run, cold, as the CLI takes them)", "Wall ms", "CPU ms", "CPU share"], rows, [
    "l",
    "r",
    "r",
    "r",
  ]);
}

function coreSplitTable(p) {
  const s = p.coreSplitCpuMs;
  const parts = [
    ["detectLayout", s.layout],
    ["buildTree", s.tree],
    ["rules (runRules)", s.rules],
  ];
  const rows = parts.map(([name, ms]) => [name, int(ms), `${((ms / p.coreMedianCpuMs) * 100).toFixed(1)}%`]);
  rows.push(["one whole analysis (measured apart; includes the summary)", int(p.coreMedianCpuMs), "100.0%"]);
  const heaviest = Object.entries(p.ruleCpuMs ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([id, ms]) => `${id} ${int(ms)} ms`);
  const note = heaviest.length ? `\n\nHeaviest rules (each alone, one warm run, CPU): ${heaviest.join(", ")}.` : "";
  return table([`Core, warm (median of ${p.coreRuns} runs)`, "CPU ms", "Share"], rows, ["l", "r", "r"]) + note;
}

function otherTable(r) {
  const rows = [];
  const p = r.phases;
  rows.push([
    `Core validation throughput (detectLayout + buildTree + rules, ${int(p.size)}-row snapshot in memory)`,
    `${int(p.coreRowsPerSecond)} rows/s of CPU time (median ${int(p.coreMedianCpuMs)} ms CPU over ${p.coreRuns} runs; ${int(p.budgetRows)} budget rows, ${int(p.findings)} findings: ${p.summary.error} errors, ${p.summary.warning} warnings, ${p.summary.info} info)`,
  ]);
  rows.push([
    "RPA fill, 10,000 lines (src/core/rpa makeBenchmarkPlan + fillPlan)",
    r.rpa.status === "ok"
      ? `${int(r.rpa.medianMs)} ms (${int(r.rpa.linesPerSecond)} lines/s, median of ${r.rpa.runs}; peak RSS ${mb(r.rpa.maxRssKb)})`
      : `pending (${r.rpa.reason})`,
  ]);
  const biggest = r.comparisons[r.comparisons.length - 1];
  rows.push([
    `Peak memory, telaah periksa on ${biggest.label}`,
    `${mb(biggest.periksa.maxRssKb)} (bare read ${mb(biggest.read.maxRssKb)})`,
  ]);
  const s = r.excelSync;
  rows.push([
    `context.sync() for a ${s.rows ? int(s.rows) : "50,000"}-row sheet (src/excel read adapter, office-addin-mock fake Excel, default 4 MB block budget)`,
    s.status === "ok"
      ? `${s.syncs} syncs (1 + ${s.blocks} row blocks); bytes per response: max ${kbytes(s.maxBlockBytes)}, mean ${kbytes(s.meanBlockBytes)}, total ${kbytes(s.totalBytes)}; the snapshot read this way gives ${s.errors} errors for ${s.seededDefects} seeded defects`
      : `pending (${s.reason})`,
  ]);
  const b = r.bundle;
  rows.push([
    `Task pane initial JS, gzipped (${b.dir ?? "dist"}/, webpack production build)`,
    b.status === "ok"
      ? `${kbytes(b.initialGzipBytes)} (${kbytes(b.initialBytes)} raw, ${b.initial.length} files${b.production ? "" : ", NOT a production build"}); lazy chunks ${kbytes(b.lazyGzipBytes)} gzipped; built ${b.builtAt}`
      : `not measured (${b.reason})`,
  ]);
  return table(["Figure", "Value"], rows, ["l", "l"]);
}

function formatReport(r) {
  return [
    "## Telaah benchmarks",
    "",
    machineLine(r.machine),
    `Measured ${r.generatedAt} by \`npm run bench\` in ${r.benchSeconds} s.`,
    "",
    "### telaah periksa against a bare ExcelJS read of the same file (whole process, median)",
    "",
    comparisonTable(r.comparisons),
    "",
    `### Where periksa's time goes (${int(r.phases.size)}-row kertas kerja, in one process)`,
    "",
    phaseTable(r.phases),
    "",
    coreSplitTable(r.phases),
    "",
    "### Other figures",
    "",
    otherTable(r),
    "",
  ].join("\n");
}

module.exports = { formatReport };
