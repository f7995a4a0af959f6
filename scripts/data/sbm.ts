/**
 * SBM tables: every shared CSV becomes rows [item, provinsi, kunci, nilai, status, source] of one
 * tahun anggaran. Statuses follow what each CSV's verification column says (see `statusFrom`).
 */
import { z } from "zod";
import { resolveProvince } from "../../src/core/reference/provinces";
import { PENGELOLA_BRACKETS, sbmItem, SBM_ITEM_CODES } from "../../src/core/reference/sbm-items";
import type { SbmRowTuple, SbmSourceTuple } from "../../src/core/reference/sbm-data";
import type { Verification, VerificationCode } from "../../src/core/reference/types";

export type ReadRecords = (file: string) => Record<string, string>[];

const CODE: Record<Verification, VerificationCode> = { VERIFIED: "V", PARTIAL: "P", UNVERIFIED: "U" };

/**
 * The CSVs describe checks in words; this maps them to a status, most cautious first: a PARTIAL file
 * stays PARTIAL, any "UNVERIFIED"/"MISSING"/"NOT in" is UNVERIFIED, a file named _UNVERIFIED is
 * UNVERIFIED; a note saying values match or sources agree is VERIFIED; anything else UNVERIFIED.
 */
export function statusFrom(file: string, note: string): Verification {
  if (/PARTIAL/.test(file)) return "PARTIAL";
  if (/UNVERIFIED|MISSING|NOT in/i.test(note)) return "UNVERIFIED";
  if (/_UNVERIFIED/.test(file)) return "UNVERIFIED";
  if (/match|agree|same value|same in two|^also /i.test(note)) return "VERIFIED";
  return "UNVERIFIED";
}

const rowSchema = z.object({
  tahun: z.number().int().min(2000).max(2100),
  item: z.enum(SBM_ITEM_CODES as unknown as [string, ...string[]]),
  provinsi: z.string(),
  kunci: z.string(),
  nilai: z.number().int().positive(),
  status: z.enum(["VERIFIED", "PARTIAL", "UNVERIFIED"]),
});

export interface YearTable {
  tahun: number;
  sources: SbmSourceTuple[];
  rows: SbmRowTuple[];
  files: Set<string>;
}

/** Collects rows per year; rejects unknown items, provinces, non-positive amounts and duplicate keys. */
export class SbmCollector {
  readonly years = new Map<number, YearTable>();
  private readonly keys = new Set<string>();

  add(
    file: string,
    source: string,
    note: string,
    tahun: number,
    item: string,
    provinsiText: string,
    kunci: string,
    nilaiText: string | number,
    status: Verification
  ): void {
    const nilai =
      typeof nilaiText === "number" ? nilaiText : parseAmount(nilaiText, `${file} ${item} ${provinsiText} ${kunci}`);
    let provinsi = "";
    if (provinsiText !== "") {
      const p = resolveProvince(provinsiText);
      if (!p) throw new Error(`${file}: provinsi tidak dikenal "${provinsiText}"`);
      provinsi = p.nama;
    }
    const r = rowSchema.parse({ tahun, item, provinsi, kunci, nilai, status });
    const def = sbmItem(r.item)!;
    if (def.perProvinsi && provinsi === "") throw new Error(`${file}: ${item} needs a province`);
    if (!def.perProvinsi && provinsi !== "") throw new Error(`${file}: ${item} is national, got ${provinsi}`);
    if (Boolean(def.perRute) !== (kunci !== ""))
      throw new Error(`${file}: ${item} kunci "${kunci}" does not fit the item`);
    const key = `${tahun}|${item}|${provinsi}|${kunci.toUpperCase()}`;
    if (this.keys.has(key)) throw new Error(`${file}: duplicate key ${key}`);
    this.keys.add(key);
    let t = this.years.get(tahun);
    if (!t) {
      t = { tahun, sources: [], rows: [], files: new Set() };
      this.years.set(tahun, t);
    }
    t.files.add(file);
    let si = t.sources.findIndex((s) => s[0] === file && s[1] === source && s[2] === note);
    if (si < 0) {
      t.sources.push([file, source, note]);
      si = t.sources.length - 1;
    }
    t.rows.push([item, provinsi, kunci, nilai, CODE[status], si]);
  }

  value(tahun: number, item: string, provinsi: string, kunci = ""): number | undefined {
    const t = this.years.get(tahun);
    const p = provinsi ? resolveProvince(provinsi)?.nama : "";
    return t?.rows.find((r) => r[0] === item && r[1] === p && r[2] === kunci)?.[3];
  }
}

function parseAmount(text: string, where: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new Error(`${where}: jumlah bukan bilangan bulat: "${text}"`);
  return Number(t);
}

const isNumber = (s: string | undefined) => s !== undefined && /^\d+$/.test(s.trim());

