import type { Decimal } from "../../core/money/decimal";
import type { ComparisonResult, FieldChange, LevelTotal, LineChange } from "../../core/compare";

export interface SideInfo {
  file: string;
  sheet: string;
  layout: string;
}

const n = (d: Decimal | null | undefined): number | null => (d ? d.toNumber() : null);
const fieldValue = (v: FieldChange["semula"]): number | string | null =>
  v === null ? null : typeof v === "string" ? v : v.toNumber();

/** 1-based sheet row of a tree row, or null on the side where the line does not exist. */
function sheetRow(result: ComparisonResult, side: "semula" | "menjadi", index: number | undefined): number | null {
  return index === undefined ? null : result[side].rows[index].row + 1;
}

function changeJson(result: ComparisonResult, c: LineChange) {
  const out: Record<string, unknown> = {
    kind: c.kind,
    level: c.level,
    path: c.path.join("/"),
    uraian: c.uraian.trim(),
    rowSemula: sheetRow(result, "semula", c.semula),
    rowMenjadi: sheetRow(result, "menjadi", c.menjadi),
    semula: n(c.jumlahSemula),
    menjadi: n(c.jumlahMenjadi),
    selisih: c.selisih.toNumber(),
    moved: c.moved,
    fields: c.fields.map((f) => ({ field: f.field, semula: fieldValue(f.semula), menjadi: fieldValue(f.menjadi) })),
  };
  if (c.pathSemula) out.pathSemula = c.pathSemula.join("/");
  return out;
}

function levelJson(t: LevelTotal) {
  return {
    kode: t.kode,
    path: t.path.join("/"),
    uraian: t.uraian.trim(),
    rowSemula: t.rowSemula === undefined ? null : t.rowSemula + 1,
    rowMenjadi: t.rowMenjadi === undefined ? null : t.rowMenjadi + 1,
    semula: t.rowSemula === undefined ? null : t.semula.toNumber(),
    menjadi: t.rowMenjadi === undefined ? null : t.menjadi.toNumber(),
    selisih: t.selisih.toNumber(),
  };
}

/**
 * The `--json` document. Amounts are numbers in rupiah (a line's jumlah; a parent's total of the
 * lines beneath it), null on the side where the line does not exist; field-level differences are in
 * `fields`. Totals per RO/komponen/akun list only those whose total changed; jenis belanja all.
 */
export function comparisonJson(result: ComparisonResult, semula: SideInfo, menjadi: SideInfo) {
  const count = (k: LineChange["kind"]) => result.changes.filter((c) => c.kind === k).length;
  const changedOnly = (ts: LevelTotal[]) => ts.filter((t) => !t.selisih.isZero()).map(levelJson);
  const t = result.totals;
  return {
    semula,
    menjadi,
    summary: { changed: count("changed"), added: count("added"), removed: count("removed") },
    changes: result.changes.map((c) => changeJson(result, c)),
    totals: {
      pagu: { semula: n(t.pagu.semula), menjadi: n(t.pagu.menjadi), selisih: n(t.pagu.selisih) },
      jenisBelanja: t.jenisBelanja.map((j) => ({
        kode: j.kode,
        uraian: j.uraian,
        semula: n(j.semula),
        menjadi: n(j.menjadi),
        selisih: n(j.selisih),
      })),
      ro: changedOnly(t.ro),
      komponen: changedOnly(t.komponen),
      akun: changedOnly(t.akun),
    },
    flags: result.flags.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, basis: f.basis })),
  };
}
