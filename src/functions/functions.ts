/**
 * Custom functions =TELAAH.*: thin wrappers that convert arguments, call the core and map failures to
 * Excel error values (#VALUE! for an argument to fix, #N/A for a value the reference data lacks), each
 * with an Indonesian message. functions.json is generated from these JSDoc blocks by
 * custom-functions-metadata (webpack); the core is loaded on first use so the pane's first bundle stays
 * small.
 */
import { guard, invalid, notAvailable, toAmount, toAmounts, toInteger, toText } from "./args";
import { findSbmItem, referenceData } from "./reference";

/**
 * Standar biaya masukan (SBM) untuk satu item dan provinsi pada tahun anggaran tertentu, mis. uang harian perjalanan dinas luar kota.
 * @customfunction SBM
 * @param item Kode item SBM (mis. UH-LUAR-KOTA, KONSUMSI-MAKAN) atau kata-kata namanya.
 * @param provinsi Provinsi (ejaan apa pun: "DKI Jakarta", "Jabar"); diabaikan untuk item nasional.
 * @param [tahun] Tahun anggaran; bila kosong, tahun terbaru yang tabelnya lengkap.
 * @returns Nilai dalam rupiah.
 */
export async function sbm(item: string, provinsi: string, tahun?: number): Promise<number> {
  return guard(async () => {
    const def = await findSbmItem(toText(item, "Item SBM"));
    if (def.perRute) throw invalid(`Item ${def.kode} ditetapkan per rute; fungsi ini belum menerima rute.`);
    const ref = await referenceData();
    let place: string | undefined;
    if (def.perProvinsi) {
      const p = ref.provinsi(toText(provinsi, "Provinsi"));
      if (!p) throw invalid(`Provinsi "${String(provinsi)}" tidak dikenal.`);
      place = p.nama;
    }
    const years = ref.sbm.years();
    const latest = [...years].reverse().find((y) => ref.sbm.coverage(y) === "lengkap") ?? years[years.length - 1];
    const year = toInteger(tahun, "Tahun anggaran", 2000, 2100, latest);
    const value = ref.sbm.get(year, def.kode, place);
    if (!value) {
      const where = place ? ` di ${place}` : "";
      throw notAvailable(`SBM TA${year} untuk ${def.label}${where} tidak tersedia di data Telaah.`);
    }
    return value.nilai.toNumber();
  });
}

/**
 * Nama akun BAS untuk kode akun 6 digit (mis. 521211 → Belanja Bahan).
 * @customfunction AKUN
 * @param kode Kode akun 6 digit.
 * @returns Nama akun menurut BAS.
 */
export async function akun(kode: string): Promise<string> {
  return guard(async () => {
    const k = toText(kode, "Kode akun");
    if (!/^\d{6}$/.test(k)) throw invalid(`Kode akun harus 6 digit, bukan "${k}".`);
    const a = (await referenceData()).akun(k);
    if (!a) throw notAvailable(`Kode akun ${k} tidak ada di BAS.`);
    return a.uraian;
  });
}

/**
 * Jenis belanja untuk kode akun atau dua digit pertamanya (mis. 521211 atau 52 → BELANJA BARANG).
 * @customfunction JENISBELANJA
 * @param kode Kode akun atau kode jenis belanja (2 digit).
 * @returns Uraian jenis belanja.
 */
export async function jenisbelanja(kode: string): Promise<string> {
  return guard(async () => {
    const k = toText(kode, "Kode");
    if (!/^\d{2}(\d{4})?$/.test(k)) throw invalid(`Kode harus 2 atau 6 digit, bukan "${k}".`);
    const j = (await referenceData()).jenisBelanja(k);
    if (!j) throw notAvailable(`Jenis belanja ${k.slice(0, 2)} tidak dikenal.`);
    return j.uraian;
  });
}

/**
 * Rencana penarikan (RPA) satu bulan untuk sebuah pagu menurut profil; dua belas bulannya selalu berjumlah tepat sama dengan pagu.
 * @customfunction RPA
 * @param pagu Pagu baris dalam rupiah.
 * @param profil Jenis belanja (51, 52, 53, 57: profil bawaannya) atau profil tertulis, mis. ideal, rata, jadwal:3-5, manual:0/0/10/….
 * @param bulan Bulan 1 (Januari) sampai 12 (Desember).
 * @returns Rupiah yang direncanakan pada bulan itu.
 */
export async function rpa(pagu: number, profil: string, bulan: number): Promise<number> {
  return guard(async () => {
    const total = toAmount(pagu, "Pagu");
    if (total.isNegative()) throw invalid("Pagu tidak boleh negatif.");
    const month = toInteger(bulan, "Bulan", 1, 12);
    const spec = toText(profil, "Profil");
    const { allocateLine, defaultProfileFor, parseProfileSpec, planNode } = await import("../core/rpa");
    const profile = /^\d{2}$/.test(spec) ? defaultProfileFor(spec) : parseProfileSpec(spec).profile;
    const { months } = allocateLine(planNode({ id: "TELAAH.RPA", pagu: total }), profile);
    return months[month - 1].rupiah?.toNumber() ?? 0;
  });
}

/**
 * Deviasi (persen) antara rencana (RPD) dan realisasi seperti IKPA Deviasi Halaman III DIPA: min(100; |realisasi − rencana| / rencana × 100). Untuk rentang bulan: rata-rata bulan yang realisasinya terisi.
 * @customfunction DEVIASI
 * @param rencana Rencana penarikan satu bulan atau rentang bulan.
 * @param realisasi Realisasi pada bulan yang sama (rentang seukuran rencana).
 * @returns Deviasi dalam persen (0 sampai 100).
 */

export async function deviasi(rencana: any[][], realisasi: any[][]): Promise<number> {
  return guard(async () => {
    const plan = toAmounts(rencana, "Rencana");
    const real = toAmounts(realisasi, "Realisasi");
    if (plan.length !== real.length) {
      throw invalid(`Rencana (${plan.length} sel) dan realisasi (${real.length} sel) harus seukuran.`);
    }
    const filled = realisasiFilled(realisasi);
    const months = plan.map((_, i) => i).filter((i) => filled[i]);
    if (months.length === 0) throw notAvailable("Belum ada realisasi yang terisi.");
    const { jenisBelanjaDeviation } = await import("../core/rpa/ikpa");
    const devs = months.map((i) => jenisBelanjaDeviation(plan[i], real[i]).deviation);
    return devs
      .reduce((a, b) => a.plus(b))
      .div(devs.length)
      .toNumber();
  });
}

/** Which realisation cells hold a value: a month not yet reported is left out of the mean. */
function realisasiFilled(range: unknown[][] | unknown): boolean[] {
  const cells = Array.isArray(range) ? range.flat() : [range];
  return cells.map((c) => !(c === null || c === undefined || (typeof c === "string" && c.trim() === "")));
}
