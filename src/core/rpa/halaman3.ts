import { Decimal, THOUSAND, ZERO, roundToTotal, sum, toRupiah } from "../money";
import { MONTH_COUNT } from "./months";
import { jenisBelanjaOf, type PlanNode } from "./plan";

/**
 * Halaman III DIPA: the plan per jenis belanja and month, in ribuan rupiah. Each jenis belanja's total
 * is its rupiah total / 1000 rounded half-up; its months are their exact thousands rounded down or up
 * so that they sum exactly to that total (roundToTotal, largest fraction first). The total row is the
 * sum of the rows.
 */
export interface HalamanIIIRow {
  jenisBelanja: string;
  rupiah: Decimal[];
  ribuan: Decimal[];
  jumlahRupiah: Decimal;
  jumlahRibuan: Decimal;
}

export interface HalamanIII {
  rows: HalamanIIIRow[];
  total: { rupiah: Decimal[]; ribuan: Decimal[]; jumlahRupiah: Decimal; jumlahRibuan: Decimal };
}

export function toRibuanRow(jenisBelanja: string, rupiah: Decimal[]): HalamanIIIRow {
  const jumlahRupiah = sum(rupiah);
  const jumlahRibuan = toRupiah(jumlahRupiah.div(THOUSAND));
  const ribuan = roundToTotal(
    rupiah.map((v) => v.div(THOUSAND)),
    jumlahRibuan
  );
  return { jenisBelanja, rupiah, ribuan, jumlahRupiah, jumlahRibuan };
}

/** Rolls the lines of a filled plan up per jenis belanja (lines without one go under "?"). */
export function halamanIII(roots: readonly PlanNode[]): HalamanIII {
  const byJb = new Map<string, Decimal[]>();
  const visit = (node: PlanNode, inherited: string | undefined) => {
    const jb = jenisBelanjaOf(node, inherited);
    if (node.children.length) {
      for (const c of node.children) visit(c, jb);
      return;
    }
    const key = jb ?? "?";
    const acc = byJb.get(key) ?? Array.from({ length: MONTH_COUNT }, () => ZERO);
    node.months.forEach((c, i) => (acc[i] = acc[i].plus(c.rupiah ?? ZERO)));
    byJb.set(key, acc);
  };
  roots.forEach((r) => visit(r, undefined));
  const rows = [...byJb.keys()].sort().map((jb) => toRibuanRow(jb, byJb.get(jb)!));
  const col = (pick: (r: HalamanIIIRow) => Decimal[]) =>
    Array.from({ length: MONTH_COUNT }, (_, i) => sum(rows.map((r) => pick(r)[i])));
  return {
    rows,
    total: {
      rupiah: col((r) => r.rupiah),
      ribuan: col((r) => r.ribuan),
      jumlahRupiah: sum(rows.map((r) => r.jumlahRupiah)),
      jumlahRibuan: sum(rows.map((r) => r.jumlahRibuan)),
    },
  };
}