/** Every SBM CSV in ../shared/reference, in a fixed order. */
export function collectSbm(read: ReadRecords): SbmCollector {
  const c = new SbmCollector();

  let f = "sbm_2026_uang_harian_dalam_negeri.csv";
  for (const r of read(f)) {
    const st = statusFrom(f, r.verification);
    c.add(f, r.source, r.verification, 2026, "UH-LUAR-KOTA", r.provinsi, "", r.luar_kota, st);
    c.add(f, r.source, r.verification, 2026, "UH-DALAM-KOTA", r.provinsi, "", r.dalam_kota_lebih_8_jam, st);
    c.add(f, r.source, r.verification, 2026, "UH-DIKLAT", r.provinsi, "", r.diklat, st);
  }

  f = "sbm_2026_penginapan_dalam_negeri.csv";
  const cols = [
    "pejabat_negara_wamen_eselon_I",
    "pejabat_negara_lainnya_eselon_II",
    "eselon_III_golongan_IV",
    "eselon_IV_golongan_III_II_I",
  ];
  for (const r of read(f)) {
    const st = penginapanStatus(r.verification);
    cols.forEach((col, i) =>
      c.add(f, r.source, r.verification, 2026, `PENGINAPAN-ES${i + 1}`, r.provinsi, "", r[col], st[i])
    );
  }

  f = "sbm_2026_transport_terminal_taksi.csv";
  for (const r of read(f)) {
    if (!isNumber(r.besaran)) continue; // four new Papua provinces: MISSING in the source
    c.add(f, r.source, r.verification, 2026, "TAKSI", r.provinsi, "", r.besaran, statusFrom(f, r.verification));
  }

  f = "sbm_2026_konsumsi_rapat.csv";
  for (const r of read(f)) {
    const st = statusFrom(f, r.verification);
    const nasional = r.provinsi.startsWith("NASIONAL");
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      nasional ? "KONSUMSI-MAKAN-RAKOR" : "KONSUMSI-MAKAN",
      nasional ? "" : r.provinsi,
      "",
      r.makan,
      st
    );
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      nasional ? "KONSUMSI-KUDAPAN-RAKOR" : "KONSUMSI-KUDAPAN",
      nasional ? "" : r.provinsi,
      "",
      r.kudapan,
      st
    );
  }

  f = "sbm_2026_uang_representasi.csv";
  const rep: Record<string, string> = {
    "Pejabat Negara/Wakil Menteri": "PN",
    "Pejabat Eselon I": "ES1",
    "Pejabat Eselon II": "ES2",
  };
  for (const r of read(f)) {
    const g = rep[r.jabatan];
    if (!g) throw new Error(`${f}: jabatan tidak dikenal ${r.jabatan}`);
    const st = statusFrom(f, r.verification);
    c.add(f, r.source, r.verification, 2026, `REPRESENTASI-LK-${g}`, "", "", r.luar_kota, st);
    c.add(f, r.source, r.verification, 2026, `REPRESENTASI-DK-${g}`, "", "", r.dalam_kota_lebih_8_jam, st);
  }

  f = "sbm_2026_uang_saku_rapat.csv";
  for (const r of read(f)) {
    // Fullday and halfday rows say "dihapus" (not given): no amount to check against.
    if (!isNumber(r.besaran)) continue;
    if (!/fullboard/i.test(r.item)) throw new Error(`${f}: unexpected item ${r.item}`);
    c.add(f, r.source, r.verification, 2026, "UANG-SAKU-FULLBOARD", "", "", r.besaran, statusFrom(f, r.verification));
  }

  f = "sbm_2026_paket_rapat_luar_kantor.csv";
  for (const r of read(f)) {
    const st = statusFrom(f, r.verification);
    const k = r.kategori_peserta.toUpperCase();
    c.add(f, r.source, r.verification, 2026, `PAKET-HALFDAY-${k}`, r.provinsi, "", r.halfday_rp, st);
    c.add(f, r.source, r.verification, 2026, `PAKET-FULLDAY-${k}`, r.provinsi, "", r.fullday_rp, st);
    c.add(f, r.source, r.verification, 2026, `PAKET-FULLBOARD-${k}`, r.provinsi, "", r.fullboard_rp, st);
  }
  // The PARTIAL news row repeats DKI Jakarta category a: check it agrees rather than store it twice.
  for (const r of read("sbm_2026_paket_rapat_luar_kantor_PARTIAL.csv")) {
    for (const [jenis, col] of [
      ["HALFDAY", "halfday"],
      ["FULLDAY", "fullday"],
      ["FULLBOARD", "fullboard"],
    ] as const) {
      if (c.value(2026, `PAKET-${jenis}-A`, r.provinsi) !== Number(r[col]))
        throw new Error(`paket rapat PARTIAL ${jenis} disagrees with the full table`);
    }
  }

  collectHonor(c, read);
  collectTransport(c, read);
  collectPartialYears(c, read);
  return c;
}

