/**
 * The RPA tab's work without Office or React: read the RPA sheet into the engine's plan, let cells
 * Telaah wrote earlier be rewritten (the engine record), fill or update by the settings' profiles, and
 * return the cells to write. Loaded with the RPA tab (its own chunk).
 *
 * The engine record: after a write, the pane saves in the workbook which cells it wrote and the value
 * it wrote. On the next read a recorded cell that still holds that value counts as the engine's (it
 * may be rewritten); one the user changed counts as typed and is kept, like any value the user typed.
 */
import { TelaahInputError } from "../../core/errors";
import type { Finding } from "../../core/findings/finding";
import { detectLayout } from "../../core/layout/detect";
import type { LayoutResult } from "../../core/layout/types";
import { Decimal } from "../../core/money";
import {
  fillPlan,
  percentToRupiah,
  planFromTree,
  planWrites,
  updatePlan,
  walk,
  type CellWrite,
  type FillResult,
  type PlanNode,
  type SheetPlan,
} from "../../core/rpa";
import { cellAt, type SheetSnapshot } from "../../core/sheet/snapshot";
import { buildTree } from "../../core/tree/build";
import { toPlanWrites, type PlanWrite } from "../../excel/write-plan";
import { profilesFromSettings, type ProfileSettings } from "./profiles";

export type EntryMode = "percent" | "rupiah";

export interface EngineRecord {
  version: 1;
  sheet: string;
  /** [0-based row, 0-based col, value written]. */
  cells: [number, number, number][];
}

export const recordKey = (sheet: string) => `telaah.rpa.${sheet}`;

export function isEngineRecord(v: unknown): v is EngineRecord {
  const r = v as EngineRecord;
  return (
    typeof r === "object" && r !== null && r.version === 1 && typeof r.sheet === "string" && Array.isArray(r.cells)
  );
}

export interface RpaRead {
  sheet: SheetSnapshot;
  layout: LayoutResult;
  plan: SheetPlan;
  /** Month cells taken back from the engine record (rewritable). */
  adopted: number;
}

/**
 * In % mode a sheet with one column per month holds percentages in it; with both % and Rp columns
 * the mode changes nothing (both are read and written).
 */
function withMode(layout: LayoutResult, mode: EntryMode): LayoutResult {
  if (mode !== "percent") return layout;
  return {
    ...layout,
    months: layout.months.map((m) =>
      m.percent === undefined && m.rupiah !== undefined ? { month: m.month, percent: m.rupiah } : m
    ),
  };
}

export function readRpa(sheet: SheetSnapshot, mode: EntryMode, record?: EngineRecord | null): RpaRead {
  const detected = detectLayout(sheet);
  if (!detected || detected.kind !== "rpa") {
    throw new TelaahInputError(
      `Lembar "${sheet.name}" bukan lembar RPA: perlu kolom Kode, Uraian, Pagu dan Januari sampai Desember (% dan/atau Rp).`,
      "NO_RPA"
    );
  }
  const layout = withMode(detected, mode);
  const plan = planFromTree(buildTree(sheet, layout), sheet);
  if (plan.roots.length === 0)
    throw new TelaahInputError(`Lembar "${sheet.name}" tidak memuat baris dengan pagu.`, "NO_LINES");
  const adopted = record && record.sheet === sheet.name ? adoptEngineCells(plan, sheet, record) : 0;
  return { sheet, layout, plan, adopted };
}

const key = (row: number, col: number) => `${row},${col}`;

/** A month becomes the engine's when each of its month cells was written by Telaah and still holds that value. */
function adoptEngineCells(plan: SheetPlan, sheet: SheetSnapshot, record: EngineRecord): number {
  const written = new Map(record.cells.map(([r, c, v]) => [key(r, c), v]));
  const unchanged = (row: number, col: number) => {
    const v = written.get(key(row, col));
    return v !== undefined && cellAt(sheet, row, col) === v;
  };
  let adopted = 0;
  for (const node of walk(plan.roots)) {
    const row = plan.rows.get(node.id);
    if (!row) continue;
    for (const m of row.months ?? []) {
      const cells = [m.rupiah, m.percent].filter((c): c is NonNullable<typeof c> => c !== undefined);
      if (cells.length === 0 || !cells.every((c) => unchanged(row.row, c.col))) continue;
      node.months[m.month - 1] = { state: "engine", rupiah: m.rupiah?.value ?? null };
      for (const c of cells) plan.writable.add(key(row.row, c.col));
      adopted += cells.length;
    }
  }
  return adopted;
}

/** 1-based sheet rows the user selected; null = the whole sheet. */
export type Scope = { top: number; bottom: number } | null;

