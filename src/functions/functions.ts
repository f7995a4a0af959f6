/**
 * Custom functions =TELAAH.*: thin wrappers that convert arguments, call the core and map failures to
 * Excel error values. functions.json is generated from these JSDoc blocks by custom-functions-metadata
 * (webpack); the reference data is loaded on first use so the pane's initial bundle stays small.
 */
import { guard, notAvailable, invalid, toText } from "./args";

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
    const { basAkun } = await import("../core/reference/bas");
    const a = basAkun(k);
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
    const { jenisBelanja } = await import("../core/reference/bas");
    const j = jenisBelanja(k);
    if (!j) throw notAvailable(`Jenis belanja ${k.slice(0, 2)} tidak dikenal.`);
    return j.uraian;
  });
}
