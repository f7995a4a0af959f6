/*
 * Stand-in Excel host, part 7: worksheets, the workbook and the request
 * context whose sync() commits loads, raises queued errors and fires onChanged for the add-in's writes.
 */
/* eslint-disable */
class Worksheet extends ClientObject {
  constructor(ctx, sheet) {
    super(ctx);
    this._sheet = sheet;
    this.protection = new WorksheetProtection(ctx, sheet);
    this.notes = new NoteCollection(ctx, sheet);
    this.comments = new CommentCollection(ctx, sheet.book, sheet);
    this.onChanged = new EventHandlers(ctx, sheet.handlers);
    this.freezePanes = { freezeRows: (n) => (sheet.frozenRows = n), unfreeze: () => (sheet.frozenRows = 0) };
  }
  _read(p) {
    const s = this._sheet;
    return { name: s.name, id: s.id, position: s.book.sheets.indexOf(s), visibility: "Visible" }[p];
  }
  _set(p, v) {
    if (p === "name") this._sheet.name = v;
  }
  activate() {
    this._sheet.book.active = this._sheet.book.sheets.indexOf(this._sheet);
  }
  delete() {
    const b = this._sheet.book;
    b.sheets.splice(b.sheets.indexOf(this._sheet), 1);
    b.active = 0;
  }
  getRange(address) {
    if (address === undefined)
      return new Range(this.context, this._sheet, { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 });
    const b = parseRef(splitSheet(address).ref);
    if (!b) {
      this.context._fail("InvalidArgument", `The argument is invalid or missing: ${address}`);
      return new Range(this.context, this._sheet, { top: 0, left: 0, bottom: 0, right: 0 });
    }
    return new Range(this.context, this._sheet, b);
  }
  getRanges(addresses) {
    const parts = String(addresses)
      .split(",")
      .map((a) => parseRef(splitSheet(a).ref));
    if (parts.some((b) => !b))
      this.context._fail("InvalidArgument", `The argument is invalid or missing: ${addresses}`);
    return new RangeAreas(this.context, this._sheet, parts.filter(Boolean));
  }
  getCell(r, c) {
    return new Range(this.context, this._sheet, { top: r, left: c, bottom: r, right: c });
  }
  getUsedRange(valuesOnly) {
    return this.getRange()._usedWithin(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly) {
    return this.getRange()._usedWithin(valuesOnly, true);
  }
}
ClientObject.define(Worksheet, ["name", "id", "position", "visibility"], ["name"], ["protection"]);

class WorksheetCollection extends CollectionBase {
  constructor(ctx, book) {
    super(ctx);
    this._book = book;
  }
  _list() {
    return this._book.sheets.map((s) => new Worksheet(this.context, s));
  }
  getItem(name) {
    const s = this._book.sheet(name);
    if (!s) {
      this.context._fail("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      return new Worksheet(this.context, new SheetModel(this._book, name, "missing"));
    }
    return new Worksheet(this.context, s);
  }
  getItemOrNullObject(name) {
    const s = this._book.sheet(name);
    return new Worksheet(this.context, s || new SheetModel(this._book, name, "missing"))._asNullable(!s);
  }
  getActiveWorksheet() {
    return new Worksheet(this.context, this._book.sheets[this._book.active]);
  }
  add(name) {
    if (this._book.sheet(name)) {
      this.context._fail("ItemAlreadyExists", `A sheet named ${name} already exists`);
      return this.getItem(name);
    }
    return new Worksheet(this.context, this._book.addSheet(name));
  }
}
ClientObject.define(WorksheetCollection, []);

class Workbook extends ClientObject {
  constructor(ctx, book) {
    super(ctx);
    this._book = book;
    this.worksheets = new WorksheetCollection(ctx, book);
    this.settings = new SettingCollection(ctx, book);
    this.comments = new CommentCollection(ctx, book, null);
    this.application = {
      suspendApiCalculationUntilNextSync() {},
      suspendScreenUpdatingUntilNextSync() {},
      calculationMode: "Automatic",
    };
  }
  _read(p) {
    return p === "name" ? "contoh.xlsx" : null;
  }
  getSelectedRange() {
    const sel = this._book.selection;
    const sheet = sel && this._book.sheets.includes(sel.sheet) ? sel.sheet : this._book.sheets[this._book.active];
    return new Range(
      this.context,
      sheet,
      sel && sel.sheet === sheet ? sel.b : { top: 0, left: 0, bottom: 0, right: 0 }
    );
  }
}
ClientObject.define(Workbook, ["name"]);

class RequestContext {
  constructor(host) {
    this._host = host;
    this._pending = [];
    this._error = null;
    this._changes = [];
    this.workbook = new Workbook(this, host.book);
    this.trackedObjects = { add() {}, remove() {} };
  }
  _fail(code, message) {
    if (!this._error) this._error = new FakeOfficeError(code, message);
  }
  _write(sheet, areas) {
    this._changes.push({ sheet, areas: areas.map((b) => Object.assign({}, b)) });
  }
  async sync() {
    const host = this._host;
    host.syncs++;
    // A round trip to Excel takes time; tests that cancel a long read make it take longer.
    await new Promise((r) => setTimeout(r, host.syncDelay || 0));
    // A failed batch is dropped whole, as in Excel: nothing it queued is loaded.
    const error = host.cellEditMode
      ? new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.")
      : this._error;
    const pending = this._pending;
    this._pending = [];
    this._error = null;
    if (error) {
      this._changes = [];
      throw error;
    }
    for (const o of pending) o._commit();
    const changes = this._changes;
    this._changes = [];
    for (const ch of changes) host.fireChanged(ch.sheet, ch.areas, "ThisLocalAddin");
  }
}
