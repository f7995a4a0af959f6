"use strict";
/**
 * The floors for `telaah periksa`: a bare read of the same file, touching every cell once so that no
 * lazy work is skipped, run as its own process so that start-up counts as it does for periksa.
 *
 *   node scripts/bench/bare-read.js FILE.xlsx                 ExcelJS: whole file, then xlsx.load
 *   node scripts/bench/bare-read.js FILE.xlsx telaah DIST_NODE Telaah's fast reader: every sheet's snapshot
 * Prints {"rows", "cells"}.
 */
const fs = require("fs");
const path = require("path");

async function bareReadExcelJs(file) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await fs.promises.readFile(file));
  let cells = 0;
  let rows = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) => {
      rows++;
      row.eachCell(() => cells++);
    });
  return { rows, cells };
}

async function bareReadTelaah(file, distNode) {
  const { openFastWorkbook } = require(path.join(distNode, "cli", "xlsx", "fast-workbook.js"));
  const wb = openFastWorkbook(await fs.promises.readFile(file));
  let cells = 0;
  let rows = 0;
  for (let i = 0; i < wb.sheetNames.length; i++)
    for (const line of wb.readSheet(i).values) {
      if (line.length) rows++;
      for (const v of line) if (v !== undefined) cells++;
    }
  return { rows, cells };
}

module.exports = { bareReadExcelJs, bareReadTelaah };

if (require.main === module) {
  const [file, reader, distNode] = process.argv.slice(2);
  const read = reader === "telaah" ? bareReadTelaah(file, path.resolve(distNode)) : bareReadExcelJs(file);
  read.then((counts) => process.stdout.write(JSON.stringify(counts) + "\n"));
}
