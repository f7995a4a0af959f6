/**
 * An Excel.RequestContext over a FakeWorkbook, built from office-addin-mock's OfficeMockObject so that
 * reading a property without load() + sync() gives the mock's "not loaded" error value, as in Excel.
 * context.sync() is counted; at each sync the fake applies queued method calls, then property writes
 * (found by comparing each proxy with what it last held), then resolves loads from the workbook's
 * current state. It also records the bytes each sync returns, and can fail syncs on demand.
 */
import { OfficeMockObject } from "office-addin-mock";
import { isValidError } from "office-addin-mock/lib/possibleErrors";
import { parseAreas, parseRange, rangeAddress, stripSheet, type Bounds } from "../../src/excel/addresses";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/excel/capabilities";
import { NO_FILL, type FakeChange, type FakeFill, type FakeSheet, type FakeWorkbook } from "./fake-workbook";

export interface FakeStats {
  syncs: number;
  /** JSON bytes of the loaded properties each successful sync returned. */
  responseBytes: number[];
}

export interface FakeOptions {
  caps?: Capabilities;
  /** Office error code to fail sync number n (1-based) with, or undefined to let it pass. */
  failSync?: (n: number) => string | undefined;
  /** Refuse a sync whose response would exceed this many bytes (Excel on the web: 5 MB). */
  maxResponseBytes?: number;
}

type Provider = (path: string) => unknown;
type Writer = (path: string, value: unknown) => void;

interface Tracked {
  mock: Mock;
  provide: Provider;
  write?: Writer;
  watch: string[];
  last: Map<string, unknown>;
}

/** OfficeMockObject's internals (populate keeps them on every nested object), which the fake reaches into. */
interface MockInternals {
  _properties: Map<string, Mock>;
  _isObject: boolean;
  _loaded: boolean;
  _value: unknown;
  _valueBeforeLoaded: unknown;
  load(arg?: unknown): Mock;
  sync(): Promise<void>;
}
type Mock = MockInternals & Record<string, any>;

const FILL_PATHS = [
  "format/fill/color",
  "format/fill/pattern",
  "format/fill/patternColor",
  "format/fill/tintAndShade",
  "format/fill/patternTintAndShade",
];

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function officeError(code: string): Error {
  return Object.assign(new Error(`fake Excel: ${code}`), { code, name: "RichApi.Error" });
}

function getPath(obj: any, path: string): unknown {
  return path.split("/").reduce((o, p) => (o == null ? o : o[p]), obj);
}

function cellsOf(b: Bounds): [number, number][] {
  const out: [number, number][] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push([r, c]);
  return out;
}

function uniform<T>(xs: T[]): T | null {
  return xs.length && xs.every((x) => JSON.stringify(x) === JSON.stringify(xs[0])) ? xs[0] : null;
}

export class FakeExcel {
  readonly stats: FakeStats = { syncs: 0, responseBytes: [] };
  readonly caps: Capabilities;
  readonly context: Excel.RequestContext;
  private tracked: Tracked[] = [];
  private pendingLoads = new Set<Tracked>();
  private ops: (() => void)[] = [];
  private results: { resolve: () => void }[] = [];
  private events: (() => void)[] = [];

