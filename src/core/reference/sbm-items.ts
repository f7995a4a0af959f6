/**
 * The standar biaya items Telaah knows, by code. Data tables (shipped or the user's) give amounts
 * per tahun anggaran, province and route; this catalogue says what an item is. Codes are what the
 * user writes in an override sheet (docs/sbm-pengguna.md).
 */
export type SbmLampiran = "I" | "II";

export interface SbmItemDef {
  kode: string;
  /** Indonesian, lower case, as it reads inside a sentence: "uang harian perjalanan dinas luar kota". */
  label: string;
  /** Unit of the amount: OH, OJ, OK, OB, "orang/PP", ... */
  satuan: string;
  /** PMK SBM Lampiran I = ceiling; Lampiran II = estimate that execution may exceed. */
  lampiran: SbmLampiran;
  /** Adds to someone's income or facilities: a hard ceiling in pelaksanaan too. */
  penghasilan: boolean;
  /** Amounts differ by province. */
  perProvinsi: boolean;
  /** Amounts differ by route ("asal>tujuan"). */
  perRute?: boolean;
}

const items: SbmItemDef[] = [];
function add(
  kode: string,
  label: string,
  satuan: string,
  lampiran: SbmLampiran,
  penghasilan: boolean,
  perProvinsi: boolean,
  perRute = false
): void {
  items.push({ kode, label, satuan, lampiran, penghasilan, perProvinsi, ...(perRute ? { perRute } : {}) });
}

add("UH-LUAR-KOTA", "uang harian perjalanan dinas luar kota", "OH", "I", true, true);
add("UH-DALAM-KOTA", "uang harian perjalanan dinas dalam kota lebih dari 8 jam", "OH", "I", true, true);
add("UH-DIKLAT", "uang harian diklat", "OH", "I", true, true);

/** Rank groups shared by penginapan; labels as the PMK table heads them. */
export const PENGINAPAN_GROUPS = [
  ["ES1", "pejabat negara/wakil menteri/eselon I"],
  ["ES2", "pejabat negara lainnya/eselon II"],
  ["ES3", "eselon III/golongan IV"],
  ["ES4", "eselon IV/golongan III, II, I"],
] as const;
for (const [g, l] of PENGINAPAN_GROUPS) add(`PENGINAPAN-${g}`, `penginapan ${l}`, "OH", "I", false, true);

add("TAKSI", "taksi perjalanan dinas dalam negeri", "orang/kali", "I", false, true);

add("KONSUMSI-MAKAN", "konsumsi rapat (makan)", "OK", "I", false, true);
add("KONSUMSI-KUDAPAN", "konsumsi rapat (kudapan)", "OK", "I", false, true);
add("KONSUMSI-MAKAN-RAKOR", "konsumsi rapat koordinasi tingkat menteri/eselon I (makan)", "OK", "I", false, false);
add("KONSUMSI-KUDAPAN-RAKOR", "konsumsi rapat koordinasi tingkat menteri/eselon I (kudapan)", "OK", "I", false, false);

export const REPRESENTASI_GROUPS = [
  ["PN", "pejabat negara/wakil menteri"],
  ["ES1", "pejabat eselon I"],
  ["ES2", "pejabat eselon II"],
] as const;
for (const [g, l] of REPRESENTASI_GROUPS) {
  add(`REPRESENTASI-LK-${g}`, `uang representasi luar kota ${l}`, "OH", "I", true, false);
  add(`REPRESENTASI-DK-${g}`, `uang representasi dalam kota lebih dari 8 jam ${l}`, "OH", "I", true, false);
}

add("UANG-SAKU-FULLBOARD", "uang saku rapat fullboard", "OH", "I", true, false);

export const PAKET_KATEGORI = [
  ["A", "menteri/setingkat menteri/wakil menteri"],
  ["B", "pejabat eselon I dan II/fungsional utama"],
  ["C", "pejabat eselon III/fungsional madya ke bawah"],
] as const;
for (const jenis of ["HALFDAY", "FULLDAY", "FULLBOARD"] as const) {
  for (const [k, l] of PAKET_KATEGORI) {
    add(
      `PAKET-${jenis}-${k}`,
      `paket rapat ${jenis.toLowerCase()} luar kantor kategori ${k.toLowerCase()} (${l})`,
      "orang/paket",
      "I",
      false,
      true
    );
  }
}

