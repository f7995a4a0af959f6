/*
 * Stand-in Excel host, part 8: the globals the add-in sees (Excel.run, OfficeExtension, the
 * requirement sets on Office.context) and window.__standIn, which the browser test drives: load a
 * workbook, read cells / fills / notes back, type as the user would, fail the next call.
 */
/* eslint-disable */
const host = {
  book: new WorkbookModel(),
  apiVersion: "1.20",
  theme: null,
  syncs: 0,
  runs: 0,
  mergedRuns: 0,
  cellEditMode: false,
  /** Cells whose values were loaded: live mode should read a row, not the sheet. */
  cellsRead: 0,
  fireChanged(sheet, areas, triggerSource) {
    if (!sheet.handlers.length || !areas.length) return;
    const b = areas.reduce((u, a) => ({
      top: Math.min(u.top, a.top),
      left: Math.min(u.left, a.left),
      bottom: Math.max(u.bottom, a.bottom),
      right: Math.max(u.right, a.right),
    }));
    const address = refOf(b);
    const args = {
      address,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: sheet.id,
    };
    if (minor(host.apiVersion) >= 14) args.triggerSource = triggerSource;
    args.getRange = (ctx) => ctx.workbook.worksheets.getItem(sheet.name).getRange(address);
    for (const { handler } of sheet.handlers.slice())
      setTimeout(() => Promise.resolve(handler(args)).catch((e) => console.error("onChanged handler failed", e)), 0);
  },
};

// ?standin-api=1.12: an older Excel, whose requirement sets the add-in reads when it starts.
const apiParam = /[?&]standin-api=(1\.\d+)/.exec(location.search);
if (apiParam) host.apiVersion = apiParam[1];

// ?standin-theme=dark: Office reports a dark body colour, as Excel does with its dark theme.
if (/[?&]standin-theme=dark\b/.test(location.search)) {
  host.theme = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3A3A3A",
    controlForegroundColor: "#FFFFFF",
  };
}

function minor(v) {
  return Number(String(v).split(".")[1] || 0);
}

window.OfficeExtension = {
  Error: FakeOfficeError,
  ClientResult,
  ErrorCodes: { generalException: "GeneralException", propertyNotLoaded: "PropertyNotLoaded" },
};

window.Excel = {
  /** Excel.run(batch), Excel.run(options, batch), or Excel.run(object with a context, batch) to reuse it. */
  async run(a, b) {
    const batch = typeof a === "function" ? a : b;
    const given =
      a && typeof a !== "function"
        ? a instanceof RequestContext
          ? a
          : a.context instanceof RequestContext
            ? a.context
            : null
        : null;
    const options = typeof a === "function" || given ? {} : a || {};
    host.runs++;
    if (options.mergeUndoGroup) host.mergedRuns++;
    const ctx = given || new RequestContext(host);
    const result = await batch(ctx);
    // Like Excel.run: whatever is still queued goes out in a last sync.
    if (ctx._pending.length || ctx._error || ctx._changes.length) await ctx.sync();
    return result;
  },
  RequestContext,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    invalidArgument: "InvalidArgument",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  FillPattern: { none: "None", solid: "Solid" },
};

// office.js (loaded after this script) creates Office and, outside Office, Office.context without
// requirement sets; the add-in reads them through window.Office, so they are filled in on the way.
(function patchOffice() {
  let real;
  const requirements = {
    isSetSupported: (name, version) => name === "ExcelApi" && minor(version) <= minor(host.apiVersion),
  };
  Object.defineProperty(window, "Office", {
    configurable: true,
    enumerable: true,
    get() {
      if (real && real.context) {
        if (!real.context.requirements) real.context.requirements = requirements;
        if (host.theme && !real.context.officeTheme) real.context.officeTheme = host.theme;
      }
      return real;
    },
    set(v) {
      real = v;
    },
  });
})();

function loadWorkbook(data) {
  const book = new WorkbookModel();
  for (const s of data.sheets) {
    const sheet = book.addSheet(s.name);
    for (const [r, c, v, f, nf, fill] of s.cells) {
      const cell = sheet.touch(r, c);
      cell.v = v;
      cell.f = f || null;
      cell.nf = nf || "General";
      cell.fill = fill || null;
    }
    sheet.merges = (s.merges || []).map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
    sheet.hidden = new Set(s.hidden || []);
  }
  book.active = Math.max(0, data.active ? book.sheets.findIndex((s) => s.name === data.active) : 0);
  host.book = book;
  host.syncs = host.runs = host.mergedRuns = host.cellsRead = 0;
}

function sheetNamed(name) {
  const s = host.book.sheet(name);
  if (!s) throw new Error(`stand-in: no sheet ${name}`);
  return s;
}

window.__standIn = {
  load: loadWorkbook,
  setApiVersion(v) {
    host.apiVersion = v;
  },
  setTheme(theme) {
    host.theme = theme;
  },
  setSyncDelay(ms) {
    host.syncDelay = ms;
  },
  setCellEditMode(on) {
    host.cellEditMode = on;
  },
  protect(name, on) {
    sheetNamed(name).protected = on;
  },
  activate(name) {
    host.book.active = host.book.sheets.indexOf(sheetNamed(name));
  },
  select(name, ref) {
    const s = sheetNamed(name);
    host.book.active = host.book.sheets.indexOf(s);
    host.book.selection = { sheet: s, b: parseRef(ref) };
  },
  sheetNames() {
    return host.book.sheets.map((s) => s.name);
  },
  activeSheet() {
    return host.book.sheets[host.book.active].name;
  },
  selection() {
    const sel = host.book.selection;
    return sel ? { sheet: sel.sheet.name, address: refOf(sel.b) } : null;
  },
  cell(name, ref) {
    const s = sheetNamed(name);
    const b = parseRef(ref);
    const cell = s.cell(b.top, b.left);
    const comment = host.book.comments.find((c) => c.sheet === s && c.cell === a1(b.top, b.left));
    return {
      value: s.value(b.top, b.left),
      formula: cell && cell.f,
      numberFormat: (cell && cell.nf) || "General",
      fill: cell && cell.fill ? Object.assign({}, cell.fill) : null,
      note: (s.notes.get(a1(b.top, b.left)) || {}).content || null,
      comment: comment ? comment.content : null,
    };
  },
  /** Values of a rectangle, as Range.values would give them. */
  values(name, ref) {
    const s = sheetNamed(name);
    const b = parseRef(ref);
    const out = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row = [];
      for (let c = b.left; c <= b.right; c++) row.push(s.value(r, c));
      out.push(row);
    }
    return out;
  },
  fills(name) {
    const s = sheetNamed(name);
    const out = {};
    s.rows.forEach(
      (row, r) =>
        row &&
        row.forEach((cell, c) => {
          if (cell && cell.fill) out[a1(r, c)] = Object.assign({}, cell.fill);
        })
    );
    return out;
  },
  notes(name) {
    return Object.fromEntries([...sheetNamed(name).notes].map(([k, v]) => [k, v.content]));
  },
  comments() {
    return host.book.comments.map((c) => ({ sheet: c.sheet.name, cell: c.cell, content: c.content }));
  },
  settings() {
    return Object.fromEntries(host.book.settings);
  },
  stats() {
    return { syncs: host.syncs, runs: host.runs, mergedRuns: host.mergedRuns, cellsRead: host.cellsRead };
  },
  /** The user types into a cell: the model changes and onChanged fires as a user edit. */
  userEdit(name, ref, value) {
    const s = sheetNamed(name);
    const b = parseRef(ref);
    s.write(b.top, b.left, value, false);
    host.fireChanged(s, [b], "Unknown");
  },
};
