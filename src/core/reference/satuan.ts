/**
 * Units of measure (satuan) with the spellings seen in RKA-K/L worksheets, and what each counts.
 * `dimensi` lists the counted things a unit multiplies: OH = orang x hari, so a volume `[3 ORG x 2 HARI]`
 * fits OH but not OK (orang x kali). The regulation's own list (PMK 107/2024) is in src/data/satuan-pmk107.ts.
 */
import { SATUAN_PMK107 } from "../../data/satuan-pmk107";
import { memoByString } from "../memo";

export type Dimensi =
  | "orang"
  | "hari"
  | "jam"
  | "kali"
  | "bulan"
  | "tahun"
  | "minggu"
  | "malam"
  | "semester"
  | "kegiatan"
  | "paket"
  | "layanan"
  | "dokumen"
  | "laporan"
  | "eksemplar"
  | "lembar"
  | "unit"
  | "buah"
  | "set"
  | "m2"
  | "m3"
  | "m"
  | "km"
  | "kg"
  | "liter"
  | "rim"
  | "kotak"
  | "pcs"
  | "pp"
  | "trip"
  | "tiket"
  | "kelas"
  | "matakuliah"
  | "sks"
  | "tatapmuka"
  | "lokasi"
  | "judul"
  | "modul"
  | "buku"
  | "kelompok"
  | "persen"
  | "titik"
  | "kabkota"
  | "kecamatan"
  | "transaksi"
  | "rekomendasi"
  | "siswa"
  | "rumahsakit"
  | "prodi"
  | "jurusan"
  | "dosen"
  | "botol"
  | "lusin"
  | "pasang"
  | "stel"
  | "gulung"
  | "tabung"
  | "ekor"
  | "porsi";

export interface Satuan {
  /** Canonical code: "OH", "ORG", "PKT". */
  kode: string;
  /** Indonesian name: "orang-hari". */
  nama: string;
  dimensi: readonly Dimensi[];
  /** Accepted spellings (upper case, normalised), including the code. */
  ejaan: readonly string[];
}

const S = (kode: string, nama: string, dimensi: Dimensi[], ejaan: string[] = []): Satuan => ({
  kode,
  nama,
  dimensi,
  ejaan: [kode, ...ejaan],
});

