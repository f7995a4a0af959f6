#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: Telaah's performance figures, printed as a stable markdown table and written to
 * bench-results/latest.json with the machine they were measured on.
 *
 *   node scripts/bench.js [--quick] [--sizes 5000,50000,200000] [--runs 3] [--no-pane-build]
 *
 * - `telaah periksa` whole-process time against a bare read of the same file with ExcelJS and with
 *   Telaah's own fast reader (the floors), and periksa forced onto ExcelJS, on the bundled sample and
 *   generated kertas kerja workbooks of 5k, 50k and 200k rows;
 * - where periksa's time goes (read, snapshot, layout, tree, rules, report) and the core's throughput
 *   (detectLayout + buildTree + rules on an in-memory snapshot) in rows per second;
 * - a folder of workbooks: one periksa process per file against one run over the folder, in one thread
 *   and in worker threads;
 * - the RKAKL application's BIFF2 .XLS sample against the same data as .xlsx (../shared/samples);
 * - RPA fill of 10,000 lines; context.sync() count and bytes per request for a 50k-row sheet through the
 *   Office.js read adapter (office-addin-mock); the task pane's initial JS, gzipped.
 * The CLI is compiled into bench-results/build and the pane built into bench-results/pane (not dist/,
 * which `npm run build` cleans and which may be stale; --no-pane-build reads dist/ instead), so the
 * figures are for the working tree as it is. Generated workbooks are cached in bench-results/workbooks.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { GENERATOR_VERSION } = require("./bench/generate-workbook");
const { machineInfo } = require("./bench/machine");
const { runMeasured, median } = require("./bench/measure");
const { bundleSize } = require("./bench/bundle-size");
const { formatReport } = require("./bench/report");
const { batchBench } = require("./bench/batch");
const { legacyXlsBench } = require("./bench/legacy-xls");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench-results");
const BUILD = path.join(OUT, "build");
const DIST_NODE = path.join(BUILD, "dist", "node");
const PANE = path.join(OUT, "pane");
const SAMPLE = path.join(ROOT, "contoh", "poltekes_632242_RKA-KL1810.xlsx");
const NODE = process.execPath;

function parseArgs(argv) {
  const opts = { quick: false, sizes: [5000, 50000, 200000], runs: 3, paneBuild: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") opts.quick = true;
    else if (a === "--sizes") opts.sizes = argv[++i].split(",").map(Number);
    else if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--no-pane-build") opts.paneBuild = false;
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.quick) {
    opts.sizes = [5000];
    opts.runs = 1;
    opts.paneBuild = false;
  }
  return opts;
}

function log(text) {
  process.stderr.write(`[bench] ${text}\n`);
}

function buildCli() {
  log("compiling the CLI into bench-results/build");
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(NODE, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", DIST_NODE], {
    cwd: ROOT,
    stdio: "inherit",
  });
  fs.mkdirSync(path.join(BUILD, "bin"), { recursive: true });
  // bin/telaah.js as shipped: it loads ../dist/node/cli/main.js, here the bench's own build.
  fs.copyFileSync(path.join(ROOT, "bin", "telaah.js"), path.join(BUILD, "bin", "telaah.js"));
}

/** The task pane's production build in bench-results/pane: dist/ may be stale, and webpack cleans it. */
function buildPane() {
  log("building the task pane (webpack production) into bench-results/pane");
  const webpack = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
  execFileSync(NODE, [webpack, "--mode", "production", "--output-path", PANE], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return PANE;
}

async function workbookOf(size) {
  const dir = path.join(OUT, "workbooks");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `kertas-kerja-${size}-v${GENERATOR_VERSION}.xlsx`);
  if (!fs.existsSync(file)) {
    log(`generating ${path.relative(ROOT, file)}`);
    const r = await runMeasured(NODE, [
      path.join(__dirname, "bench", "generate-workbook.js"),
      String(size),
      file + ".tmp",
    ]);
    if (r.code !== 0) throw new Error(`generator failed: ${r.stderr}`);
    fs.renameSync(file + ".tmp", file);
  }
  return file;
}

/**
 * Interleaves, run by run, the two bare reads (ExcelJS, and Telaah's fast reader) and periksa with each
 * reader (the default fast one, and TELAAH_PEMBACA=exceljs), so that all four see the same machine load.
 * The two periksa runs must print the same report, byte for byte.
 */
