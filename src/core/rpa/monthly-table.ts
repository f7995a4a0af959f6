import { Decimal, THOUSAND, ZERO } from "../money";
import { detectLayout } from "../layout/detect";
import { monthOfLabel, monthUnitOfLabel, normalizeLabel, roleOfLabel } from "../layout/header-labels";
import { cellAt, cellText, type SheetSnapshot } from "../sheet/snapshot";
import { readNumberCell } from "../tree/read-cells";
import { MONTH_COUNT } from "./months";

/**
 * Reads a sheet of monthly amounts per jenis belanja (Halaman III style: 51/52/53/57 rows, Januari ..
 * Desember columns) or per akun (rolled up by the akun's first two digits). Used for RPD and for
 * realisation. Amounts come back in rupiah: a sheet whose heading says "ribu" is multiplied by 1000.
 */
export type MonthlyUnit = "rupiah" | "ribuan";

export interface MonthlyTable {
  sheet: string;
  unit: MonthlyUnit;
  /** Where the unit came from (Indonesian), for the assumptions list. */
  unitSource: string;
  /** Jenis belanja -> 12 amounts in rupiah (null where the cell is empty). */
  series: Record<string, (Decimal | null)[]>;
  /** Jenis belanja -> pagu in rupiah, when the sheet has a pagu column. */
  pagu: Record<string, Decimal> | null;
  /** Which rows were used per jenis belanja. */
  level: Record<string, "jenis belanja" | "akun">;
  problems: string[];
}

const JB_NAMES: [string, RegExp][] = [
  ["51", /belanja pegawai|^pegawai$/],
  ["52", /belanja barang|^barang$/],
  ["53", /belanja modal|^modal$/],
  ["57", /bantuan sosial|^bansos$/],
];

/** The jenis belanja a row is about, and whether it is the jenis belanja line itself or an akun. */
export function jenisBelanjaKey(texts: string[]): { jb: string; level: "jenis belanja" | "akun" } | null {
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    const akun = /^(5\d)\d{4}(\D|$)/.exec(t);
    if (akun) return { jb: akun[1], level: "akun" };
    const jb = /^(5\d)(\D|$)/.exec(t);
    if (jb) return { jb: jb[1], level: "jenis belanja" };
    const bracket = /\[(5\d)\]/.exec(t);
    if (bracket) return { jb: bracket[1], level: "jenis belanja" };
    const low = normalizeLabel(t);
    for (const [code, re] of JB_NAMES) if (re.test(low)) return { jb: code, level: "jenis belanja" };
  }
  return null;
}

interface Header {
  top: number;
  dataStart: number;
  months: (number | undefined)[];
  pagu?: number;
  keyCols: number[];
}

function findHeader(sheet: SheetSnapshot): Header | null {
  const layout = detectLayout(sheet);
  if (layout && layout.months.filter((m) => m.rupiah !== undefined).length >= 6) {
    const months = Array.from({ length: MONTH_COUNT }, (_, i) => layout.months.find((m) => m.month === i + 1)?.rupiah);
    const first = Math.min(...layout.months.map((m) => m.rupiah ?? m.percent ?? Infinity));
    const keyCols = [layout.columns.kode, layout.columns.kodeAkun, layout.columns.uraian].filter(
      (c): c is number => c !== undefined
    );
    for (let c = 0; c < first; c++) if (!keyCols.includes(c)) keyCols.push(c);
    return {
      top: layout.headerTop,
      dataStart: layout.dataStart,
      months,
      pagu: layout.columns.pagu ?? layout.columns.jumlah,
      keyCols,
    };
  }
  // Fallback: the first row with at least six month names.
  for (let r = 0; r < Math.min(40, sheet.values.length); r++) {
    const row = sheet.values[r] ?? [];
    const months: (number | undefined)[] = Array(MONTH_COUNT).fill(undefined);
    let pagu: number | undefined;
    let found = 0;
    row.forEach((v, c) => {
      const label = normalizeLabel(cellText(v));
      const m = monthOfLabel(label);
      if (m && months[m - 1] === undefined && monthUnitOfLabel(label) !== "percent") {
        months[m - 1] = c;
        found++;
      } else if (roleOfLabel(label) === "pagu" && pagu === undefined) pagu = c;
    });
    if (found >= 6) {
      const first = Math.min(...months.filter((c): c is number => c !== undefined));
      return {
        top: r,
        dataStart: r + 1,
        months,
        pagu,
        keyCols: Array.from({ length: first }, (_, c) => c).filter((c) => c !== pagu),
      };
    }
  }
  return null;
}

