/**
 * Reads a real .xlsx with ExcelJS into the stand-in host's cell list, as Excel's own JS API would
 * report the cells: values (formula results, dates as serial numbers, errors as "#REF!"), formulas with
 * "=", number formats, solid fills, merged areas and hidden rows.
 */
const ExcelJS = require("exceljs");

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plainValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object") {
    if ("error" in v) return v.error;
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result === undefined ? null : v.result);
    if ("text" in v) return String(v.text);
  }
  return String(v);
}

/** A solid fill with an explicit colour, as "#RRGGBB"; theme and pattern fills are left out. */
function solidFill(fill) {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor && fill.fgColor.argb;
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return null;
  return {
    color: `#${argb.slice(2).toUpperCase()}`,
    pattern: "Solid",
    patternColor: null,
    tintAndShade: 0,
    patternTintAndShade: 0,
  };
}

function sheetData(ws) {
  const cells = [];
  const hidden = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hidden.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = plainValue(cell.value);
      const formula = cell.formula ? `=${cell.formula}` : null;
      const nf = cell.numFmt || "General";
      const fill = solidFill(cell.fill);
      if (v === null && !formula && !fill) return;
      cells.push([rowNumber - 1, colNumber - 1, v, formula, nf, fill]);
    });
  });
  const merges = (ws.model.merges || []).map((ref) => {
    const [a, b] = ref.split(":");
    const s = ws.getCell(a);
    const e = ws.getCell(b || a);
    return [Number(s.row) - 1, Number(s.col) - 1, Number(e.row) - 1, Number(e.col) - 1];
  });
  return { name: ws.name, cells, merges, hidden };
}

async function workbookData(source) {
  const wb = new ExcelJS.Workbook();
  if (Buffer.isBuffer(source)) await wb.xlsx.load(source);
  else await wb.xlsx.readFile(source);
  return { sheets: wb.worksheets.map(sheetData) };
}

module.exports = { workbookData, plainValue };
