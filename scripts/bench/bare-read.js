"use strict";
/**
 * The floor for `telaah periksa`: a bare read of the same file with the same library, the same way the
 * CLI reads it (whole file into memory, then ExcelJS's xlsx.load), touching every cell once so that no
 * lazy work is skipped. Run as its own process so both are timed whole (start-up included).
 *
 *   node scripts/bench/bare-read.js FILE.xlsx
 */
const fs = require("fs");
const ExcelJS = require("exceljs");

async function bareRead(file) {
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

module.exports = { bareRead };

if (require.main === module) {
  bareRead(process.argv[2]).then((counts) => process.stdout.write(JSON.stringify(counts) + "\n"));
}
