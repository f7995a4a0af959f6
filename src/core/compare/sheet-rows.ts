import type { Decimal } from "../money/decimal";
import { toA1 } from "../sheet/address";
import type { BudgetRow, BudgetTree, Level } from "../tree/types";
import type { ChangedField, ComparisonResult } from "./types";

/** One side of a comparison-sheet row: values, and the source cells they come from (A1, same sheet). */
export interface SheetSide {
  row: number;
  volume: Decimal | null;
  satuan: string | null;
  hargaSatuan: Decimal | null;
  /** A line's jumlah; a parent's total recomputed from the lines beneath it. */
  jumlah: Decimal;
  cells: { volume?: string; satuan?: string; hargaSatuan?: string; jumlah?: string; kode?: string; uraian?: string };
}

export interface ComparisonSheetRow {
  level: Level;
  /** Outline depth, 0 = top. */
  depth: number;
  kode: string;
  uraian: string;
  status: "sama" | "changed" | "added" | "removed";
  /** Indonesian note: "Berubah: volume, jumlah", "Baru", "Dihapus", "Dipindah dari ...". */
  keterangan: string;
  semula?: SheetSide;
  menjadi?: SheetSide;
  /** Whether the row's own values (volume, harga) are shown; parents show their total only. */
  isLine: boolean;
}

const FIELD_WORD: Record<ChangedField, string> = {
  uraian: "uraian",
  rincian: "rincian",
  volume: "volume",
  satuan: "satuan",
  hargaSatuan: "harga satuan",
  jumlah: "jumlah",
  letak: "letak",
};

function side(tree: BudgetTree, r: BudgetRow, total: Decimal, isLine: boolean): SheetSide {
  const c = tree.layout.columns;
  const cells: SheetSide["cells"] = {};
  const at = (col: number | undefined) => (col === undefined ? undefined : toA1(r.row, col));
  if (isLine && r.volume) cells.volume = at(r.volume.col);
  if (isLine && r.satuan) cells.satuan = at(c.satuan);
  if (isLine && r.hargaSatuan) cells.hargaSatuan = at(r.hargaSatuan.col);
  const j = r.jumlah ?? r.pagu;
  if (j && (j.value !== null || j.formula)) cells.jumlah = at(j.col);
  if (r.kode && c.kode !== undefined) cells.kode = at(c.kode);
  if (c.uraian !== undefined) cells.uraian = at(c.uraian);
  return {
    row: r.row,
    volume: isLine ? (r.volume?.value ?? null) : null,
    satuan: isLine ? (r.satuan ?? null) : null,
    hargaSatuan: isLine ? (r.hargaSatuan?.value ?? null) : null,
    jumlah: total,
    cells,
  };
}

/** The rows of a comparison sheet in side-by-side order, host-neutral (ExcelJS and Office.js both write them). */
export function comparisonSheetRows(result: ComparisonResult, onlyChanged = false): ComparisonSheetRow[] {
  const keep = onlyChanged ? changedWithAncestors(result) : null;
  const out: ComparisonSheetRow[] = [];
  result.aligned.forEach((a, i) => {
    if (keep && !keep.has(i)) return;
    const ra = a.semula === undefined ? undefined : result.semula.rows[a.semula];
    const rb = a.menjadi === undefined ? undefined : result.menjadi.rows[a.menjadi];
    const main = (rb ?? ra)!;
    const isLine = main.children.length === 0;
    let keterangan = "";
    if (a.status === "added") keterangan = "Baru";
    else if (a.status === "removed") keterangan = "Dihapus";
    else if (a.change) {
      const words = a.change.fields.filter((f) => f.field !== "letak").map((f) => FIELD_WORD[f.field]);
      keterangan = [
        words.length ? `Berubah: ${words.join(", ")}` : "",
        a.change.moved ? `Dipindah dari ${a.change.fields.find((f) => f.field === "letak")?.semula ?? ""}` : "",
      ]
        .filter(Boolean)
        .join("; ");
    }
    const row: ComparisonSheetRow = {
      level: a.level,
      depth: a.depth,
      kode: main.kode ?? "",
      uraian: main.uraian,
      status: a.status,
      keterangan,
      isLine,
    };
    if (ra) row.semula = side(result.semula, ra, result.totalSemula[ra.index], isLine);
    if (rb) row.menjadi = side(result.menjadi, rb, result.totalMenjadi[rb.index], isLine);
    out.push(row);
  });
  return out;
}

/** Indexes (in `aligned`) of changed rows and every row above them, so an excerpt keeps its structure. */
function changedWithAncestors(result: ComparisonResult): Set<number> {
  const keep = new Set<number>();
  const stack: number[] = [];
  result.aligned.forEach((a, i) => {
    while (stack.length && result.aligned[stack[stack.length - 1]].depth >= a.depth) stack.pop();
    if (a.status !== "sama") for (const s of [...stack, i]) keep.add(s);
    stack.push(i);
  });
  return keep;
}
