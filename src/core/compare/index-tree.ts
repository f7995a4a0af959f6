import { ZERO, type Decimal } from "../money/decimal";
import { LEVEL_ORDER, type BudgetRow, type BudgetTree, type Level } from "../tree/types";
import { normalizeSatuan, normalizeUraian } from "./normalize";

/** The levels with a kode of their own: LEVEL_ORDER down to akun. */
export const STRUCTURAL_LEVELS: readonly Level[] = LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf("akun") + 1);

export function isStructural(level: Level): boolean {
  return level !== "group" && level !== "detil";
}

/** Which detail fields a layout provides: a field is compared only when both layouts have it. */
export interface FieldSupport {
  volume: boolean;
  satuan: boolean;
  hargaSatuan: boolean;
}

/** A budget tree read for comparison: keys, containers and recomputed totals, row by row. */
export interface IndexedTree {
  tree: BudgetTree;
  rows: BudgetRow[];
  /** Takes part in matching and reporting (its level is described by both files). */
  active: boolean[];
  /** Nearest active ancestor, -1 at the top. */
  parent: number[];
  /** Nearest active structural row at or above the row, -1 when none. */
  container: number[];
  /** Structural rows: the chain of active structural codes, fully qualified ("ro=4223.EBA.962|komponen=051"). */
  key: string[];
  /** Fully qualified code of a structural row ("EBA" under kegiatan 4223 -> "4223.EBA"). */
  qual: (string | undefined)[];
  norm: string[];
  /** A leaf's own jumlah; a parent's total of the leaves beneath it. */
  total: Decimal[];
  depth: number[];
  /** Comparable value signature of a detail line, over the fields both layouts provide (see `signatureOf`). */
  signature: (string | undefined)[];
  fields: FieldSupport;
}

export function levelsOf(tree: BudgetTree): Set<Level> {
  return new Set(tree.rows.map((r) => r.level));
}

export function fieldSupport(tree: BudgetTree): FieldSupport {
  const c = tree.layout.columns;
  return {
    volume: c.volume !== undefined || c.rincianJml !== undefined || tree.layout.volumePairs.length > 0,
    satuan: c.satuan !== undefined,
    hargaSatuan: c.hargaSatuan !== undefined,
  };
}

/** The money a leaf carries: jumlah, else pagu (RPA), else volume x harga (a formula without a cached result). */
export function ownAmount(row: BudgetRow): Decimal {
  const j = row.jumlah?.value ?? row.pagu?.value;
  if (j) return j;
  const v = row.volume?.value;
  const h = row.hargaSatuan?.value;
  return v && h ? v.times(h) : ZERO;
}

function qualify(rows: BudgetRow[], qual: (string | undefined)[], row: BudgetRow): string | undefined {
  if (!row.kode || !isStructural(row.level)) return undefined;
  const code = row.kode.trim().toUpperCase();
  const nearest = (level: Level): string | undefined => {
    for (let p = row.parent; p !== null; p = rows[p].parent) if (rows[p].level === level) return qual[p];
    return undefined;
  };
  if (row.level === "kro" && !code.includes(".")) {
    const keg = nearest("kegiatan");
    return keg ? `${keg}.${code}` : code;
  }
  if (row.level === "ro" && !/^\d{4}\./.test(code)) {
    const kro = nearest("kro");
    return kro ? `${kro}.${code}` : code;
  }
  return code;
}

const num = (d: Decimal | null | undefined): string => (d ? d.toString() : "0");

export function indexTree(tree: BudgetTree, shared: ReadonlySet<Level>, fields: FieldSupport): IndexedTree {
  const rows = tree.rows;
  const n = rows.length;
  const out: IndexedTree = {
    tree,
    rows,
    active: new Array(n).fill(false),
    parent: new Array(n).fill(-1),
    container: new Array(n).fill(-1),
    key: new Array(n).fill(""),
    qual: new Array(n).fill(undefined),
    norm: new Array(n).fill(""),
    total: new Array(n).fill(ZERO),
    depth: new Array(n).fill(0),
    signature: new Array(n).fill(undefined),
    fields,
  };
  for (const row of rows) {
    const i = row.index;
    out.qual[i] = qualify(rows, out.qual, row);
    out.active[i] = row.level === "detil" || shared.has(row.level);
    out.norm[i] = normalizeUraian(row.uraian, row.volumeExpr);
    let p = row.parent;
    while (p !== null && !out.active[p]) p = rows[p].parent;
    out.parent[i] = p ?? -1;
    out.depth[i] = p === null ? 0 : out.depth[p] + 1;
    if (out.active[i] && isStructural(row.level)) {
      out.container[i] = i;
      const up = p === null ? "" : (out.key[out.container[p]] ?? "");
      out.key[i] = `${up ? up + "|" : ""}${row.level}=${out.qual[i] ?? ""}`;
    } else out.container[i] = p === null ? -1 : out.container[p];
  }
  for (let i = n - 1; i >= 0; i--) {
    const r = rows[i];
    out.total[i] = r.children.length ? r.children.reduce((t, c) => t.plus(out.total[c]), ZERO) : ownAmount(r);
  }
  return out;
}

/** The fields both layouts provide. */
export function commonFields(a: FieldSupport, b: FieldSupport): FieldSupport {
  return { volume: a.volume && b.volume, satuan: a.satuan && b.satuan, hargaSatuan: a.hargaSatuan && b.hargaSatuan };
}

/**
 * The values of a detail line as one string, computed when first asked (most pairs never need it).
 * The expression is left out: one layout may carry it and the other not; volume covers its product.
 */
export function signatureOf(t: IndexedTree, i: number): string {
  const cached = t.signature[i];
  if (cached !== undefined) return cached;
  const row = t.rows[i];
  const parts: string[] = [];
  if (t.fields.volume) parts.push(num(row.volume?.value));
  if (t.fields.satuan) parts.push(normalizeSatuan(row.satuan));
  if (t.fields.hargaSatuan) parts.push(num(row.hargaSatuan?.value));
  parts.push(ownAmount(row).toString());
  return (t.signature[i] = parts.join("|"));
}
