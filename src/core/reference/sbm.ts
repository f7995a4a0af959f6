/**
 * Standar biaya by tahun anggaran, province, item and route: the shipped tables (src/data/sbm-*.ts)
 * under the user's own rows, which win. Every value carries where it came from and how far it was
 * checked, so a finding can name it.
 */
import { Decimal } from "../money/decimal";
import { formatRupiah } from "../money/parse-number";
import { provinceByName, resolveProvince, type Province } from "./provinces";
import type { SbmDataset } from "./sbm-data";
import { sbmItem, type SbmItemDef } from "./sbm-items";
import { VERIFICATION_BY_CODE, type Verification } from "./types";

export interface SbmValue {
  tahun: number;
  item: SbmItemDef;
  /** Undefined for national items and for a user row that applies to every province. */
  provinsi?: Province;
  /** Route "ASAL>TUJUAN" or bracket; "" when the item has none. */
  kunci: string;
  nilai: Decimal;
  /** Unit as the source writes it (the user's column, else the item's). */
  satuan: string;
  status: Verification;
  /** The regulation ("PMK 32/2025") or, for the user's rows, "pengguna: <where>". */
  dasar: string;
  /** Where the amount comes from: CSV file and its source, or the user's sheet/file and row. */
  sumber: string;
  /** The source table's verification note, when it has one. */
  catatan?: string;
  /** From the user's override sheet or file. */
  pengguna: boolean;
}

/** A user row before it is placed in a table (see sbm-overrides.ts). */
export interface SbmOverrideRow {
  tahun: number;
  item: string;
  /** Canonical province key, or "" for every province / a national item. */
  provinsi: string;
  kunci: string;
  nilai: Decimal;
  satuan: string;
  uraian: string;
  /** "lembar SBM_PENGGUNA baris 5" */
  lokasi: string;
  /** The user's own "sumber" column ("SE DJA S-123/2026"). */
  sumber: string;
}

export type SbmCoverage = "lengkap" | "sebagian" | "pengguna" | "tidak-ada";

/** Route and text keys compare in upper case with single spaces. */
export function normalizeKunci(kunci: string): string {
  return kunci
    .toUpperCase()
    .replace(/\s*>\s*/g, ">")
    .replace(/\s+/g, " ")
    .trim();
}

const keyOf = (tahun: number, item: string, provinsi: string, kunci: string) =>
  `${tahun}|${item}|${provinsi}|${normalizeKunci(kunci)}`;

export class SbmTable {
  private readonly shipped = new Map<string, SbmValue>();
  private readonly user = new Map<string, SbmValue>();
  private readonly byItem = new Map<string, SbmValue[]>();
  private readonly datasets = new Map<number, SbmDataset>();
  private readonly answers = new Map<string, SbmValue | null>();

  constructor(datasets: readonly SbmDataset[], overrides: readonly SbmOverrideRow[] = []) {
    for (const d of datasets) {
      this.datasets.set(d.tahun, d);
      for (const [item, prov, kunci, nilai, st, si] of d.rows) {
        const def = sbmItem(item);
        if (!def) throw new Error(`SBM TA${d.tahun}: unknown item ${item}`);
        const [file, source, note] = d.sources[si];
        const v: SbmValue = {
          tahun: d.tahun,
          item: def,
          ...(prov ? { provinsi: provinceByName(prov) } : {}),
          kunci,
          nilai: new Decimal(nilai),
          satuan: def.satuan,
          status: VERIFICATION_BY_CODE[st],
          dasar: d.dasar,
          sumber: `${file}: ${source}`,
          ...(note ? { catatan: note } : {}),
          pengguna: false,
        };
        this.shipped.set(keyOf(d.tahun, item, prov, kunci), v);
        this.index(v);
      }
    }
    for (const o of overrides) {
      const def = sbmItem(o.item);
      if (!def) continue; // rejected earlier by the override reader
      const where = `pengguna: ${o.lokasi}`;
      const v: SbmValue = {
        tahun: o.tahun,
        item: def,
        ...(o.provinsi ? { provinsi: provinceByName(o.provinsi) } : {}),
        kunci: o.kunci,
        nilai: o.nilai,
        satuan: o.satuan || def.satuan,
        status: "VERIFIED",
        dasar: o.sumber ? `${where} (${o.sumber})` : where,
        sumber: where,
        pengguna: true,
      };
      this.user.set(keyOf(o.tahun, def.kode, o.provinsi, o.kunci), v);
      this.index(v);
    }
  }