/** Penginapan notes check single columns ("es.I matches kontan"): status per value. */
function penginapanStatus(note: string): Verification[] {
  if (/^UNVERIFIED/i.test(note)) return ["UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "UNVERIFIED"];
  if (/^(all 4 values match|matches)/i.test(note)) return ["VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"];
  const st: Verification[] = ["UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "UNVERIFIED"];
  if (/es\.I matches/.test(note)) st[0] = "VERIFIED";
  if (/es\.II\/III\/IV = max of ranges/.test(note)) st[1] = st[2] = st[3] = "VERIFIED";
  if (/es\.IV = min of/.test(note)) st[3] = "VERIFIED";
  if (st.every((s) => s === "UNVERIFIED")) throw new Error(`penginapan: unrecognised note "${note}"`);
  return st;
}

function collectHonor(c: SbmCollector, read: ReadRecords): void {
  const narasumber = (tingkat: string): string => {
    if (/Menteri/.test(tingkat)) return "MENTERI";
    if (/Eselon III/.test(tingkat)) return "ES3";
    if (/Eselon II\b/.test(tingkat)) return "ES2";
    if (/Eselon I\b/.test(tingkat)) return "ES1";
    throw new Error(`narasumber: tingkat tidak dikenal ${tingkat}`);
  };
  const panitia = (peran: string): string => {
    if (/Penanggung Jawab/.test(peran)) return "PJ";
    if (/Ketua/.test(peran)) return "KETUA";
    if (/Sekretaris/.test(peran)) return "SEKRETARIS";
    if (/Anggota/.test(peran)) return "ANGGOTA";
    throw new Error(`panitia: peran tidak dikenal ${peran}`);
  };

  let f = "sbm_2026_honorarium_narasumber_moderator_pembawa_acara_panitia.csv";
  for (const r of read(f)) {
    const item =
      r.kategori === "narasumber"
        ? `HONOR-NARASUMBER-${narasumber(r.uraian)}`
        : r.kategori === "moderator"
          ? "HONOR-MODERATOR"
          : r.kategori === "pembawa_acara"
            ? "HONOR-PEMBAWA-ACARA"
            : r.kategori === "panitia"
              ? `HONOR-PANITIA-${panitia(r.uraian)}`
              : "";
    // The panitia rows are TA2024 amounts carried into this table: say so in the note.
    const note = r.kategori === "panitia" ? `${r.verification} (tahun_anggaran: ${r.tahun_anggaran})` : r.verification;
    c.add(f, r.source, note, 2026, item, "", "", r.besaran_rp, statusFrom(f, r.verification));
  }

  f = "sbm_2024_honorarium_narasumber_moderator_pembawa_acara_panitia.csv";
  for (const r of read(f)) {
    const item =
      r.item === "Honorarium Narasumber"
        ? `HONOR-NARASUMBER-${narasumber(r.tingkat)}`
        : r.item === "Honorarium Moderator"
          ? "HONOR-MODERATOR"
          : r.item === "Honorarium Pembawa Acara"
            ? "HONOR-PEMBAWA-ACARA"
            : r.item === "Honorarium Panitia"
              ? `HONOR-PANITIA-${panitia(r.tingkat)}`
              : "";
    c.add(f, r.source, r.verification, 2024, item, "", "", r.besaran, statusFrom(f, r.verification));
  }

  f = "sbm_2026_honorarium_tim_pelaksana_kegiatan_UNVERIFIED.csv";
  const sk = (d: string) =>
    /Presiden/.test(d)
      ? "PRESIDEN"
      : /Menteri/.test(d)
        ? "MENTERI"
        : /Eselon I/.test(d)
          ? "ES1"
          : /KPA/.test(d)
            ? "KPA"
            : "";
  const peran = (p: string) =>
    /Pengarah/.test(p)
      ? "PENGARAH"
      : /Penanggung/.test(p)
        ? "PJ"
        : /Wakil/.test(p)
          ? "WAKIL"
          : /Ketua/.test(p)
            ? "KETUA"
            : /Sekretaris/.test(p)
              ? "SEKRETARIS"
              : /Anggota/.test(p)
                ? "ANGGOTA"
                : "";
  for (const r of read(f)) {
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      `HONOR-TIM-${sk(r.dasar_sk)}-${peran(r.peran)}`,
      "",
      "",
      r.besaran_rp,
      statusFrom(f, r.verification)
    );
  }

  f = "sbm_2026_honorarium_pengelola_keuangan_UNVERIFIED.csv";
  const jab: Record<string, string> = {
    KPA: "KPA",
    PPK: "PPK",
    PPSPM: "PPSPM",
    "Bendahara Pengeluaran": "BENDAHARA",
    "Staf Pengelola Keuangan/BPP": "STAF",
  };
  for (const r of read(f)) {
    const b = (PENGELOLA_BRACKETS as readonly string[]).indexOf(r.bracket_pagu_per_DIPA);
    if (b < 0 || !jab[r.jabatan]) throw new Error(`${f}: baris tidak dikenal ${r.jabatan} ${r.bracket_pagu_per_DIPA}`);
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      `HONOR-PENGELOLA-${jab[r.jabatan]}`,
      "",
      String(b + 1),
      r.besaran_rp,
      statusFrom(f, r.verification)
    );
  }
}

