/*
 * Stand-in Excel host, part 4: cell formats (fill, font) of a range or of several areas.
 */
/* eslint-disable */
function cellsOf(areas, fn) {
  for (const b of areas) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(r, c);
}

/** The same value for every cell, or null when they differ (as Excel reports a mixed range). */
function common(areas, read) {
  let first,
    mixed = false,
    seen = false;
  cellsOf(areas, (r, c) => {
    const v = read(r, c);
    if (!seen) {
      first = v;
      seen = true;
    } else if (JSON.stringify(v) !== JSON.stringify(first)) mixed = true;
  });
  return mixed ? null : first;
}

class RangeFill extends ClientObject {
  constructor(ctx, sheet, areas) {
    super(ctx);
    this._sheet = sheet;
    this._areas = areas;
  }
  _read(p) {
    return common(this._areas, (r, c) => fillOf(this._sheet.cell(r, c))[p]);
  }
  _set(p, v) {
    this.context._write(this._sheet, this._areas);
    cellsOf(this._areas, (r, c) => {
      const cell = this._sheet.touch(r, c);
      const f = Object.assign({}, fillOf(cell));
      f[p] = p === "color" && typeof v === "string" ? v.toUpperCase() : v;
      if (p === "color" && f.pattern === "None") f.pattern = "Solid";
      cell.fill = f.pattern === "None" ? null : f;
    });
  }
  clear() {
    this.context._write(this._sheet, this._areas);
    cellsOf(this._areas, (r, c) => {
      const cell = this._sheet.cell(r, c);
      if (cell) cell.fill = null;
    });
  }
}
ClientObject.define(
  RangeFill,
  ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"],
  ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"]
);

class RangeFont extends ClientObject {
  constructor(ctx, sheet, areas) {
    super(ctx);
    this._sheet = sheet;
    this._areas = areas;
  }
  _read(p) {
    return common(this._areas, (r, c) => {
      const cell = this._sheet.cell(r, c);
      return p === "bold" ? !!(cell && cell.bold) : null;
    });
  }
  _set(p, v) {
    if (p === "bold") cellsOf(this._areas, (r, c) => (this._sheet.touch(r, c).bold = !!v));
  }
}
ClientObject.define(
  RangeFont,
  ["bold", "color", "italic", "name", "size"],
  ["bold", "color", "italic", "name", "size"]
);

class RangeFormat extends ClientObject {
  constructor(ctx, sheet, areas) {
    super(ctx);
    this._sheet = sheet;
    this._areas = areas;
    this.fill = new RangeFill(ctx, sheet, areas);
    this.font = new RangeFont(ctx, sheet, areas);
  }
  _read(p) {
    return p === "wrapText" ? false : p === "columnWidth" ? 48 : p === "rowHeight" ? 15 : null;
  }
  _set() {}
  autofitColumns() {}
  autofitRows() {}
}
ClientObject.define(
  RangeFormat,
  ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
  ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
  ["fill", "font"]
);