  constructor(
    readonly wb: FakeWorkbook,
    private readonly options: FakeOptions = {}
  ) {
    this.caps = options.caps ?? ALL_CAPABILITIES;
    const ctx = new OfficeMockObject(
      {
        workbook: {
          worksheets: {
            getActiveWorksheet: () => this.worksheet(() => this.wb.active),
            getItem: (name: string) => this.worksheet(() => this.sheetNamed(name)),
          },
          settings: {
            add: (k: string, v: unknown) => void this.ops.push(() => this.wb.settings.set(k, v)),
            getItemOrNullObject: (k: string) => this.setting(k),
          },
        },
      },
      "excel" as never
    ) as unknown as Mock;
    ctx.sync = () => this.sync();
    // worksheets.load("items/name") (the pane lists the sheets to find SBM_PENGGUNA): resolved at the next sync.
    const worksheets = ctx.workbook.worksheets;
    let sheetItems: { name: string }[] | undefined;
    worksheets.load = (arg?: unknown) => {
      if (arg !== "items/name") throw new Error(`fake: worksheets.load(${String(arg)}) not supported`);
      this.results.push({ resolve: () => (sheetItems = this.wb.sheets.map((s) => ({ name: s.name }))) });
      return worksheets;
    };
    Object.defineProperty(worksheets, "items", {
      get: () => {
        if (!sheetItems) throw new Error("worksheets.items read before load + sync");
        return sheetItems;
      },
    });
    // The comment collection is tracked so that load("items") resolves from the workbook at sync.
    ctx.workbook.comments = this.track(
      {
        items: [],
        add: (address: string, content: string) => this.addComment(address, content),
        getItemOrNullObject: (id: string) => this.comment(() => this.wb.comments.find((c) => c.id === id)),
      },
      (p) =>
        p === "items"
          ? this.wb.comments.map((c) => ({
              id: c.id,
              content: c.content,
              getLocation: () => this.range(() => this.sheetNamed(c.sheet), c.address),
            }))
          : undefined
    );
    this.context = ctx as unknown as Excel.RequestContext;
  }

  private sheetNamed(name: string): FakeSheet {
    const s = this.wb.sheet(name);
    if (!s) throw officeError("ItemNotFound");
    return s;
  }

  // ---- mock construction -------------------------------------------------------------------------

  private track(data: Record<string, unknown>, provide: Provider, write?: Writer, watch: string[] = []): Mock {
    const mock = new OfficeMockObject(data, "excel" as never) as unknown as Mock;
    const t: Tracked = { mock, provide, write, watch, last: new Map() };
    for (const p of watch) t.last.set(p, getPath(mock, p));
    const hook = (obj: Mock) => {
      const load = obj.load.bind(obj);
      obj.load = (arg?: unknown) => {
        this.pendingLoads.add(t);
        load(arg);
        return obj;
      };
      for (const child of obj._properties.values()) if (child._isObject) hook(child);
    };
    hook(mock);
    this.tracked.push(t);
    return mock;
  }

