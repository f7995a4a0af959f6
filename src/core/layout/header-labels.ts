import type { ColumnRole } from "./types";

/** Header text normalized for matching: lower case, underscores and punctuation folded to spaces. */
export function normalizeLabel(text: string): string {
  // Invisible characters pasted in from the web or a PDF ("URAI\u200bAN") would hide a header: dropped.
  return text
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/_x000d_/g, " ")
    .replace(/[_\n\r\t]+/g, " ")
    .replace(/[.:()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Synonyms per role, matched against the whole normalized label. Order matters: more specific roles
 * (kode akun, volume ro, harga satuan) come before the general ones they contain.
 */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ["kodeProgram", /^(kode|kd) ?program$/],
  ["kodeKegiatan", /^(kode|kd) ?(kegiatan|giat)$/],
  ["kodeKro", /^(kode|kd) ?(kro|output)$/],
  ["kodeRo", /^(kode|kd) ?(ro|sub ?output|suboutput)$/],
  ["kodeKomponen", /^(kode|kd) ?(komponen|kmpnen)$/],
  ["kodeSubkomponen", /^(kode|kd) ?(sub ?komponen|skmpnen)$/],
  ["kodeAkun", /^(kode|kd) ?akun$/],
  ["volumeRo", /^vol(ume)? ?ro$/],
  ["jenisKomponen", /^jenis ?komponen$/],
  ["hargaSatuan", /^(harga ?sat(uan)?|hrg ?sat(uan)?|harga|tarif|harga satuan rp|hargasat)$/],
  ["blokir", /^(kd ?blokir|blokir|nilai ?blokir|kode ?blokir)$/],
  ["sumberDana", /^(s ?dana|sd ?\/ ?cp|sumber ?dana|sd|cp|sd cp|sumber dana \/ cara penarikan)$/],
  ["pagu", /^(pagu|pagu rp|jumlah pagu|total pagu|pagu anggaran|nilai pagu|pagu dipa)$/],
  ["jumlah", /^(jumlah|jumlah biaya|jml biaya|jumlah rp|total|total biaya|biaya|jumlah \(rp\)|nilai|jumlah harga)$/],
  ["volume", /^(vol|volume|volkeg|vol keg|kuantitas|jml vol)$/],
  ["satuan", /^(sat|satuan|satkeg|sat keg|satuan volume)$/],
  ["kode", /^(kode|kd|no ?kode|kode mak|mak)$/],
  [
    "uraian",
    /^(uraian|uraian item|nama item|uraian kegiatan|keterangan|program ?\/ ?kegiatan.*|uraian program.*|program kegiatan.*|uraian (ro|rincian output|komponen)\b.*)$/,
  ],
];

export function roleOfLabel(label: string): ColumnRole | null {
  if (!label) return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(label)) return role;
  return null;
}

const MONTHS: [number, RegExp][] = [
  [1, /^(januari|jan)$/],
  [2, /^(februari|pebruari|feb|peb)$/],
  [3, /^(maret|mar)$/],
  [4, /^(april|apr)$/],
  [5, /^(mei)$/],
  [6, /^(juni|jun)$/],
  [7, /^(juli|jul)$/],
  [8, /^(agustus|agu|agt|ags|agus)$/],
  [9, /^(september|sep|sept)$/],
  [10, /^(oktober|okt)$/],
  [11, /^(november|nov|nop|nopember)$/],
  [12, /^(desember|des)$/],
];

/** 1..12 for a month header ("Januari", "JAN", "Bulan 1", "POK_NILAI_1"), else null. */
export function monthOfLabel(label: string): number | null {
  const base = label.replace(/\s*(%|rp)$/, "").trim();
  for (const [m, re] of MONTHS) if (re.test(base)) return m;
  const numbered = /^(bulan|bln|pok nilai|rpd|nilai) ?(\d{1,2})$/.exec(base);
  if (numbered) {
    const m = Number(numbered[2]);
    if (m >= 1 && m <= 12) return m;
  }
  return null;
}

/** "%" or "Rp" under a month header. */
export function monthUnitOfLabel(label: string): "percent" | "rupiah" | null {
  if (/(^|\s)(%|persen|prosentase|persentase)$/.test(label)) return "percent";
  if (/(^|\s)(rp|rupiah|nilai|jumlah|rp ribu|ribu rp)$/.test(label)) return "rupiah";
  return null;
}