export const NARASUMBER_GROUPS = [
  ["MENTERI", "menteri/pejabat setingkat menteri/pejabat negara lainnya"],
  ["ES1", "pejabat eselon I/yang disetarakan"],
  ["ES2", "pejabat eselon II/yang disetarakan"],
  ["ES3", "pejabat eselon III ke bawah/yang disetarakan"],
] as const;
for (const [g, l] of NARASUMBER_GROUPS)
  add(`HONOR-NARASUMBER-${g}`, `honorarium narasumber ${l}`, "OJ", "I", true, false);
add("HONOR-MODERATOR", "honorarium moderator", "OK", "I", true, false);
add("HONOR-PEMBAWA-ACARA", "honorarium pembawa acara", "OK", "I", true, false);

export const PANITIA_PERAN = [
  ["PJ", "penanggung jawab"],
  ["KETUA", "ketua/wakil ketua"],
  ["SEKRETARIS", "sekretaris"],
  ["ANGGOTA", "anggota"],
] as const;
for (const [p, l] of PANITIA_PERAN) add(`HONOR-PANITIA-${p}`, `honorarium panitia (${l})`, "OK", "I", true, false);

export const TIM_SK = [
  ["PRESIDEN", "tim yang ditetapkan Presiden"],
  ["MENTERI", "tim yang ditetapkan menteri/setingkat"],
  ["ES1", "tim yang ditetapkan pejabat eselon I"],
  ["KPA", "tim yang ditetapkan KPA"],
] as const;
export const TIM_PERAN = [
  ["PENGARAH", "pengarah"],
  ["PJ", "penanggung jawab"],
  ["KETUA", "ketua/koordinator"],
  ["WAKIL", "wakil ketua"],
  ["SEKRETARIS", "sekretaris"],
  ["ANGGOTA", "anggota"],
] as const;
for (const [s, sl] of TIM_SK) {
  for (const [p, pl] of TIM_PERAN) add(`HONOR-TIM-${s}-${p}`, `honorarium ${sl} (${pl})`, "OB", "I", true, false);
}

export const PENGELOLA_JABATAN = [
  ["KPA", "KPA"],
  ["PPK", "PPK"],
  ["PPSPM", "PPSPM"],
  ["BENDAHARA", "bendahara pengeluaran"],
  ["STAF", "staf pengelola keuangan/BPP"],
] as const;
/** Keyed by pagu bracket (kunci "1".."5", see PENGELOLA_BRACKETS). */
for (const [j, l] of PENGELOLA_JABATAN)
  add(`HONOR-PENGELOLA-${j}`, `honorarium pengelola keuangan ${l}`, "OB", "I", true, false, true);
export const PENGELOLA_BRACKETS = [
  "pagu <= Rp1 miliar",
  "pagu > Rp1 miliar s.d. Rp10 miliar",
  "pagu > Rp10 miliar s.d. Rp100 miliar",
  "pagu > Rp100 miliar s.d. Rp500 miliar",
  "pagu > Rp500 miliar",
] as const;

add("TIKET-BISNIS", "tiket pesawat dalam negeri kelas bisnis (pulang pergi)", "orang/PP", "II", false, false, true);
add("TIKET-EKONOMI", "tiket pesawat dalam negeri kelas ekonomi (pulang pergi)", "orang/PP", "II", false, false, true);
add(
  "TRANSPORT-DARAT",
  "transportasi darat dari ibukota provinsi ke kabupaten/kota (sekali jalan)",
  "orang/kali",
  "II",
  false,
  true,
  true
);
add(
  "TRANSPORT-DALAM-KOTA",
  "transportasi kegiatan dalam kabupaten/kota (pulang pergi)",
  "orang/kali",
  "II",
  false,
  false
);

export const SBM_ITEMS: readonly SbmItemDef[] = items;

const BY_KODE: ReadonlyMap<string, SbmItemDef> = new Map(items.map((i) => [i.kode, i]));

export function sbmItem(kode: string): SbmItemDef | undefined {
  return BY_KODE.get(kode.trim().toUpperCase());
}

export const SBM_ITEM_CODES = items.map((i) => i.kode) as unknown as readonly [string, ...string[]];
