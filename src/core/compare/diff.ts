import { ZERO, type Decimal } from "../money/decimal";
import type { BudgetRow } from "../tree/types";
import { isStructural, ownAmount, type IndexedTree } from "./index-tree";
import type { Matching } from "./match";
import { expressionKey, normalizeSatuan } from "./normalize";
import type { FieldChange, LineChange } from "./types";

const valueOf = (d: Decimal | null | undefined): Decimal => d ?? ZERO;
const sameNumber = (x: Decimal | null | undefined, y: Decimal | null | undefined) => valueOf(x).equals(valueOf(y));

/** Output targets (KRO/RO volume and satuan) are compared only where both files state one. */
function structuralFields(a: BudgetRow, b: BudgetRow, A: IndexedTree, B: IndexedTree): FieldChange[] {
  const out: FieldChange[] = [];
  // Akun are matched on their code; their names differ between applications and years (BAS).
  if (a.level !== "akun" && A.norm[a.index] !== B.norm[b.index])
    out.push({ field: "uraian", semula: a.uraian, menjadi: b.uraian });
  if (a.level === "kro" || a.level === "ro") {
    const va = a.volume?.value;
    const vb = b.volume?.value;
    if (va && vb && !va.isZero() && !vb.isZero() && !va.equals(vb))
      out.push({ field: "volume", semula: va, menjadi: vb });
    if (a.satuan && b.satuan && normalizeSatuan(a.satuan) !== normalizeSatuan(b.satuan))
      out.push({ field: "satuan", semula: a.satuan, menjadi: b.satuan });
  }
  return out;
}

function lineFields(a: BudgetRow, b: BudgetRow, A: IndexedTree, B: IndexedTree, moved: boolean): FieldChange[] {
  const out: FieldChange[] = [];
  const f = A.fields; // already the fields both layouts provide
  if (A.norm[a.index] !== B.norm[b.index]) out.push({ field: "uraian", semula: a.uraian, menjadi: b.uraian });
  const sameText =
    a.volumeExpr?.text.replace(/\s+/g, "").toUpperCase() === b.volumeExpr?.text.replace(/\s+/g, "").toUpperCase();
  const ea = sameText ? undefined : expressionKey(a.volumeExpr);
  const eb = sameText ? undefined : expressionKey(b.volumeExpr);
  if (ea && eb && ea !== eb) out.push({ field: "rincian", semula: a.volumeExpr!.text, menjadi: b.volumeExpr!.text });
  if (f.volume && !sameNumber(a.volume?.value, b.volume?.value))
    out.push({ field: "volume", semula: a.volume?.value ?? null, menjadi: b.volume?.value ?? null });
  if (f.satuan && normalizeSatuan(a.satuan) !== normalizeSatuan(b.satuan))
    out.push({ field: "satuan", semula: a.satuan ?? null, menjadi: b.satuan ?? null });
  if (f.hargaSatuan && !sameNumber(a.hargaSatuan?.value, b.hargaSatuan?.value))
    out.push({ field: "hargaSatuan", semula: a.hargaSatuan?.value ?? null, menjadi: b.hargaSatuan?.value ?? null });
  const ja = A.total[a.index];
  const jb = B.total[b.index];
  if (!ja.equals(jb)) out.push({ field: "jumlah", semula: ja, menjadi: jb });
  if (moved) out.push({ field: "letak", semula: pathText(A, a), menjadi: pathText(B, b) });
  return out;
}

/** Where a line sits: its code path and, inside an akun, the detail groups above it. */
export function pathText(t: IndexedTree, row: BudgetRow): string {
  const groups: string[] = [];
  for (let p = t.parent[row.index]; p >= 0 && t.rows[p].level === "group"; p = t.parent[p])
    groups.unshift(t.rows[p].uraian.replace(/^[\s>]+/, "").trim());
  return [row.path.join("/"), ...groups].filter(Boolean).join(" > ");
}

/**
 * The change for one row of the side-by-side view, or null when the row is the same on both sides.
 * A parent is compared on what is its own (uraian, output target), never on its total.
 */
export function changeFor(A: IndexedTree, B: IndexedTree, m: Matching, a: number, b: number): LineChange | null {
  if (a >= 0 && b >= 0) {
    const ra = A.rows[a];
    const rb = B.rows[b];
    const leaf = ra.children.length === 0 && rb.children.length === 0;
    let fields: FieldChange[];
    let moved = false;
    if (isStructural(ra.level))
      fields = leaf ? [...structuralFields(ra, rb, A, B), ...leafAmount(ra, rb, A, B)] : structuralFields(ra, rb, A, B);
    else if (ra.level === "group") fields = structuralFields(ra, rb, A, B);
    else {
      moved =
        A.parent[a] < 0 ? B.parent[b] >= 0 || (ra.akun ?? "") !== (rb.akun ?? "") : m.a[A.parent[a]] !== B.parent[b];
      fields = lineFields(ra, rb, A, B, moved);
    }
    if (!fields.length) return null;
    const change: LineChange = {
      kind: "changed",
      level: rb.level,
      semula: a,
      menjadi: b,
      path: rb.path,
      uraian: rb.uraian,
      jumlahSemula: A.total[a],
      jumlahMenjadi: B.total[b],
      selisih: B.total[b].minus(A.total[a]),
      fields,
      moved,
      method: m.method[a],
    };
    if (moved) change.pathSemula = ra.path;
    return change;
  }
  const t = a >= 0 ? A : B;
  const i = a >= 0 ? a : b;
  const row = t.rows[i];
  const total = t.total[i];
  return {
    kind: a >= 0 ? "removed" : "added",
    level: row.level,
    ...(a >= 0 ? { semula: a } : { menjadi: b }),
    path: row.path,
    uraian: row.uraian,
    jumlahSemula: a >= 0 ? total : null,
    jumlahMenjadi: a >= 0 ? null : total,
    selisih: a >= 0 ? total.negated() : total,
    fields: [],
    moved: false,
  };
}

/** A structural row without children (an akun stated as one amount) is a line: its jumlah is its own. */
function leafAmount(a: BudgetRow, b: BudgetRow, A: IndexedTree, B: IndexedTree): FieldChange[] {
  const ja = ownAmount(a);
  const jb = ownAmount(b);
  return ja.equals(jb) && A.total[a.index].equals(B.total[b.index])
    ? []
    : [{ field: "jumlah", semula: A.total[a.index], menjadi: B.total[b.index] }];
}
