import { Decimal, ZERO } from "../money";
import type { Profile } from "./profile";
import { MONTH_COUNT } from "./months";

/**
 * The plan tree: any hierarchy (program ... komponen, sub komponen, akun, detil) whose nodes carry a
 * pagu and twelve month cells. A cell remembers who wrote it, so the engine never overwrites what the
 * user typed: it fills only `empty` cells and cells it wrote itself (`engine`).
 */
export type CellState =
  /** Nothing there yet. */
  | "empty"
  /** The user typed it (rupiah, or a percentage in `percent`): kept as it is. */
  | "typed"
  /** Written by the engine: may be rewritten. */
  | "engine"
  /** Realisation of a past month (update): kept as it is. */
  | "realisasi";

export interface MonthCell {
  state: CellState;
  /** Whole rupiah; null while empty (or while only a percentage was typed). */
  rupiah: Decimal | null;
  /** The percentage (0..100) the user typed instead of rupiah. */
  percent?: Decimal | null;
}

/** Where a node lives in the host's sheet, for findings (1-based row, A1 cells). */
export interface NodeRef {
  sheet: string;
  row: number;
  /** The node's own cell (kode or pagu). */
  cell: string;
  /** A1 cell of each month (rupiah column), index 0 = January. */
  monthCells?: string[];
}

export interface PlanNode {
  id: string;
  kode?: string;
  uraian?: string;
  level?: string;
  /** Whole rupiah. */
  pagu: Decimal;
  /** "51", "52", ...; when absent, the first two digits of `akun`, else inherited from the parent. */
  jenisBelanja?: string;
  akun?: string;
  /** The line's profile; when absent, the default for its jenis belanja (options). */
  profile?: Profile;
  months: MonthCell[];
  children: PlanNode[];
  /** Sisa dana yang tidak ditarik: part of the pagu that will not be drawn (not planned in any month). */
  sisaDana?: Decimal;
  ref?: NodeRef;
}

export function emptyMonths(): MonthCell[] {
  return Array.from({ length: MONTH_COUNT }, () => ({ state: "empty" as const, rupiah: null }));
}

export function typedMonths(values: readonly (Decimal | number | null)[]): MonthCell[] {
  return Array.from({ length: MONTH_COUNT }, (_, i) => {
    const v = values[i];
    return v === null || v === undefined
      ? { state: "empty" as const, rupiah: null }
      : { state: "typed" as const, rupiah: new Decimal(v) };
  });
}

export function planNode(init: Omit<Partial<PlanNode>, "pagu"> & { id: string; pagu: Decimal | number }): PlanNode {
  return { ...init, pagu: new Decimal(init.pagu), months: init.months ?? emptyMonths(), children: init.children ?? [] };
}

/** The node's jenis belanja, else its akun's first two digits, else the inherited one. */
export function jenisBelanjaOf(node: PlanNode, inherited?: string): string | undefined {
  if (node.jenisBelanja) return node.jenisBelanja;
  if (node.akun && /^\d{2}/.test(node.akun)) return node.akun.slice(0, 2);
  return inherited;
}

export function isFixed(cell: MonthCell): boolean {
  return cell.state === "typed" || cell.state === "realisasi";
}

export function hasTypedCell(node: PlanNode): boolean {
  return node.months.some((c) => c.state === "typed");
}

/** Rupiah of each month, empty as zero. */
export function monthValues(node: PlanNode): Decimal[] {
  return node.months.map((c) => c.rupiah ?? ZERO);
}

export function* walk(nodes: readonly PlanNode[]): Generator<PlanNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** Lines are the nodes without children: where money is actually planned. */
export function leaves(nodes: readonly PlanNode[]): PlanNode[] {
  const out: PlanNode[] = [];
  for (const n of walk(nodes)) if (n.children.length === 0) out.push(n);
  return out;
}