async function periksaVsRead(label, file, runs) {
  const readsExcelJs = [];
  const readsTelaah = [];
  const checks = [];
  const checksExcelJs = [];
  const bare = path.join(__dirname, "bench", "bare-read.js");
  const telaah = path.join(BUILD, "bin", "telaah.js");
  for (let i = 0; i < runs; i++) {
    log(`${label}: run ${i + 1}/${runs}`);
    readsExcelJs.push(await runMeasured(NODE, [bare, file]));
    readsTelaah.push(await runMeasured(NODE, [bare, file, "telaah", DIST_NODE]));
    const p = await runMeasured(NODE, [telaah, "periksa", file]);
    const q = await runMeasured(NODE, [telaah, "periksa", file], {
      env: { ...process.env, TELAAH_PEMBACA: "exceljs" },
    });
    for (const r of [p, q])
      if (r.code !== 0 && r.code !== 1) throw new Error(`periksa ${file} exited ${r.code}: ${r.stderr}`);
    if (p.outSha256 !== q.outSha256 || p.code !== q.code)
      throw new Error(`periksa ${file}: the fast reader and ExcelJS gave different reports`);
    checks.push(p);
    checksExcelJs.push(q);
  }
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  const figures = (xs) => ({ wallMs: pick(xs, "wallMs"), cpuMs: pick(xs, "cpuMs"), maxRssKb: pick(xs, "maxRssKb") });
  const read = figures(readsExcelJs);
  const readTelaah = figures(readsTelaah);
  const periksa = { ...figures(checks), exitCode: checks[0].code, reportBytes: checks[0].outBytes };
  const periksaExcelJs = figures(checksExcelJs);
  const ratio = (a, b) => (a && b ? a / b : null);
  return {
    label,
    file: path.relative(ROOT, file),
    sheetRows: JSON.parse(readsExcelJs[0].stdout).rows,
    bytes: fs.statSync(file).size,
    runs,
    read,
    readTelaah,
    periksa,
    periksaExcelJs,
    sameReport: true,
    ratioWall: ratio(periksa.wallMs, read.wallMs),
    ratioCpu: ratio(periksa.cpuMs, read.cpuMs),
    ratioWallOwnReader: ratio(periksa.wallMs, readTelaah.wallMs),
    ratioCpuOwnReader: ratio(periksa.cpuMs, readTelaah.cpuMs),
  };
}

async function jsonChild(label, args) {
  log(label);
  const r = await runMeasured(NODE, args);
  if (r.code !== 0) throw new Error(`${label} failed (${r.code}): ${r.stderr}`);
  const result = JSON.parse(r.stdout);
  result.maxRssKb = r.maxRssKb;
  return result;
}

async function excelSync(size) {
  const script = path.join(__dirname, "bench", "excel-sync.ts");
  if (!fs.existsSync(path.join(ROOT, "src", "excel", "read-snapshot.ts")) || !fs.existsSync(script)) {
    return { status: "pending", reason: "src/excel read adapter not available" };
  }
  const tsx = path.join(path.dirname(require.resolve("tsx/package.json")), "dist", "cli.mjs");
  return jsonChild(`context.sync() count for ${size} rows (office-addin-mock)`, [tsx, script, String(size)]);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const machine = machineInfo();
  buildCli();

  const comparisons = [];
  comparisons.push(await periksaVsRead("contoh (sampel nyata)", SAMPLE, opts.runs));
  for (const size of opts.sizes) {
    const file = await workbookOf(size);
    comparisons.push(await periksaVsRead(`kertas kerja ${size / 1000}k`, file, size >= 200000 ? 1 : opts.runs));
  }

  const phaseSize = opts.sizes.includes(50000) ? 50000 : opts.sizes[0];
  const phaseFile = await workbookOf(phaseSize);
  const phases = await jsonChild(`periksa phases and core throughput on ${phaseSize} rows`, [
    path.join(__dirname, "bench", "periksa-phases.js"),
    DIST_NODE,
    phaseFile,
    "--core-seconds",
    opts.quick ? "1" : "5",
  ]);
  phases.size = phaseSize;
  const rpa = await jsonChild("RPA fill of 10,000 lines", [
    path.join(__dirname, "bench", "rpa-fill.js"),
    DIST_NODE,
    "10000",
  ]);
  const batch = await batchBench({
    telaah: path.join(BUILD, "bin", "telaah.js"),
    dir: path.join(OUT, "folder"),
    sources: [SAMPLE, await workbookOf(5000)],
    copies: opts.quick ? 2 : 8,
    runs: opts.quick ? 1 : Math.min(opts.runs, 3),
    threads: require("os").availableParallelism(),
    log,
  });
  const samples = path.join(ROOT, "..", "shared", "samples");
  const legacyXls = await legacyXlsBench({
    telaah: path.join(BUILD, "bin", "telaah.js"),
    xls: path.join(samples, "poltekes_632242_RKA-KL1810.XLS"),
    xlsx: path.join(samples, "poltekes_632242_RKA-KL1810.xlsx"),
    runs: opts.runs,
    log,
  });
  const sync = await excelSync(opts.quick ? 5000 : 50000);
  const bundle = bundleSize(opts.paneBuild ? buildPane() : path.join(ROOT, "dist"));

  const results = {
    generatedAt: new Date().toISOString(),
    benchSeconds: Math.round((Date.now() - started) / 1000),
    machine: {
      ...machine,
      loadAverageAfter: require("os")
        .loadavg()
        .map((x) => Number(x.toFixed(2))),
    },
    options: opts,
    comparisons,
    phases,
    rpa,
    batch,
    legacyXls,
    excelSync: sync,
    bundle,
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "latest.json"), JSON.stringify(results, null, 2) + "\n");
  process.stdout.write(formatReport(results));
  log(`done in ${results.benchSeconds} s; bench-results/latest.json written`);
}

main().catch((e) => {
  process.stderr.write(`[bench] failed: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
