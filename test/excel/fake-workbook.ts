/**
 * An in-memory workbook the Office.js adapters are tested against (through fake-context.ts): cells with
 * values, formulas, number formats and fills; hidden rows, merged areas, protection, notes, comments and
 * workbook settings. Also usable by benchmarks to measure syncs and bytes on large sheets.
 */
import { toA1 } from "../../src/core/sheet/address";
import { cellOf, parseRange, stripSheet, type Bounds } from "../../src/excel/addresses";

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell without fill. */
export const NO_FILL: FakeFill = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: null,
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
}

export interface FakeChange {
  address: string;
  changeType: string;
  source: "Local" | "Remote";
  triggerSource?: "ThisLocalAddin" | "Unknown";
  worksheetId: string;
}

/** Numeric cell keys: Map lookups stay cheap on sheets of a million cells. */
const COLS = 16_384;
const key = (r: number, c: number) => r * COLS + c;

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly hiddenRows = new Set<number>();
  merges: Bounds[] = [];
  protected = false;
  readonly notes = new Map<string, string>();
  readonly changeHandlers: ((e: FakeChange) => unknown)[] = [];

  constructor(public name: string) {}

  /** Rows of values from (top, left); "=..." strings become formulas (value: formulaValue or 0). */
  setRows(top: number, left: number, rows: unknown[][]): this {
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") return;
        const cell: FakeCell =
          typeof v === "string" && v.startsWith("=") ? { value: 0, formula: v } : { value: v as FakeCell["value"] };
        this.cells.set(key(top + i, left + j), cell);
      })
    );
    return this;
  }

  at(address: string): FakeCell | undefined {
    const c = cellOf(address);
    return this.cells.get(key(c.row, c.col));
  }

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }

  ensure(r: number, c: number): FakeCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) this.cells.set(key(r, c), (cell = { value: "" }));
    return cell;
  }

  setFill(address: string, fill: Partial<FakeFill>): this {
    const b = parseRange(address)!;
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) this.ensure(r, c).fill = { ...NO_FILL, pattern: "Solid", ...fill };
    return this;
  }

  fillAt(address: string): FakeFill {
    return this.at(address)?.fill ?? NO_FILL;
  }

  value(r: number, c: number): string | number | boolean {
    return this.cell(r, c)?.value ?? "";
  }

  formula(r: number, c: number): string | number | boolean {
    const cell = this.cell(r, c);
    return cell?.formula ?? cell?.value ?? "";
  }

  /** Bounds of cells holding a value or formula (Excel's getUsedRange(true)); null when empty. */
  usedBounds(): Bounds | null {
    let b: Bounds | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const r = Math.floor(k / COLS);
      const c = k % COLS;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        b.top = Math.min(b.top, r);
        b.left = Math.min(b.left, c);
        b.bottom = Math.max(b.bottom, r);
        b.right = Math.max(b.right, c);
      }
    }
    return b;
  }

  /** A user typing into a cell: changes it and raises onChanged as Excel would. */
  userEdit(address: string, value: string | number): void {
    const c = cellOf(address);
    const cell = this.ensure(c.row, c.col);
    cell.value = value;
    delete cell.formula;
    this.fire({ address: toA1(c.row, c.col), changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
  }

  fire(change: Omit<FakeChange, "worksheetId">): void {
    for (const h of this.changeHandlers) void h({ ...change, worksheetId: this.name });
  }
}

export interface FakeComment {
  id: string;
  sheet: string;
  address: string;
  content: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeIndex = 0;
  readonly comments: FakeComment[] = [];
  readonly settings = new Map<string, unknown>();
  private nextComment = 1;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  get active(): FakeSheet {
    return this.sheets[this.activeIndex];
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** "Sheet1!B5" or "'My sheet'!B5" -> sheet and cell address. */
  locate(address: string): { sheet: FakeSheet; cell: string } {
    const bang = address.lastIndexOf("!");
    const name = bang < 0 ? this.active.name : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const sheet = this.sheet(name);
    if (!sheet) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
    return { sheet, cell: stripSheet(address) };
  }

  addComment(address: string, content: string): FakeComment {
    const { sheet, cell } = this.locate(address);
    if (this.comments.some((c) => c.sheet === sheet.name && c.address === cell)) {
      throw Object.assign(new Error("cell already has a comment"), { code: "InvalidArgument" });
    }
    const comment = { id: `c${this.nextComment++}`, sheet: sheet.name, address: cell, content };
    this.comments.push(comment);
    return comment;
  }
}
