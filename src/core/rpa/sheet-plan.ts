import type { Finding } from "../findings/finding";
import { Decimal, ZERO, formatRupiah, sum, toRupiah } from "../money";
import { columnLetters } from "../sheet/address";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetRow, BudgetTree, NumberCell } from "../tree/types";
import { RpaReporter, type SeverityOverrides } from "./findings";
import { MONTH_COUNT, NAMA_BULAN } from "./months";
import { rupiahToFraction, rupiahToPercent } from "./percent";
import { walk, type MonthCell, type PlanNode } from "./plan";
import { TelaahInputError } from "../errors";

/**
 * An RPA sheet (Kode | Uraian | Pagu | month columns with % and/or Rp) as a plan tree, and the cells
 * the engine may write back. Shared by the CLI and the Office.js host.
 *
 * What counts as typed: a constant number in a month's Rp cell (rupiah) or % cell (percentage; a cell
 * formatted as % holds a fraction). Formulas and error values are never typed and never written (a
 * formula such as =SUM(...) recomputes in Excel). A line whose month cells are all 0 or empty is a
 * blank template: its zeros count as empty and may be written.
 */
export interface SheetPlan {
  roots: PlanNode[];
  /** Node id (the BudgetRow index as text) -> its row. */
  rows: Map<string, BudgetRow>;
  /** Per month (index 0 = January): whether the % column stores fractions (a % number format). */
  percentAsFraction: boolean[];
  /** Month cells the engine may write: `${row},${col}`. */
  writable: Set<string>;
  findings: Finding[];
  /** Lines whose zeros were treated as empty. */
  blankTemplateRows: number;
  /** Month cells left alone because they hold a formula or an error. */
  formulaCells: number;
}

export interface CellWrite {
  /** 0-based. */
  row: number;
  col: number;
  kind: "rupiah" | "percent";
  /** Rupiah; or the percentage (0..100), or its fraction (0..1) when `asFraction`. */
  value: Decimal;
  asFraction: boolean;
}

