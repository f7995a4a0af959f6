/*
 * Stand-in Excel host, part 5: Range and RangeAreas. A range proxy is one rectangle or several
 * (RangeAreas) on one sheet model.
 */
/* eslint-disable */
class Range extends ClientObject {
  constructor(ctx, sheet, b) {
    super(ctx);
    this._sheet = sheet;
    this._b = b;
    this._areas = [b];
    this.format = new RangeFormat(ctx, sheet, this._areas);
  }
  get worksheet() {
    return new Worksheet(this.context, this._sheet);
  }
  _grid(fn) {
    const out = [];
    for (let r = this._b.top; r <= this._b.bottom; r++) {
      const row = [];
      for (let c = this._b.left; c <= this._b.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }
  _cells() {
    return (this._b.bottom - this._b.top + 1) * (this._b.right - this._b.left + 1);
  }
  _read(p) {
    const s = this._sheet,
      b = this._b;
    if (this._cells() > 5000000 && ["values", "formulas", "numberFormat", "text"].includes(p)) {
      this.context._fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      return null;
    }
    switch (p) {
      case "address":
        return sheetPrefix(s.name) + refOf(b);
      case "addressLocal":
        return sheetPrefix(s.name) + refOf(b);
      case "rowIndex":
        return b.top;
      case "columnIndex":
        return b.left;
      case "rowCount":
        return b.bottom - b.top + 1;
      case "columnCount":
        return b.right - b.left + 1;
      case "cellCount":
        return this._cells();
      case "values":
        this.context._host.cellsRead += this._cells();
        return this._grid((r, c) => s.value(r, c));
      case "text":
        return this._grid((r, c) => String(s.value(r, c)));
      case "formulas":
        return this._grid((r, c) => {
          const cell = s.cell(r, c);
          return cell && cell.f ? cell.f : s.value(r, c);
        });
      case "numberFormat":
        return this._grid((r, c) => {
          const cell = s.cell(r, c);
          return (cell && cell.nf) || "General";
        });
      case "valueTypes":
        return this._grid((r, c) => {
          const v = s.value(r, c);
          return v === ""
            ? "Empty"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : /^#/.test(v)
                  ? "Error"
                  : "String";
        });
      case "rowHidden": {
        let hidden = 0;
        for (let r = b.top; r <= b.bottom; r++) if (s.hidden.has(r)) hidden++;
        return hidden === 0 ? false : hidden === b.bottom - b.top + 1 ? true : null;
      }
      case "columnHidden":
        return false;
      case "hidden":
        return false;
    }
    return null;
  }
  _set(p, v) {
    const s = this._sheet,
      b = this._b;
    const rows = b.bottom - b.top + 1,
      cols = b.right - b.left + 1;
    const single = !Array.isArray(v) || (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1);
    const at = (i, j) => (Array.isArray(v) ? (single ? v[0][0] : v[i][j]) : v);
    if (!single && (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))) {
      this.context._fail(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range (${rows}x${cols}).`
      );
      return;
    }
    if (s.protected) {
      this.context._fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
      return;
    }
    this.context._write(s, this._areas);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const r = b.top + i,
          c = b.left + j,
          x = at(i, j);
        if (p === "values") s.write(r, c, x, false);
        else if (p === "formulas") s.write(r, c, x, true);
        else if (p === "numberFormat") s.touch(r, c).nf = x;
      }
  }
  select() {
    this._sheet.book.active = this._sheet.book.sheets.indexOf(this._sheet);
    this._sheet.book.selection = { sheet: this._sheet, b: this._b };
  }
  getCell(r, c) {
    return new Range(this.context, this._sheet, {
      top: this._b.top + r,
      left: this._b.left + c,
      bottom: this._b.top + r,
      right: this._b.left + c,
    });
  }
  getRow(i) {
    return new Range(this.context, this._sheet, {
      top: this._b.top + i,
      bottom: this._b.top + i,
      left: this._b.left,
      right: this._b.right,
    });
  }
  getEntireRow() {
    return new Range(this.context, this._sheet, {
      top: this._b.top,
      bottom: this._b.bottom,
      left: 0,
      right: MAX_COLS - 1,
    });
  }
  getResizedRange(dr, dc) {
    return new Range(this.context, this._sheet, {
      top: this._b.top,
      left: this._b.left,
      bottom: this._b.bottom + dr,
      right: this._b.right + dc,
    });
  }
  getOffsetRange(dr, dc) {
    const b = this._b;
    return new Range(this.context, this._sheet, {
      top: b.top + dr,
      left: b.left + dc,
      bottom: b.bottom + dr,
      right: b.right + dc,
    });
  }
  getUsedRange(valuesOnly) {
    return this._usedWithin(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly) {
    return this._usedWithin(valuesOnly, true);
  }
  _usedWithin(valuesOnly, nullable) {
    const u = this._sheet.used(!!valuesOnly);
    const b =
      u && intersects(u, this._b)
        ? {
            top: Math.max(u.top, this._b.top),
            left: Math.max(u.left, this._b.left),
            bottom: Math.min(u.bottom, this._b.bottom),
            right: Math.min(u.right, this._b.right),
          }
        : null;
    if (!b && !nullable) this.context._fail("ItemNotFound", "No used range");
    return new Range(this.context, this._sheet, b || { top: 0, left: 0, bottom: 0, right: 0 })._asNullable(!b);
  }
  getMergedAreasOrNullObject() {
    const hits = this._sheet.merges.filter((m) => intersects(m, this._b));
    return new RangeAreas(
      this.context,
      this._sheet,
      hits.length ? hits : [{ top: 0, left: 0, bottom: 0, right: 0 }]
    )._asNullable(hits.length === 0);
  }
  getCellProperties(spec) {
    return new ClientResult(this.context, () => this._grid((r, c) => cellProperties(this._sheet, r, c, spec)));
  }
  setCellProperties(grid) {
    this.context._write(this._sheet, this._areas);
    grid.forEach((row, i) =>
      row.forEach((props, j) => {
        const fill = props && props.format && props.format.fill;
        if (!fill) return;
        const cell = this._sheet.touch(this._b.top + i, this._b.left + j);
        const f = Object.assign({}, fillOf(cell), fill);
        if (fill.color && !fill.pattern && f.pattern === "None") f.pattern = "Solid";
        cell.fill = f.pattern === "None" ? null : f;
      })
    );
  }
  clear() {
    this.context._write(this._sheet, this._areas);
    cellsOf(this._areas, (r, c) => {
      const row = this._sheet.rows[r];
      if (row) row[c] = undefined;
    });
  }
}
ClientObject.define(
  Range,
  [
    "address",
    "addressLocal",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "text",
    "formulas",
    "numberFormat",
    "valueTypes",
    "rowHidden",
    "columnHidden",
    "hidden",
  ],
  ["values", "formulas", "numberFormat", "rowHidden"],
  ["format"]
);

function cellProperties(sheet, r, c, spec) {
  const out = {};
  const cell = sheet.cell(r, c);
  if (spec.address) out.address = sheetPrefix(sheet.name) + a1(r, c);
  if (spec.format) {
    out.format = {};
    if (spec.format.fill) {
      const f = fillOf(cell);
      out.format.fill = {};
      for (const k of Object.keys(spec.format.fill)) if (spec.format.fill[k]) out.format.fill[k] = f[k];
    }
    if (spec.format.font) out.format.font = { bold: !!(cell && cell.bold) };
  }
  return out;
}

class RangeAreas extends ClientObject {
  constructor(ctx, sheet, areas) {
    super(ctx);
    this._sheet = sheet;
    this._areas = areas;
    this.format = new RangeFormat(ctx, sheet, areas);
  }
  _read(p) {
    if (p === "address") return this._areas.map((b) => sheetPrefix(this._sheet.name) + refOf(b)).join(",");
    if (p === "areaCount") return this._areas.length;
    if (p === "cellCount") return this._areas.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
    return null;
  }
  _set() {}
  get areas() {
    const ctx = this.context,
      sheet = this._sheet;
    const list = () => this._areas.map((b) => new Range(ctx, sheet, b));
    const coll = new RangeCollection(ctx, list);
    return coll;
  }
}
ClientObject.define(RangeAreas, ["address", "areaCount", "cellCount"], [], ["format"]);

class RangeCollection extends CollectionBase {
  constructor(ctx, list) {
    super(ctx);
    this._list = list;
  }
}
ClientObject.define(RangeCollection, []);