function unitOf(sheet: SheetSnapshot, header: Header): { unit: MonthlyUnit; source: string } {
  for (let r = 0; r <= header.top + 1 && r < sheet.values.length; r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v);
      if (/ribu/i.test(t)) return { unit: "ribuan", source: `teks "${t.trim()}" pada baris ${r + 1}` };
    }
  }
  return { unit: "rupiah", source: 'tidak ada keterangan "ribuan" di judul' };
}

/** A "No" column holds row numbers (51, 52 ...) that must not read as jenis belanja. */
function withoutNumberColumns(sheet: SheetSnapshot, header: Header): number[] {
  return header.keyCols.filter((c) => {
    const labels = [header.top, header.top + 1].map((r) => normalizeLabel(cellText(cellAt(sheet, r, c))));
    return !labels.some((l) => /^(no|nomor|no urut|nmr)$/.test(l));
  });
}

export function readMonthlyTable(sheet: SheetSnapshot, unitOverride?: MonthlyUnit): MonthlyTable | null {
  const found = findHeader(sheet);
  if (!found) return null;
  const header = { ...found, keyCols: withoutNumberColumns(sheet, found) };
  const detected = unitOf(sheet, header);
  const unit = unitOverride ?? detected.unit;
  const scale = unit === "ribuan" ? THOUSAND : new Decimal(1);
  const problems: string[] = [];
  const missing = header.months.map((c, i) => (c === undefined ? i + 1 : 0)).filter(Boolean);
  if (missing.length) problems.push(`Kolom bulan ${missing.join(", ")} tidak ditemukan di lembar "${sheet.name}".`);

  const sums = { "jenis belanja": new Map<string, (Decimal | null)[]>(), akun: new Map<string, (Decimal | null)[]>() };
  const pagus = { "jenis belanja": new Map<string, Decimal>(), akun: new Map<string, Decimal>() };
  for (let r = header.dataStart; r < sheet.values.length; r++) {
    const key = jenisBelanjaKey(header.keyCols.map((c) => cellText(cellAt(sheet, r, c))));
    if (!key) continue;
    const acc = sums[key.level].get(key.jb) ?? Array(MONTH_COUNT).fill(null);
    header.months.forEach((c, i) => {
      const v = readNumberCell(sheet, r, c)?.value;
      if (v !== null && v !== undefined) acc[i] = (acc[i] ?? ZERO).plus(v.times(scale));
    });
    sums[key.level].set(key.jb, acc);
    const p = readNumberCell(sheet, r, header.pagu)?.value;
    if (p) pagus[key.level].set(key.jb, (pagus[key.level].get(key.jb) ?? ZERO).plus(p.times(scale)));
  }
  const series: Record<string, (Decimal | null)[]> = {};
  const level: Record<string, "jenis belanja" | "akun"> = {};
  const pagu: Record<string, Decimal> = {};
  const jbs = [...new Set([...sums["jenis belanja"].keys(), ...sums.akun.keys()])].sort();
  for (const jb of jbs) {
    // Per akun when the sheet has akun rows (their sum is the finer figure), else the jenis belanja row.
    const lv = sums.akun.has(jb) ? "akun" : "jenis belanja";
    series[jb] = sums[lv].get(jb)!;
    level[jb] = lv;
    const p = pagus[lv].get(jb) ?? pagus["jenis belanja"].get(jb);
    if (p) pagu[jb] = p;
    const other = lv === "akun" ? sums["jenis belanja"].get(jb) : undefined;
    if (other && other.some((v, i) => !(v ?? ZERO).equals(series[jb][i] ?? ZERO)))
      problems.push(
        `Lembar "${sheet.name}": baris jenis belanja ${jb} tidak sama dengan jumlah akunnya; jumlah akun yang dipakai.`
      );
  }
  if (!jbs.length)
    problems.push(`Lembar "${sheet.name}" tidak memuat baris jenis belanja (51/52/53/57) atau akun 6 digit.`);
  return {
    sheet: sheet.name,
    unit,
    unitSource: unitOverride ? "ditentukan pengguna" : detected.source,
    series,
    pagu: Object.keys(pagu).length ? pagu : null,
    level,
    problems,
  };
}