/** Key of a cell in `SheetPlan.writable`: "row,col", 0-based. */
export const cellKey = (row: number, col: number) => `${row},${col}`;
const key = cellKey;
const isPercentFormat = (fmt: string | null | undefined) => !!fmt && /%/.test(fmt.replace(/"[^"]*"/g, ""));

export function planFromTree(tree: BudgetTree, sheet: SheetSnapshot, severity?: SeverityOverrides): SheetPlan {
  const layout = tree.layout;
  const monthCols = Array.from({ length: MONTH_COUNT }, (_, i) => layout.months.find((m) => m.month === i + 1));
  const missing = monthCols
    .map((m, i) => (m && (m.rupiah !== undefined || m.percent !== undefined) ? null : NAMA_BULAN[i]))
    .filter(Boolean);
  if (missing.length)
    throw new TelaahInputError(
      `Lembar "${sheet.name}" tidak memuat kolom bulan ${missing.join(", ")}; RPA perlu 12 kolom bulan.`,
      "RPA_MONTHS"
    );
  if (layout.columns.pagu === undefined)
    throw new TelaahInputError(`Lembar "${sheet.name}" tidak memuat kolom Pagu.`, "RPA_PAGU");

  const fmt = (r: number, c: number | undefined) => (c === undefined ? undefined : sheet.numberFormats?.[r]?.[c]);
  // One convention for the whole sheet: % cells formatted as percent hold fractions (0,25), numbers
  // typed without that format are percentages (25). With no evidence, Excel's own way (fractions).
  let fractionVotes = 0;
  let plainVotes = 0;
  for (const m of monthCols) {
    const c = m!.percent;
    if (c === undefined) continue;
    for (let r = layout.dataStart; r < sheet.values.length; r++) {
      if (isPercentFormat(fmt(r, c))) fractionVotes++;
      else if (typeof sheet.values[r]?.[c] === "number") plainVotes++;
    }
  }
  const percentAsFraction = monthCols.map(() => fractionVotes >= plainVotes);

  const paguLetters = columnLetters(layout.columns.pagu);
  const monthLetters = monthCols.map((m) => columnLetters((m!.rupiah ?? m!.percent)!));
  const reporter = new RpaReporter(severity);
  const writable = new Set<string>();
  const rows = new Map<string, BudgetRow>();
  let blankTemplateRows = 0;
  let formulaCells = 0;
  const usable = (cell: NumberCell | undefined) => !!cell && cell.value !== null && !cell.formula && !cell.error;
  const blank = (cell: NumberCell | undefined) => !!cell && cell.value === null && !cell.formula && !cell.error;

  function monthsOf(row: BudgetRow): MonthCell[] {
    const byMonth = new Map((row.months ?? []).map((m) => [m.month, m]));
    const cells = Array.from({ length: MONTH_COUNT }, (_, i) => byMonth.get(i + 1));
    const template =
      cells.every((m) => [m?.rupiah, m?.percent].every((c) => !usable(c) || c!.value!.isZero())) &&
      cells.some((m) => usable(m?.rupiah) || usable(m?.percent));
    if (template) blankTemplateRows++;
    return cells.map((m): MonthCell => {
      const out: MonthCell = { state: "empty", rupiah: null };
      for (const c of [m?.rupiah, m?.percent]) {
        if (!c) continue;
        if (c.formula || c.error) formulaCells++;
        if (blank(c) || (template && usable(c))) writable.add(key(row.row, c.col));
      }
      if (template) return out;
      if (usable(m?.rupiah)) {
        out.state = "typed";
        out.rupiah = m!.rupiah!.value;
      }
      if (usable(m?.percent)) {
        const p = m!.percent!.value!;
        out.state = "typed";
        out.percent = isPercentFormat(fmt(row.row, m!.percent!.col)) ? p.times(100) : p;
      }
      return out;
    });
  }

  function toNode(index: number): PlanNode | null {
    const row = tree.rows[index];
    const children = row.children.map(toNode).filter((n): n is PlanNode => n !== null);
    const raw = row.pagu?.value ?? null;
    if (raw === null && children.length === 0) return null;
    const ref = {
      sheet: sheet.name,
      row: row.row + 1,
      cell: `${paguLetters}${row.row + 1}`,
      monthCells: monthLetters.map((l) => `${l}${row.row + 1}`),
    };
    let pagu = raw ?? sum(children.map((c) => c.pagu));
    const node: PlanNode = {
      id: String(index),
      kode: row.kode,
      uraian: row.uraian,
      level: row.level,
      pagu,
      months: monthsOf(row),
      children,
      ref,
    };
    if (!pagu.isInteger()) {
      pagu = toRupiah(pagu);
      reporter.report("RPA-PAGU-PECAHAN", node, { pagu: raw!.toFixed(), rounded: formatRupiah(pagu, false) });
      node.pagu = pagu;
    }
    if (row.level === "akun" && row.kode) node.akun = row.kode;
    else if (row.akun) node.akun = row.akun;
    rows.set(node.id, row);
    return node;
  }

  const roots = tree.roots.map(toNode).filter((n): n is PlanNode => n !== null);
  return { roots, rows, percentAsFraction, writable, findings: reporter.findings, blankTemplateRows, formulaCells };
}

/** The cells to write after filling: every writable % or Rp cell of every node, rupiah and % consistent. */
export function planWrites(plan: SheetPlan, filled: readonly PlanNode[]): CellWrite[] {
  const out: CellWrite[] = [];
  for (const node of walk(filled)) {
    const row = plan.rows.get(node.id);
    if (!row) continue;
    for (const m of row.months ?? []) {
      const cell = node.months[m.month - 1];
      if (!cell || cell.rupiah === null) continue;
      if (m.rupiah && plan.writable.has(key(row.row, m.rupiah.col))) {
        out.push({ row: row.row, col: m.rupiah.col, kind: "rupiah", value: cell.rupiah, asFraction: false });
      }
      if (m.percent && plan.writable.has(key(row.row, m.percent.col))) {
        const asFraction = plan.percentAsFraction[m.month - 1];
        const pct =
          (asFraction ? rupiahToFraction(cell.rupiah, node.pagu) : rupiahToPercent(cell.rupiah, node.pagu)) ?? ZERO;
        out.push({
          row: row.row,
          col: m.percent.col,
          kind: "percent",
          value: pct,
          asFraction,
        });
      }
    }
  }
  return out;
}
