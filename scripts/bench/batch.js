"use strict";
/**
 * A reviewer's folder of workbooks, checked three ways, each as a whole process: one `telaah periksa FILE`
 * per file (a shell loop), `telaah periksa FOLDER --paralel 1` (one process, one thread), and
 * `telaah periksa FOLDER --paralel N` (one process, N worker threads; N = the machine's cores). Every way must give each file the
 * very JSON a run on that file alone gives.
 */
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { runMeasured, median } = require("./measure");

const NODE = process.execPath;
const sha256 = (text) => crypto.createHash("sha256").update(text).digest("hex");

/** Copies each source `copies` times into a fresh folder; returns the folder and its files in name order. */
function makeFolder(dir, sources, copies) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  sources.forEach((src, s) => {
    for (let i = 0; i < copies; i++)
      fs.copyFileSync(src, path.join(dir, `${String(s)}-${String(i).padStart(2, "0")}-${path.basename(src)}`));
  });
  return fs
    .readdirSync(dir)
    .sort()
    .map((n) => path.join(dir, n));
}

async function batchBench({ telaah, dir, sources, copies, runs, threads, log }) {
  const files = makeFolder(dir, sources, copies);
  const loops = [];
  const oneThread = [];
  const threaded = [];
  let singleHashes = null;
  for (let i = 0; i < runs; i++) {
    log(`folder of ${files.length} workbooks: run ${i + 1}/${runs}`);
    const t0 = process.hrtime.bigint();
    const singles = [];
    for (const f of files) singles.push(await runMeasured(NODE, [telaah, "periksa", f, "--json"]));
    const sum = (k) => singles.reduce((s, r) => s + (r[k] ?? 0), 0);
    loops.push({
      wallMs: Number(process.hrtime.bigint() - t0) / 1e6,
      cpuMs: sum("cpuMs"),
      maxRssKb: Math.max(...singles.map((r) => r.maxRssKb ?? 0)),
    });
    singleHashes ??= singles.map((r) => r.outSha256);
    oneThread.push(await runMeasured(NODE, [telaah, "periksa", dir, "--json", "--paralel", "1"]));
    threaded.push(await runMeasured(NODE, [telaah, "periksa", dir, "--json", "--paralel", String(threads)]));
  }
  // The batch's full JSON, once more, to hold each file's part to the single run's output.
  const again = spawnSync(NODE, [telaah, "periksa", dir, "--json"], { maxBuffer: 1 << 30 });
  if (again.status !== 0 && again.status !== 1) throw new Error(`batch exited ${again.status}: ${again.stderr}`);
  const whole = JSON.parse(again.stdout.toString());
  whole.files.forEach((f, i) => {
    if (sha256(JSON.stringify(f) + "\n") !== singleHashes[i])
      throw new Error(`batch: ${files[i]} differs from its single run`);
  });
  for (const r of [...oneThread, ...threaded])
    if (r.outSha256 !== oneThread[0].outSha256) throw new Error("batch: runs printed different reports");
  const figures = (xs) => ({
    wallMs: median(xs.map((x) => x.wallMs)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    maxRssKb: median(xs.map((x) => x.maxRssKb)),
  });
  return {
    files: files.length,
    sources: sources.map((s) => path.basename(s)),
    copies,
    runs,
    threads,
    loop: figures(loops),
    oneThread: figures(oneThread),
    threaded: figures(threaded),
    sameFindings: true,
  };
}

module.exports = { batchBench };
