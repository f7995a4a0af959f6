/**
 * Words in a detail line's uraian that name what is bought, and the akun BAS has for it (DOMAIN.md's
 * typical pairings: konsumsi/ATK/penggandaan -> 521211 Belanja Bahan; honor output -> 521213;
 * narasumber -> 522151; perjalanan -> 524111 / 524113; sewa -> 522141).
 */
export interface DetilKind {
  /** Key used in messages and tests: "konsumsi". */
  key: string;
  /** Indonesian label, as it reads in a sentence: "konsumsi". */
  label: string;
  labelEn: string;
  pattern: RegExp;
  /** Akun a reviewer expects for it: "521211". */
  akun: string;
  akunLabel: string;
}

export const UANG_HARIAN: DetilKind = {
  key: "uangHarian",
  label: "uang harian",
  labelEn: "daily allowance",
  pattern: /\buang\s+harian\b/i,
  akun: "524111/524113",
  akunLabel: "belanja perjalanan dinas",
};

// "Survei konsumsi pangan" is a course name, not a meal.
export const KONSUMSI: DetilKind = {
  key: "konsumsi",
  label: "konsumsi",
  labelEn: "meals/refreshments",
  pattern: /\b(kons[ui]msi\b(?!\s+pangan)|snack|kudapan|coffee\s*break|makan\s+(siang|malam|pagi)|nasi\s+kotak)/i,
  akun: "521211",
  akunLabel: "Belanja Bahan",
};

export const ATK: DetilKind = {
  key: "atk",
  label: "ATK/alat tulis",
  labelEn: "office stationery",
  pattern: /\b(atk|alat\s+tulis|kertas(?!\s+kerja)|tinta|toner)\b/i,
  akun: "521211",
  akunLabel: "Belanja Bahan",
};

export const PENGGANDAAN: DetilKind = {
  key: "penggandaan",
  label: "fotokopi/penggandaan/cetak",
  labelEn: "photocopying/printing",
  pattern: /\b(foto\s*cop[yi]|foto\s*kop[iy]|fc\b|penggandaan|cetak|jilid|spanduk|banner)/i,
  akun: "521211",
  akunLabel: "Belanja Bahan",
};

export const HONOR: DetilKind = {
  key: "honor",
  label: "honor",
  labelEn: "honorarium",
  pattern: /\bhonor(arium)?\b/i,
  akun: "521213/522151",
  akunLabel: "honor output kegiatan / jasa profesi (narasumber)",
};

export const PERJALANAN: DetilKind = {
  key: "perjalanan",
  label: "perjalanan (uang harian/transport/penginapan)",
  labelEn: "travel (allowance/transport/lodging)",
  pattern: /\b(uang\s+harian|transport\w*|perjalanan|penginapan|tiket\s+pesawat)\b/i,
  akun: "524111/524113",
  akunLabel: "belanja perjalanan dinas",
};

export const SEWA: DetilKind = {
  key: "sewa",
  label: "sewa",
  labelEn: "rental",
  pattern: /\bsewa\b/i,
  akun: "522141",
  akunLabel: "Belanja Sewa",
};

/** Consumables: never a capital asset. */
export const HABIS_PAKAI: readonly DetilKind[] = [ATK, KONSUMSI, PENGGANDAAN];

/** What a "lainnya" akun should not hold because BAS has a specific akun for it (first match wins). */
export const PUNYA_AKUN_SENDIRI: readonly DetilKind[] = [HONOR, PERJALANAN, KONSUMSI, ATK, PENGGANDAAN, SEWA];

/** The kind of the first pattern that matches the uraian (bracketed volume expression left out). */
export function kindOf(uraian: string, kinds: readonly DetilKind[]): DetilKind | undefined {
  const text = uraian.replace(/\[[^\]]*\]/g, " ");
  return kinds.find((k) => k.pattern.test(text));
}