export const SATUAN: readonly Satuan[] = [
  // Person-based compounds: the usual units of honoraria, travel and meetings.
  S(
    "OH",
    "orang-hari",
    ["orang", "hari"],
    ["O-H", "O/H", "ORG/HARI", "ORG/HR", "OR/HR", "ORANG/HARI", "ORANG HARI", "ORANGHARI", "OHR", "ORG HARI", "OHARI"]
  ),
  S(
    "OJ",
    "orang-jam",
    ["orang", "jam"],
    ["O-J", "O/J", "ORG/JAM", "OR/JAM", "ORANG/JAM", "ORANG JAM", "OJAM", "OJP", "O-JPL"]
  ),
  S(
    "OK",
    "orang-kali (orang-kegiatan)",
    ["orang", "kali"],
    [
      "O-K",
      "O/K",
      "ORG/KALI",
      "OR/KALI",
      "ORANG/KALI",
      "ORANG KALI",
      "OKL",
      "OKEG",
      "ORG/KEG",
      "ORANG/KEGIATAN",
      "OKALI",
    ]
  ),
  S(
    "OB",
    "orang-bulan",
    ["orang", "bulan"],
    ["O-B", "O/B", "ORG/BLN", "ORG/BULAN", "OR/BLN", "ORANG/BULAN", "ORANG BULAN", "OBL", "OBLN"]
  ),
  S("OP", "orang-paket", ["orang", "paket"], ["O-P", "O/P", "ORG/PAKET", "ORG/PKT", "ORANG/PAKET", "OPKT"]),
  S("OT", "orang-trip", ["orang", "trip"], ["O-T", "O/T", "ORG/TRIP", "ORANG/TRIP"]),
  S("OPP", "orang-pulang pergi", ["orang", "pp"], ["ORG/PP", "ORANG/PP", "O/PP"]),
  S("OS", "orang-semester", ["orang", "semester"], ["O-S", "O/S", "ORG/SMT", "ORANG/SEMESTER"]),
  S(
    "ORG",
    "orang",
    ["orang"],
    ["OR", "ORANG", "ORNG", "ORAG", "0R", "0RG", "PESERTA", "PST", "PSRT", "PERSON", "PAX", "JIWA"]
  ),
  // Time.
  S("HARI", "hari", ["hari"], ["HR", "HRI", "H"]),
  S("JAM", "jam", ["jam"], ["JPL", "J", "JAAM"]),
  S("KALI", "kali", ["kali"], ["KL", "KLI", "X", "FREKUENSI", "FREK"]),
  S("BULAN", "bulan", ["bulan"], ["BL", "BLN", "BLAN"]),
  S("TAHUN", "tahun", ["tahun"], ["TH", "THN", "THUN"]),
  S("MINGGU", "minggu", ["minggu"], ["MG", "MGG", "MGGU", "MGU"]),
  S("MALAM", "malam", ["malam"], ["MLM", "ML"]),
  S("SEMESTER", "semester", ["semester"], ["SMT", "SMTR", "SMSTR"]),
  // Activities and packages.
  S("KEG", "kegiatan", ["kegiatan"], ["KEGIATAN", "KGT", "KEGT"]),
  S("PKT", "paket", ["paket"], ["PAKET", "PK", "PT", "PAKT", "PCKT"]),
  S("LS", "lumpsum", ["paket"], ["LUMPSUM", "LUMP SUM"]),
  S("LAYANAN", "layanan", ["layanan"], ["LY", "LYN", "LAY"]),
  S("DOKUMEN", "dokumen", ["dokumen"], ["DOK", "DOC"]),
  S("LAPORAN", "laporan", ["laporan"], ["LAP", "LPR", "LPRN"]),
  S("REKOMENDASI", "rekomendasi", ["rekomendasi"], ["REKOMENDASI KEBIJAKAN"]),
  S("TRIP", "trip", ["trip"], ["TR", "PERJALANAN"]),
  S("PP", "pulang pergi", ["pp"], ["PULANG PERGI", "P/P"]),
  S("TIKET", "tiket", ["tiket"], ["TKT"]),
  // Goods.
  S("EKS", "eksemplar", ["eksemplar"], ["EX", "EXP", "EKSP", "EKSEMPLAR", "EXEMPLAR", "EKSMP"]),
  S("LBR", "lembar", ["lembar"], ["LB", "LEMBAR", "LMBR", "LBAR", "LMB"]),
  S("UNIT", "unit", ["unit"], ["UT", "UNT"]),
  S("BH", "buah", ["buah"], ["BUAH", "BUAAH"]),
  S("SET", "set", ["set"], ["ST"]),
  S("RIM", "rim", ["rim"]),
  S("KOTAK", "kotak/dus", ["kotak"], ["DUS", "BOX", "KTK", "BKS", "BUNGKUS", "BK", "KARTON", "KRT"]),
  S("PORSI", "porsi", ["porsi"], ["PRS"]),
  S("PCS", "pieces", ["pcs"], ["PIECE", "PIECES", "BIJI", "BJ"]),
  S("BOTOL", "botol", ["botol"], ["BTL"]),
  S("LUSIN", "lusin", ["lusin"], ["LSN"]),
  S("PASANG", "pasang", ["pasang"], ["PSG"]),
  S("STEL", "stel", ["stel"]),
  S("GULUNG", "gulung", ["gulung"], ["GLG", "ROLL"]),
  S("TABUNG", "tabung", ["tabung"], ["TBG"]),
  S("EKOR", "ekor", ["ekor"]),
  S("BUKU", "buku", ["buku"]),
  S("MODUL", "modul", ["modul"], ["MDL"]),
  S("JUDUL", "judul", ["judul"], ["JDL"]),
  // Measures.
  S("M2", "meter persegi", ["m2"], ["M²", "METER PERSEGI", "MTR2"]),
  S("M3", "meter kubik", ["m3"], ["M³", "METER KUBIK", "M-3"]),
  S("M", "meter", ["m"], ["METER", "MTR"]),
  S("KM", "kilometer", ["km"], ["KILOMETER"]),
  S("KG", "kilogram", ["kg"], ["KILOGRAM", "KILO"]),
  S("LITER", "liter", ["liter"], ["LTR", "L"]),
  S("PERSEN", "persen", ["persen"], ["%", "PRSN"]),
  // Counters seen in education and field work (Poltekkes RKA-K/L).
  S("KELAS", "kelas", ["kelas"], ["KLS"]),
  S("MK", "mata kuliah", ["matakuliah"], ["MATA KULIAH", "MA", "MATKUL"]),
  S("SKS", "satuan kredit semester", ["sks"]),
  S("TM", "tatap muka/pertemuan", ["tatapmuka"], ["PERT", "PERTM", "PERTEMUAN", "TATAP MUKA", "TATAP"]),
  S("MHS", "mahasiswa", ["siswa"], ["MHSW", "MAHASISWA", "SISWA", "SIS"]),
  S("KLP", "kelompok", ["kelompok"], ["KEL", "KELOMPOK", "KLPK"]),
  S("LOKASI", "lokasi/tempat", ["lokasi"], ["LOK", "LKS", "TEMPAT", "TPT", "TMPT", "TMP", "LAHAN", "LHN"]),
  S("TITIK", "titik", ["titik"], ["TITIK/LOKASI"]),
  S("KABKOTA", "kabupaten/kota", ["kabkota"], ["KAB/KOTA", "KABUPATEN/KOTA"]),
  S("KECAMATAN", "kecamatan", ["kecamatan"], ["KEC"]),
  S("TRANSAKSI", "transaksi", ["transaksi"], ["TRX"]),
  S("RS", "rumah sakit", ["rumahsakit"], ["RUMAH SAKIT"]),
  S("PRODI", "program studi", ["prodi"], ["PROD", "PRD"]),
  S("JURUSAN", "jurusan", ["jurusan"], ["JUR"]),
  S("DOSEN", "dosen", ["dosen"], ["DSN", "DOS"]),
];