  private index(v: SbmValue): void {
    const k = `${v.tahun}|${v.item.kode}`;
    const list = this.byItem.get(k);
    if (list) list.push(v);
    else this.byItem.set(k, [v]);
  }

  /**
   * The amount for an item in a year, province (canonical key or any spelling) and route. The user's
   * row for the province wins, then the user's row for every province, then the shipped table.
   */
  get(tahun: number, item: string, provinsi?: string | Province, kunci = ""): SbmValue | undefined {
    // Every matched line asks again for the same few items; the table never changes after it is built,
    // so answers are kept by the question as asked (lengths make the key unambiguous).
    const prov = typeof provinsi === "string" ? `s${provinsi}` : provinsi ? `p${provinsi.nama}` : "";
    const key = `${tahun}|${item.length}:${item}|${prov.length}:${prov}|${kunci}`;
    const hit = this.answers.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const v = this.lookup(tahun, item, provinsi, kunci);
    if (this.answers.size >= 20000) this.answers.clear();
    this.answers.set(key, v ?? null);
    return v;
  }

  private lookup(tahun: number, item: string, provinsi: string | Province | undefined, kunci: string) {
    const def = sbmItem(item);
    if (!def) return undefined;
    let prov = "";
    if (def.perProvinsi) {
      const p = typeof provinsi === "string" ? resolveProvince(provinsi) : provinsi;
      if (!p) return undefined;
      prov = p.nama;
    }
    return (
      this.user.get(keyOf(tahun, def.kode, prov, kunci)) ??
      (prov ? this.user.get(keyOf(tahun, def.kode, "", kunci)) : undefined) ??
      this.shipped.get(keyOf(tahun, def.kode, prov, kunci))
    );
  }

  /** Every value of an item in a year (shipped and user's; for route searches). */
  values(tahun: number, item: string): readonly SbmValue[] {
    return this.byItem.get(`${tahun}|${item}`) ?? [];
  }

  /** Years with any amount, shipped or the user's. */
  years(): number[] {
    const ys = new Set<number>([...this.datasets.keys()]);
    for (const v of this.user.values()) ys.add(v.tahun);
    return [...ys].sort();
  }

  /**
   * What Telaah knows for a year: the full shipped table, scattered values only, only the user's rows,
   * or nothing.
   */
  coverage(tahun: number): SbmCoverage {
    const d = this.datasets.get(tahun);
    if (d?.lengkap) return "lengkap";
    if (d) return "sebagian";
    for (const v of this.user.values()) if (v.tahun === tahun) return "pengguna";
    return "tidak-ada";
  }

  /** Number of the user's rows for a year. */
  userRowCount(tahun?: number): number {
    let n = 0;
    for (const v of this.user.values()) if (tahun === undefined || v.tahun === tahun) n++;
    return n;
  }

  /** Number of shipped values for a year. */
  shippedCount(tahun: number): number {
    return this.datasets.get(tahun)?.rows.length ?? 0;
  }

  /** The regulation a year's shipped table rests on, if any. */
  dasar(tahun: number): string | undefined {
    return this.datasets.get(tahun)?.dasar;
  }
}

/** "PMK 32/2025, uang harian perjalanan dinas luar kota DKI Jakarta Rp530.000/OH" */
export function describeSbmValue(v: SbmValue): string {
  const place = v.provinsi ? ` ${v.provinsi.label}` : "";
  const route = v.kunci && v.item.perRute ? ` ${v.kunci.replace(">", " - ")}` : "";
  const status = v.pengguna || v.status === "VERIFIED" ? "" : ` [${v.status}: ${v.sumber}]`;
  return `${v.dasar}, ${v.item.label}${place}${route} ${formatRupiah(v.nilai)}/${v.satuan}${status}`;
}
