"use strict";
/**
 * The RKAKL application's own .XLS export (BIFF2) against the same data saved as .xlsx: whole-process
 * `telaah periksa` on each, with the findings (all but the sheet name) required to be the same.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const { runMeasured, median } = require("./measure");

const NODE = process.execPath;

function findingsOf(telaah, file) {
  const r = spawnSync(NODE, [telaah, "periksa", file, "--json"], { maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`periksa ${file} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.toString()).findings.map((f) => ({ ...f, sheet: undefined }));
}

async function legacyXlsBench({ telaah, xls, xlsx, runs, log }) {
  if (!fs.existsSync(xls) || !fs.existsSync(xlsx)) return { status: "pending", reason: `${xls} tidak ada` };
  if (JSON.stringify(findingsOf(telaah, xls)) !== JSON.stringify(findingsOf(telaah, xlsx)))
    throw new Error("legacy .XLS: findings differ from the .xlsx");
  const times = { xls: [], xlsx: [] };
  for (let i = 0; i < runs; i++) {
    log(`RKAKL .XLS (BIFF2) against its .xlsx: run ${i + 1}/${runs}`);
    times.xls.push(await runMeasured(NODE, [telaah, "periksa", xls]));
    times.xlsx.push(await runMeasured(NODE, [telaah, "periksa", xlsx]));
  }
  const wall = (xs) => median(xs.map((x) => x.wallMs));
  return { status: "ok", runs, xlsWallMs: wall(times.xls), xlsxWallMs: wall(times.xlsx), bytes: fs.statSync(xls).size };
}

module.exports = { legacyXlsBench };
