/** BAS akun, jenis belanja, nilai kapitalisasi and the regulation's satuan list. */
import { z } from "zod";
import { statusFrom, type ReadRecords } from "./sbm";

const kodeAkun = z.string().regex(/^\d{6}$/);

/** [kode, uraian (2018 table), uraian terkini ("" = same), status, source index] */
export type BasTuple = [string, string, string, "V" | "U", number];

export function collectBas(read: ReadRecords): { rows: BasTuple[]; sources: string[] } {
  const sources: string[] = [];
  const src = (s: string) => {
    let i = sources.indexOf(s);
    if (i < 0) i = sources.push(s) - 1;
    return i;
  };
  const terkini = new Map<string, { uraian: string; source: string }>();
  for (const r of read("bas_akun_nama_terkini.csv")) {
    kodeAkun.parse(r.kode);
    if (terkini.has(r.kode)) throw new Error(`bas_akun_nama_terkini.csv: duplicate ${r.kode}`);
    terkini.set(r.kode, { uraian: r.uraian_terkini.trim(), source: r.source_terkini });
  }
  const seen = new Set<string>();
  const rows: BasTuple[] = [];
  for (const r of read("bas_akun.csv")) {
    const kode = kodeAkun.parse(r.kode.trim());
    if (seen.has(kode)) throw new Error(`bas_akun.csv: duplicate ${kode}`);
    seen.add(kode);
    if (r.jenis_belanja !== kode.slice(0, 2)) throw new Error(`bas_akun.csv: ${kode} jenis ${r.jenis_belanja}`);
    const uraian = z.string().min(3).parse(r.uraian.trim());
    // The 2018 application table is the reference; later additions came from one unattributed file.
    const status = /^UNVERIFIED/.test(r.source) ? "U" : "V";
    const t = terkini.get(kode);
    rows.push([kode, uraian, t && t.uraian !== uraian ? t.uraian : "", status, src(r.source)]);
  }
  for (const k of terkini.keys())
    if (!seen.has(k)) throw new Error(`bas_akun_nama_terkini.csv: ${k} not in bas_akun.csv`);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // The current names are UNVERIFIED: name their source once.
  const terkiniSources = [...new Set([...terkini.values()].map((t) => t.source))];
  return { rows, sources: [...sources, ...terkiniSources.map((s) => `uraian terkini: ${s}`)] };
}

/** [kode, uraian, dipakai K/L (RKA/DIPA), dipakai BA BUN] */
export type JenisBelanjaTuple = [string, string, boolean, string];

export function collectJenisBelanja(read: ReadRecords): JenisBelanjaTuple[] {
  const seen = new Set<string>();
  return read("pmk107_jenis_belanja.csv").map((r) => {
    const kode = z
      .string()
      .regex(/^\d{2}$/)
      .parse(r.kode);
    if (seen.has(kode)) throw new Error(`pmk107_jenis_belanja.csv: duplicate ${kode}`);
    seen.add(kode);
    return [kode, r.uraian.trim(), z.enum(["Y", "N"]).parse(r.dipakai_BA_KL_RKA_DIPA) === "Y", r.dipakai_BA_BUN.trim()];
  });
}

/** [kunci, golongan aset, nilai minimum, aturan, status, source] */
export type KapitalisasiTuple = [string, string, number, string, "V" | "P" | "U", string];

export function collectKapitalisasi(read: ReadRecords): KapitalisasiTuple[] {
  const f = "sbm_2026_nilai_kapitalisasi_bmn.csv";
  return read(f).map((r) => {
    const kunci = /^Peralatan/.test(r.golongan_aset)
      ? "PERALATAN-MESIN"
      : /^Gedung/.test(r.golongan_aset)
        ? "GEDUNG-BANGUNAN"
        : "";
    if (!kunci) throw new Error(`${f}: golongan tidak dikenal ${r.golongan_aset}`);
    const nilai = z.number().int().positive().parse(Number(r.nilai_minimum_kapitalisasi_rp));
    const st = statusFrom(f, r.verification);
    return [kunci, r.golongan_aset, nilai, r.aturan, st === "VERIFIED" ? "V" : st === "PARTIAL" ? "P" : "U", r.source];
  });
}

/** [satuan as the regulation writes it, where it is named] */
export function collectSatuanPmk(read: ReadRecords): [string, string][] {
  return read("pmk107_satuan.csv").map((r) => [z.string().min(1).parse(r.satuan.trim()), r.konteks.trim()]);
}