/** Upper case, no dots, single spaces; "/" and "-" kept (they tell O/H from OH only in spelling). */
export function normalizeSatuanText(text: string): string {
  return text
    .toUpperCase()
    .replace(/\./g, "")
    .replace(/\s*([/-])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const INDEX: ReadonlyMap<string, Satuan> = (() => {
  const m = new Map<string, Satuan>();
  for (const s of SATUAN) {
    for (const e of s.ejaan) {
      const k = normalizeSatuanText(e);
      if (m.has(k) && m.get(k) !== s) throw new Error(`satuan: ejaan ganda ${k}`);
      m.set(k, s);
    }
  }
  return m;
})();

/** The unit a cell or a volume factor names ("Org/Hari", "o-h", "OH"), or undefined if unknown. */
export function resolveSatuan(text: string | undefined | null): Satuan | undefined {
  if (!text) return undefined;
  return resolveSatuanText(text);
}

/** Memoised per distinct text: the same few units are written on every line. */
const resolveSatuanText = memoByString((text: string): Satuan | undefined => {
  const n = normalizeSatuanText(text);
  if (n === "") return undefined;
  return INDEX.get(n) ?? INDEX.get(n.replace(/[\s/-]/g, "")) ?? INDEX.get(n.replace(/S$/, ""));
});

/** The unit with this canonical code; throws on a bad code (a bug). */
export function satuanByKode(kode: string): Satuan {
  const s = SATUAN.find((x) => x.kode === kode);
  if (!s) throw new RangeError(`kode satuan tidak dikenal: ${kode}`);
  return s;
}

/** Satuan named by PMK 107/2024 with where it names them. */
export const SATUAN_PERATURAN: readonly { satuan: string; konteks: string }[] = SATUAN_PMK107.map(
  ([satuan, konteks]) => ({ satuan, konteks })
);

/**
 * The counted things of a volume expression's factors, e.g. [3 ORG x 2 HARI] -> orang, hari; null when
 * a factor's unit is unknown. Factors without a unit are skipped.
 */
export function dimensiOfUnits(units: readonly string[]): Dimensi[] | null {
  const out: Dimensi[] = [];
  for (const u of units) {
    if (u.trim() === "") continue;
    const s = resolveSatuan(u);
    if (!s) return null;
    out.push(...s.dimensi);
  }
  return out;
}