function collectTransport(c: SbmCollector, read: ReadRecords): void {
  let f = "sbm_2026_tiket_pesawat_dn_pp.csv";
  for (const r of read(f)) {
    const st = statusFrom(f, r.verification);
    const kunci = `${r.kota_asal}>${r.kota_tujuan}`;
    c.add(f, r.source, r.verification, 2026, "TIKET-BISNIS", "", kunci, r.bisnis_rp, st);
    c.add(f, r.source, r.verification, 2026, "TIKET-EKONOMI", "", kunci, r.ekonomi_rp, st);
  }

  f = "sbm_2026_transport_darat_ibukota_ke_kabkota.csv";
  for (const r of read(f)) {
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      "TRANSPORT-DARAT",
      r.provinsi,
      `${r.ibukota_provinsi}>${r.kabupaten_kota_tujuan}`,
      r.besaran_rp,
      statusFrom(f, r.verification)
    );
  }

  f = "sbm_2026_transport_jakarta_ke_kabkota_sekitar.csv";
  for (const r of read(f)) {
    // Destinations lie in Jawa Barat / Banten, but the amount is DKI Jakarta's table: keyed by origin.
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      "TRANSPORT-DARAT",
      "DKI JAKARTA",
      `Jakarta>${r.tujuan}`,
      r.besaran_rp,
      statusFrom(f, r.verification)
    );
  }

  f = "sbm_2026_transport_kegiatan_dalam_kabkota_pp.csv";
  for (const r of read(f)) {
    c.add(
      f,
      r.source,
      r.verification,
      2026,
      "TRANSPORT-DALAM-KOTA",
      "",
      "",
      r.besaran_rp,
      statusFrom(f, r.verification)
    );
  }
}

/** TA2024 and TA2025: scattered values from news; all PARTIAL except the TA2024 honorarium table. */
function collectPartialYears(c: SbmCollector, read: ReadRecords): void {
  let f = "sbm_2024_konsumsi_rapat_PARTIAL.csv";
  for (const r of read(f)) {
    if (!isNumber(r.makan) || !isNumber(r.kudapan)) continue; // a total without its parts: not usable per item
    const nasional = r.provinsi.startsWith("NASIONAL");
    const note = `total ${r.total}; ${r.tahun_anggaran}`;
    c.add(
      f,
      r.source,
      note,
      2024,
      nasional ? "KONSUMSI-MAKAN-RAKOR" : "KONSUMSI-MAKAN",
      nasional ? "" : r.provinsi,
      "",
      r.makan,
      "PARTIAL"
    );
    c.add(
      f,
      r.source,
      note,
      2024,
      nasional ? "KONSUMSI-KUDAPAN-RAKOR" : "KONSUMSI-KUDAPAN",
      nasional ? "" : r.provinsi,
      "",
      r.kudapan,
      "PARTIAL"
    );
  }

  f = "sbm_2025_transport_terminal_PARTIAL.csv";
  for (const r of read(f)) {
    c.add(
      f,
      r.source,
      "TA2025 value from the same article as TA2026",
      2025,
      "TAKSI",
      r.provinsi,
      "",
      r.besaran_ta2025,
      "PARTIAL"
    );
    if (c.value(2026, "TAKSI", r.provinsi) !== Number(r.besaran_ta2026))
      throw new Error(`${f}: TA2026 ${r.provinsi} disagrees with the taksi table`);
  }

  f = "sbm_penginapan_PARTIAL_2024_2025.csv";
  const gol = (g: string) =>
    /Eselon IV/.test(g)
      ? "ES4"
      : /Eselon III/.test(g)
        ? "ES3"
        : /Eselon II/.test(g)
          ? "ES2"
          : /Eselon I/.test(g)
            ? "ES1"
            : "";
  for (const r of read(f)) {
    if (!isNumber(r.besaran)) continue; // "~3.850.000 (rounded)": not an amount to check against
    const tahun = Number(/^\d{4}/.exec(r.tahun_anggaran)?.[0]);
    c.add(f, r.source, r.note, tahun, `PENGINAPAN-${gol(r.golongan)}`, r.provinsi, "", r.besaran, "PARTIAL");
  }
}
