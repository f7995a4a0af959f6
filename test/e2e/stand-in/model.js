/*
 * Stand-in Excel host, part 2: the workbook in memory. A cell is { v, f, nf, fill, bold }: value,
 * formula ("=..."), number format, fill ({ color, pattern, patternColor, tintAndShade,
 * patternTintAndShade } or null for none). Formulas written by the add-in are evaluated for the small
 * subset budget sheets use (+ - * /, cell references, SUM of a range).
 */
/* eslint-disable */
const NO_FILL = { color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };

class SheetModel {
  constructor(book, name, id) {
    this.book = book;
    this.name = name;
    this.id = id;
    this.rows = [];
    this.merges = [];
    this.hidden = new Set();
    this.notes = new Map();
    this.protected = false;
    this.frozenRows = 0;
    this.handlers = [];
  }
  cell(r, c) {
    const row = this.rows[r];
    return row ? row[c] : undefined;
  }
  touch(r, c) {
    const row = this.rows[r] || (this.rows[r] = []);
    return row[c] || (row[c] = { v: null, f: null, nf: "General", fill: null, bold: false });
  }
  /** Bounding box of cells with a value or formula (valuesOnly) or with anything at all. */
  used(valuesOnly) {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        const has = (cell.v !== null && cell.v !== "") || cell.f;
        const formatted = cell.fill || cell.bold || (cell.nf && cell.nf !== "General");
        if (!has && (valuesOnly || !formatted)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }
  value(r, c) {
    const cell = this.cell(r, c);
    return cell && cell.v !== null && cell.v !== undefined ? cell.v : "";
  }
  /** The add-in or the user puts something in a cell: a formula when it starts with "=". */
  write(r, c, input, asFormula) {
    const cell = this.touch(r, c);
    if (typeof input === "string" && input.startsWith("=") && (asFormula || cell.nf !== "@")) {
      cell.f = input;
      cell.v = evaluate(this, input);
    } else {
      cell.f = null;
      cell.v = input === "" || input === null || input === undefined ? null : input;
    }
    this.book.recalc(this);
  }
}

class WorkbookModel {
  constructor() {
    this.sheets = [];
    this.active = 0;
    this.selection = null;
    this.settings = new Map();
    this.comments = [];
    this.nextId = 1;
  }
  addSheet(name) {
    const s = new SheetModel(this, name, `{${String(this.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`);
    this.sheets.push(s);
    return s;
  }
  sheet(name) {
    const n = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }
  /** Re-evaluates every formula on the sheet (sheets here are small enough). */
  recalc(sheet) {
    for (let pass = 0; pass < 3; pass++) {
      sheet.rows.forEach(
        (row) =>
          row &&
          row.forEach((cell) => {
            if (cell && cell.f) cell.v = evaluate(sheet, cell.f);
          })
      );
    }
  }
}

/** =A1*B2+3, =SUM(F10:F20), =(A1+A2)/2; anything else gives #NAME?. */
function evaluate(sheet, formula) {
  const src = formula.slice(1).toUpperCase().replace(/\$/g, "");
  let i = 0;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === " ") i++;
  };
  const num = (v) =>
    typeof v === "number" ? v : v === "" || v === null ? 0 : Number.isFinite(Number(v)) ? Number(v) : NaN;
  function primary() {
    skip();
    if (peek() === "(") {
      i++;
      const v = expr();
      skip();
      i++;
      return v;
    }
    if (peek() === "-") {
      i++;
      return -primary();
    }
    let m = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const b = parseRef(`${m[1]}:${m[2]}`);
      let s = 0;
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const v = num(sheet.value(r, c));
          if (Number.isFinite(v)) s += v;
        }
      return s;
    }
    m = /^[A-Z]{1,3}\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const b = parseRef(m[0]);
      return num(sheet.value(b.top, b.left));
    }
    m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    throw new Error("unsupported");
  }
  function term() {
    let v = primary();
    for (skip(); peek() === "*" || peek() === "/"; skip()) {
      const op = src[i++];
      const w = primary();
      v = op === "*" ? v * w : v / w;
    }
    return v;
  }
  function expr() {
    let v = term();
    for (skip(); peek() === "+" || peek() === "-"; skip()) {
      const op = src[i++];
      const w = term();
      v = op === "+" ? v + w : v - w;
    }
    return v;
  }
  try {
    const v = expr();
    skip();
    if (i !== src.length || !Number.isFinite(v)) return "#NAME?";
    return Math.round(v * 1e9) / 1e9;
  } catch (e) {
    return "#NAME?";
  }
}

function fillOf(cell) {
  return cell && cell.fill ? Object.assign({}, NO_FILL, cell.fill) : Object.assign({}, NO_FILL);
}
