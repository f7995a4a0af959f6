/*
 * Stand-in Excel host, part 6: sheet protection, notes, comments and workbook settings.
 */
/* eslint-disable */
class WorksheetProtection extends ClientObject {
  constructor(ctx, sheet) {
    super(ctx);
    this._sheet = sheet;
  }
  _read(p) {
    return p === "protected" ? this._sheet.protected : null;
  }
}
ClientObject.define(WorksheetProtection, ["protected"]);

class Note extends ClientObject {
  constructor(ctx, sheet, key) {
    super(ctx);
    this._sheet = sheet;
    this._key = key;
  }
  _read(p) {
    const n = this._sheet.notes.get(this._key);
    return p === "content" ? (n ? n.content : null) : p === "authorName" ? "Telaah" : null;
  }
  _set(p, v) {
    const n = this._sheet.notes.get(this._key);
    if (n && p === "content") n.content = v;
  }
  delete() {
    this._sheet.notes.delete(this._key);
  }
  getLocation() {
    const b = parseRef(this._key);
    return new Range(this.context, this._sheet, b);
  }
}
ClientObject.define(Note, ["content", "authorName"], ["content"]);

function cellKeyOf(sheet, cellAddress) {
  const addr = cellAddress instanceof Range ? refOf(cellAddress._b) : splitSheet(cellAddress).ref;
  const b = parseRef(addr);
  return b ? a1(b.top, b.left) : null;
}

class NoteCollection extends CollectionBase {
  constructor(ctx, sheet) {
    super(ctx);
    this._sheet = sheet;
  }
  _list() {
    return [...this._sheet.notes.keys()].map((k) => new Note(this.context, this._sheet, k));
  }
  add(cellAddress, content) {
    const key = cellKeyOf(this._sheet, cellAddress);
    if (!key) this.context._fail("InvalidArgument", "bad note address");
    else if (this._sheet.notes.has(key)) this.context._fail("InvalidArgument", "The cell already has a note.");
    else this._sheet.notes.set(key, { content });
    return new Note(this.context, this._sheet, key);
  }
  getItem(key) {
    const k = cellKeyOf(this._sheet, key);
    if (!this._sheet.notes.has(k)) this.context._fail("ItemNotFound", "note");
    return new Note(this.context, this._sheet, k);
  }
  getItemOrNullObject(key) {
    const k = cellKeyOf(this._sheet, key);
    return new Note(this.context, this._sheet, k)._asNullable(!this._sheet.notes.has(k));
  }
}
ClientObject.define(NoteCollection, []);

class Comment extends ClientObject {
  constructor(ctx, book, id) {
    super(ctx);
    this._book = book;
    this._id = id;
  }
  _entry() {
    return this._book.comments.find((c) => c.id === this._id);
  }
  _read(p) {
    const e = this._entry();
    if (!e) return null;
    return p === "id"
      ? e.id
      : p === "content"
        ? e.content
        : p === "authorName"
          ? "Telaah"
          : p === "resolved"
            ? false
            : null;
  }
  _set(p, v) {
    const e = this._entry();
    if (e && p === "content") e.content = v;
  }
  delete() {
    this._book.comments = this._book.comments.filter((c) => c.id !== this._id);
  }
  getLocation() {
    const e = this._entry();
    return new Range(this.context, e.sheet, parseRef(e.cell));
  }
}
ClientObject.define(Comment, ["id", "content", "authorName", "resolved"], ["content"]);

class CommentCollection extends CollectionBase {
  constructor(ctx, book, sheet) {
    super(ctx);
    this._book = book;
    this._sheetFilter = sheet;
  }
  _list() {
    return this._book.comments
      .filter((c) => !this._sheetFilter || c.sheet === this._sheetFilter)
      .map((c) => new Comment(this.context, this._book, c.id));
  }
  add(cellAddress, content) {
    let sheet, key;
    if (cellAddress instanceof Range) {
      sheet = cellAddress._sheet;
      key = a1(cellAddress._b.top, cellAddress._b.left);
    } else {
      const { sheet: sn, ref } = splitSheet(cellAddress);
      sheet = sn ? this._book.sheet(sn) : this._sheetFilter;
      const b = parseRef(ref);
      key = b && a1(b.top, b.left);
    }
    const id = `comment-${this._book.nextId++}`;
    if (!sheet || !key) this.context._fail("InvalidArgument", "bad comment address");
    else this._book.comments.push({ id, sheet, cell: key, content });
    return new Comment(this.context, this._book, id);
  }
  getItem(id) {
    if (!this._book.comments.some((c) => c.id === id)) this.context._fail("ItemNotFound", "comment");
    return new Comment(this.context, this._book, id);
  }
  getItemOrNullObject(id) {
    return new Comment(this.context, this._book, id)._asNullable(!this._book.comments.some((c) => c.id === id));
  }
  getItemByCell(cellAddress) {
    const { sheet: sn, ref } = splitSheet(
      cellAddress instanceof Range ? sheetPrefix(cellAddress._sheet.name) + refOf(cellAddress._b) : cellAddress
    );
    const b = parseRef(ref);
    const sheet = sn ? this._book.sheet(sn) : this._sheetFilter;
    const e = this._book.comments.find((c) => c.sheet === sheet && c.cell === a1(b.top, b.left));
    if (!e) this.context._fail("ItemNotFound", "comment");
    return new Comment(this.context, this._book, e ? e.id : "none");
  }
}
ClientObject.define(CommentCollection, []);

class Setting extends ClientObject {
  constructor(ctx, book, key) {
    super(ctx);
    this._book = book;
    this._key = key;
  }
  _read(p) {
    return p === "key" ? this._key : p === "value" ? this._book.settings.get(this._key) : null;
  }
  _set(p, v) {
    if (p === "value") this._book.settings.set(this._key, v);
  }
  delete() {
    this._book.settings.delete(this._key);
  }
}
ClientObject.define(Setting, ["key", "value"], ["value"]);

class SettingCollection extends CollectionBase {
  constructor(ctx, book) {
    super(ctx);
    this._book = book;
  }
  _list() {
    return [...this._book.settings.keys()].map((k) => new Setting(this.context, this._book, k));
  }
  add(key, value) {
    this._book.settings.set(key, JSON.parse(JSON.stringify(value)));
    return new Setting(this.context, this._book, key);
  }
  getItem(key) {
    if (!this._book.settings.has(key)) this.context._fail("ItemNotFound", "setting");
    return new Setting(this.context, this._book, key);
  }
  getItemOrNullObject(key) {
    return new Setting(this.context, this._book, key)._asNullable(!this._book.settings.has(key));
  }
}
ClientObject.define(SettingCollection, []);