/** Rows (0-based) a fill may write: the selected lines and every line beneath them. */
function scopeRows(plan: SheetPlan, scope: Scope): Set<number> | null {
  if (!scope) return null;
  const rows = new Set<number>();
  const add = (node: PlanNode, inside: boolean) => {
    const row = plan.rows.get(node.id);
    const here = inside || (!!row && row.row + 1 >= scope.top && row.row + 1 <= scope.bottom);
    if (here && row) rows.add(row.row);
    node.children.forEach((c) => add(c, here));
  };
  plan.roots.forEach((n) => add(n, false));
  return rows;
}

export interface RpaOutcome {
  writes: PlanWrite[];
  findings: Finding[];
  result: FillResult;
  /** Lines (nodes without children) in the sheet. */
  lines: number;
  /** The record to save once the writes are done. */
  record: EngineRecord;
  profileProblems: string[];
}

function outcome(
  read: RpaRead,
  result: FillResult,
  scope: Scope,
  profileProblems: string[],
  previous: EngineRecord | null | undefined
): RpaOutcome {
  const rows = scopeRows(read.plan, scope);
  const cellWrites: CellWrite[] = planWrites(read.plan, result.roots).filter((w) => !rows || rows.has(w.row));
  const writes = toPlanWrites(cellWrites, read.sheet);
  const cells = new Map<string, [number, number, number]>();
  for (const c of previous && previous.sheet === read.sheet.name ? previous.cells : []) {
    if (cellAt(read.sheet, c[0], c[1]) === c[2]) cells.set(key(c[0], c[1]), c);
  }
  for (const w of writes) cells.set(key(w.row, w.col), [w.row, w.col, w.value as number]);
  let lines = 0;
  for (const n of walk(result.roots)) if (n.children.length === 0) lines++;
  return {
    writes,
    findings: [...read.plan.findings, ...result.findings],
    result,
    lines,
    record: { version: 1, sheet: read.sheet.name, cells: [...cells.values()] },
    profileProblems,
  };
}

export function fillRpa(
  read: RpaRead,
  settings: ProfileSettings,
  scope: Scope,
  previous?: EngineRecord | null
): RpaOutcome {
  const { profiles, problems } = profilesFromSettings(settings);
  if (problems.length) throw new TelaahInputError(`Profil RPA tidak dapat dipakai: ${problems.join("; ")}`, "PROFIL");
  return outcome(read, fillPlan(read.plan.roots, { profiles }), scope, problems, previous);
}

/** Realisation per plan line id, 12 months (null = no figure). */
export type LineRealisation = Map<string, (Decimal | null)[]>;

export function updateRpa(
  read: RpaRead,
  realisasi: LineRealisation,
  upToMonth: number,
  settings: ProfileSettings,
  scope: Scope,
  previous?: EngineRecord | null
): RpaOutcome {
  const { profiles, problems } = profilesFromSettings(settings);
  if (problems.length) throw new TelaahInputError(`Profil RPA tidak dapat dipakai: ${problems.join("; ")}`, "PROFIL");
  return outcome(read, updatePlan(read.plan.roots, { upToMonth, realisasi }, { profiles }), scope, problems, previous);
}

/** A line's identity across two sheets of the same budget: its code path and uraian, spacing and case ignored. */
function lineKey(read: RpaRead, node: PlanNode): string {
  const row = read.plan.rows.get(node.id);
  const path = row?.path.join("/") ?? "";
  return `${path}|${(node.uraian ?? "").toLowerCase().replace(/\s+/g, " ").trim()}`;
}

/**
 * Realisation from another RPA-shaped sheet (the same lines, realised amounts in the month cells):
 * lines are matched by code path and uraian, in order when a key repeats.
 */
export function realisationFrom(plan: RpaRead, real: RpaRead): { byLine: LineRealisation; unmatched: number } {
  const pool = new Map<string, PlanNode[]>();
  for (const n of walk(real.plan.roots)) {
    if (n.children.length) continue;
    const k = lineKey(real, n);
    const list = pool.get(k);
    if (list) list.push(n);
    else pool.set(k, [n]);
  }
  const byLine: LineRealisation = new Map();
  let unmatched = 0;
  for (const n of walk(plan.plan.roots)) {
    if (n.children.length) continue;
    const match = pool.get(lineKey(plan, n))?.shift();
    if (!match) {
      unmatched++;
      continue;
    }
    byLine.set(
      n.id,
      match.months.map((c) => c.rupiah ?? (c.percent != null ? percentToRupiah(c.percent, match.pagu) : null))
    );
  }
  return { byLine, unmatched };
}