  /** isNullObject is readable once a sync has run, whatever was loaded (as in Office.js). */
  private nullable(mock: Mock, isNull: () => boolean): Mock {
    const created = this.stats.syncs;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (this.stats.syncs === created) return "Error, context.sync() was not called";
        return isNull();
      },
    });
    return mock;
  }

  private worksheet(sheetOf: () => FakeSheet): Mock {
    let sheet: FakeSheet | undefined;
    const s = () => (sheet ??= sheetOf());
    s();
    return this.track(
      {
        name: "",
        protection: { protected: false },
        getRange: (address?: string) => this.range(s, address),
        getRanges: (address: string) => this.rangeAreas(s, address),
        getUsedRange: () => this.usedRange(s, false),
        getUsedRangeOrNullObject: () => this.usedRange(s, true),
        notes: {
          add: (cell: string, content: string) => this.addNote(s(), cell, content),
          getItemOrNullObject: (cell: string) => this.note(s(), cell),
        },
        onChanged: {
          add: (handler: (e: FakeChange) => unknown) => {
            this.ops.push(() => s().changeHandlers.push(handler));
            return {
              context: this.context,
              remove: () =>
                this.ops.push(() => {
                  const i = s().changeHandlers.indexOf(handler);
                  if (i >= 0) s().changeHandlers.splice(i, 1);
                }),
            };
          },
        },
      },
      (p) => (p === "name" ? s().name : p === "protection/protected" ? s().protected : undefined)
    );
  }

  private usedRange(s: () => FakeSheet, orNull: boolean): Mock {
    // Computed once per sync: scanning a large sheet for each property would dominate the tests' time.
    let cached: { sync: number; b: Bounds | null } | undefined;
    const bounds = () => {
      if (cached?.sync !== this.stats.syncs) cached = { sync: this.stats.syncs, b: s().usedBounds() };
      return cached.b;
    };
    if (!orNull && !bounds()) throw officeError("ItemNotFound");
    const mock = this.range(s, undefined, bounds);
    return orNull ? this.nullable(mock, () => bounds() === null) : mock;
  }

  /** A Range over `address` (or the whole sheet), or over bounds computed at each sync. */
  private range(s: () => FakeSheet, address?: string, dynamic?: () => Bounds | null): Mock {
    const fixed: Bounds | null =
      address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : this.rowOrRange(address);
    if (!fixed) throw officeError("InvalidArgument");
    const b = () => (dynamic ? dynamic() : fixed) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      const x = b();
      return Array.from({ length: x.bottom - x.top + 1 }, (_, i) =>
        Array.from({ length: x.right - x.left + 1 }, (_, j) => f(x.top + i, x.left + j))
      );
    };
    const fillsOf = () => cellsOf(b()).map(([r, c]) => s().cell(r, c)?.fill ?? NO_FILL);
    const provide: Provider = (p) => {
      const x = b();
      switch (p) {
        case "address":
          return `${sheetRef(s().name)}!${rangeAddress(x)}`;
        case "rowIndex":
          return x.top;
        case "columnIndex":
          return x.left;
        case "rowCount":
          return x.bottom - x.top + 1;
        case "columnCount":
          return x.right - x.left + 1;
        case "values":
          return grid((r, c) => s().value(r, c));
        case "formulas":
          return grid((r, c) => s().formula(r, c));
        case "numberFormat":
          return grid((r, c) => s().cell(r, c)?.numberFormat ?? "General");
        case "rowHidden": {
          const states = new Set<boolean>();
          for (let r = x.top; r <= x.bottom; r++) states.add(s().hiddenRows.has(r));
          return states.size === 1 ? [...states][0] : null;
        }
        default:
          if (p.startsWith("format/fill/")) {
            const field = p.slice("format/fill/".length) as keyof FakeFill;
            return uniform(fillsOf().map((f) => f[field]));
          }
          return undefined;
      }
    };
    const write: Writer = (p, v) => this.writeRange(s(), [b()], p, v);
    return this.track(
      {
        address: "",
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
        values: [],
        formulas: [],
        numberFormat: [],
        rowHidden: false,
        format: { fill: this.fillData(() => [b()], s) },
        getCellProperties: (spec: any) => this.cellProperties(s, b, spec),
        setCellProperties: (rows: any[][]) => this.ops.push(() => this.setCellProperties(s(), b(), rows)),
        getMergedAreasOrNullObject: () => this.mergedAreas(s, b),
      },
      provide,
      write,
      ["values", "formulas", "numberFormat", ...FILL_PATHS]
    );
  }

  /** "5:5" (a whole row) or an A1 rectangle. */
  private rowOrRange(address: string): Bounds | null {
    const m = /^(\d+):(\d+)$/.exec(stripSheet(address));
    if (m) return { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: 16_383 };
    return parseRange(address);
  }

  private fillData(areas: () => Bounds[], s: () => FakeSheet) {
    return {
      color: "",
      pattern: "",
      patternColor: "",
      tintAndShade: 0,
      patternTintAndShade: 0,
      clear: () =>
        this.ops.push(() => {
          this.guardProtected(s());
          for (const a of areas()) for (const [r, c] of cellsOf(a)) delete s().ensure(r, c).fill;
        }),
    };
  }

  private rangeAreas(s: () => FakeSheet, address: string): Mock {
    if (!this.caps.rangeAreas) throw officeError("ApiNotFound");
    if (address.length > 8000) throw officeError("InvalidArgument");
    const areas = parseAreas(address);
    return this.track(
      { address: "", areaCount: 0, format: { fill: this.fillData(() => areas, s) } },
      (p) =>
        p === "address"
          ? areas.map((a) => `${sheetRef(s().name)}!${rangeAddress(a)}`).join(",")
          : p === "areaCount"
            ? areas.length
            : undefined,
      (p, v) => this.writeRange(s(), areas, p, v),
      FILL_PATHS
    );
  }

  private mergedAreas(s: () => FakeSheet, b: () => Bounds): Mock {
    if (!this.caps.mergedAreas) throw officeError("ApiNotFound");
    const inside = () => {
      const x = b();
      return s().merges.filter((m) => m.top >= x.top && m.bottom <= x.bottom && m.left >= x.left && m.right <= x.right);
    };
    const mock = this.track({ address: "", areaCount: 0 }, (p) =>
      p === "address"
        ? inside()
            .map((m) => `${sheetRef(s().name)}!${rangeAddress(m)}`)
            .join(",")
        : inside().length
    );
    // RangeAreas.areas: a collection; only load("items/address") is supported, resolved at the next sync.
    let items: { address: string }[] | undefined;
    const areas = {
      load: (arg: string) => {
        if (arg !== "items/address") throw new Error(`fake: areas.load(${arg}) not supported`);
        this.results.push({
          resolve: () => (items = inside().map((m) => ({ address: `${sheetRef(s().name)}!${rangeAddress(m)}` }))),
        });
        return areas;
      },
      get items() {
        if (!items) throw new Error("areas.items read before load + sync");
        return items;
      },
    };
    mock.areas = areas;
    return this.nullable(mock, () => inside().length === 0);
  }

  private cellProperties(s: () => FakeSheet, b: () => Bounds, spec: any) {
    if (!this.caps.rangeAreas) throw officeError("ApiNotFound");
    const fields = Object.keys(spec?.format?.fill ?? {}) as (keyof FakeFill)[];
    let value: unknown;
    let ready = false;
    this.results.push({
      resolve: () => {
        const x = b();
        value = Array.from({ length: x.bottom - x.top + 1 }, (_, i) =>
          Array.from({ length: x.right - x.left + 1 }, (_, j) => {
            const fill = s().cell(x.top + i, x.left + j)?.fill ?? NO_FILL;
            return { format: { fill: Object.fromEntries(fields.map((f) => [f, fill[f]])) } };
          })
        );
        ready = true;
      },
    });
    return {
      get value() {
        if (!ready) throw new Error("ClientResult.value read before context.sync()");
        return value;
      },
    };
  }

  private setCellProperties(sheet: FakeSheet, b: Bounds, rows: any[][]): void {
    this.guardProtected(sheet);
    rows.forEach((row, i) =>
      row.forEach((props, j) => {
        const fill = props?.format?.fill;
        if (!fill) return;
        const cell = sheet.ensure(b.top + i, b.left + j);
        const next = { ...(cell.fill ?? NO_FILL), ...fill };
        if (next.pattern === "None") delete cell.fill;
        else cell.fill = next;
      })
    );
  }

  private writeRange(sheet: FakeSheet, areas: Bounds[], path: string, value: unknown): void {
    this.guardProtected(sheet);
    const changed: Bounds[] = [];
    for (const a of areas) {
      if (path === "values" || path === "formulas") {
        const rows = value as unknown[][];
        rows.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = sheet.ensure(a.top + i, a.left + j);
            if (typeof v === "string" && v.startsWith("=")) {
              cell.formula = v;
              cell.value = 0;
            } else {
              delete cell.formula;
              cell.value = v as FakeFill["color"];
            }
          })
        );
        changed.push(a);
      } else if (path === "numberFormat") {
        (value as string[][]).forEach((row, i) =>
          row.forEach((f, j) => (sheet.ensure(a.top + i, a.left + j).numberFormat = f))
        );
      } else if (path.startsWith("format/fill/")) {
        const field = path.slice("format/fill/".length) as keyof FakeFill;
        for (const [r, c] of cellsOf(a)) {
          const cell = sheet.ensure(r, c);
          const fill: FakeFill = { ...(cell.fill ?? NO_FILL) };
          (fill as any)[field] = value;
          if (field === "color" && fill.pattern === "None") fill.pattern = "Solid";
          if (fill.pattern === "None") delete cell.fill;
          else cell.fill = fill;
        }
      }
    }
    for (const a of changed) {
      const triggerSource = this.caps.triggerSource ? ("ThisLocalAddin" as const) : undefined;
      this.events.push(() =>
        sheet.fire({ address: rangeAddress(a), changeType: "RangeEdited", source: "Local", triggerSource })
      );
    }
  }

  private guardProtected(sheet: FakeSheet): void {
    if (sheet.protected) throw officeError("AccessDenied");
  }

  private addNote(sheet: FakeSheet, cell: string, content: string): Mock {
    if (!this.caps.notes) throw officeError("ApiNotFound");
    this.ops.push(() => {
      this.guardProtected(sheet);
      if (sheet.notes.has(stripSheet(cell))) throw officeError("InvalidArgument");
      sheet.notes.set(stripSheet(cell), content);
    });
    return this.note(sheet, cell);
  }

  private note(sheet: FakeSheet, cell: string): Mock {
    if (!this.caps.notes) throw officeError("ApiNotFound");
    const at = stripSheet(cell);
    const mock = this.track({ content: "", delete: () => this.ops.push(() => sheet.notes.delete(at)) }, (p) =>
      p === "content" ? sheet.notes.get(at) : undefined
    );
    return this.nullable(mock, () => !sheet.notes.has(at));
  }

  private addComment(address: string, content: string): Mock {
    if (!this.caps.comments) throw officeError("ApiNotFound");
    let created: { id: string } | undefined;
    this.ops.push(() => {
      this.guardProtected(this.wb.locate(address).sheet);
      created = this.wb.addComment(address, content);
    });
    return this.track(
      { id: "", content: "", delete: () => this.ops.push(() => this.removeComment(created?.id)) },
      (p) => (p === "id" ? created?.id : p === "content" ? content : undefined)
    );
  }

  private comment(find: () => { id: string; content: string } | undefined): Mock {
    if (!this.caps.comments) throw officeError("ApiNotFound");
    const mock = this.track(
      { id: "", content: "", delete: () => this.ops.push(() => this.removeComment(find()?.id)) },
      (p) => (p === "id" ? find()?.id : p === "content" ? find()?.content : undefined)
    );
    return this.nullable(mock, () => find() === undefined);
  }

  private removeComment(id: string | undefined): void {
    const i = this.wb.comments.findIndex((c) => c.id === id);
    if (i >= 0) this.wb.comments.splice(i, 1);
  }

  private setting(k: string): Mock {
    const mock = this.track(
      { key: k, value: "", delete: () => this.ops.push(() => this.wb.settings.delete(k)) },
      (p) => (p === "value" ? this.wb.settings.get(k) : p === "key" ? k : undefined)
    );
    return this.nullable(mock, () => !this.wb.settings.has(k));
  }

  // ---- sync ------------------------------------------------------------------------------------

  private discardBatch(): void {
    this.ops = [];
    this.results = [];
    this.pendingLoads.clear();
    for (const t of this.tracked) for (const p of t.watch) t.last.set(p, getPath(t.mock, p));
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const failure = this.options.failSync?.(this.stats.syncs);
    if (failure) {
      this.discardBatch();
      throw officeError(failure);
    }
    try {
      for (const op of this.ops) op();
      for (const t of this.tracked) {
        if (!t.write) continue;
        for (const p of t.watch) {
          const now = getPath(t.mock, p);
          if (now !== t.last.get(p) && !isValidError(now as string)) t.write(p, now);
        }
      }
    } catch (e) {
      this.discardBatch();
      throw e;
    }
    this.ops = [];
    let bytes = 0;
    const loaded: [Tracked, Mock, string, Mock][] = [];
    for (const t of this.pendingLoads) {
      const walk = (obj: Mock, prefix: string) => {
        for (const [name, prop] of obj._properties as Map<string, Mock>) {
          const path = prefix ? `${prefix}/${name}` : name;
          if (prop._isObject) walk(prop, path);
          else if (prop._loaded) {
            prop._valueBeforeLoaded = t.provide(path);
            bytes += JSON.stringify(prop._valueBeforeLoaded ?? null).length;
            loaded.push([t, obj, name, prop]);
          }
        }
      };
      walk(t.mock, "");
    }
    if (this.options.maxResponseBytes && bytes > this.options.maxResponseBytes) {
      this.discardBatch();
      throw officeError("ResponsePayloadSizeLimitExceeded");
    }
    for (const t of this.pendingLoads) await t.mock.sync();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    // A proxy loaded again later must show the new value; the mock only fills unloaded properties.
    for (const [, parent, name, prop] of loaded) parent[name] = prop._value;
    for (const r of this.results) r.resolve();
    this.results = [];
    this.pendingLoads.clear();
    for (const t of this.tracked) for (const p of t.watch) t.last.set(p, getPath(t.mock, p));
    this.stats.responseBytes.push(bytes);
    const events = this.events;
    this.events = [];
    for (const e of events) e();
  }
}
