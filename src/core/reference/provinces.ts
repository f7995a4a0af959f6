/**
 * The 38 provinces (Kemendagri codes, after the 2022 Papua split) with the spellings seen in
 * worksheets and tables. `nama` is the key every data table uses (upper case, as the SBM tables
 * write it); `label` is how messages show it.
 */
export interface Province {
  /** Kemendagri/BPS code: "31" DKI Jakarta. */
  kode: string;
  /** Canonical key, upper case: "DKI JAKARTA". */
  nama: string;
  /** Display name: "DKI Jakarta". */
  label: string;
  /** Other spellings (matched after normalisation). */
  aliases: readonly string[];
}

const P = (kode: string, nama: string, label: string, aliases: string[] = []): Province => ({
  kode,
  nama,
  label,
  aliases,
});

export const PROVINCES: readonly Province[] = [
  P("11", "ACEH", "Aceh", ["NAD", "Nanggroe Aceh Darussalam", "Daerah Istimewa Aceh"]),
  P("12", "SUMATERA UTARA", "Sumatera Utara", ["Sumut", "Sumatra Utara"]),
  P("13", "SUMATERA BARAT", "Sumatera Barat", ["Sumbar", "Sumatra Barat"]),
  P("14", "RIAU", "Riau"),
  P("15", "JAMBI", "Jambi"),
  P("16", "SUMATERA SELATAN", "Sumatera Selatan", ["Sumsel", "Sumatra Selatan"]),
  P("17", "BENGKULU", "Bengkulu"),
  P("18", "LAMPUNG", "Lampung"),
  P("19", "KEPULAUAN BANGKA BELITUNG", "Kepulauan Bangka Belitung", [
    "Babel",
    "Bangka Belitung",
    "Kep. Bangka Belitung",
    "Kep Bangka Belitung",
  ]),
  P("21", "KEPULAUAN RIAU", "Kepulauan Riau", ["Kepri", "Kep. Riau", "Kep Riau"]),
  P("31", "DKI JAKARTA", "DKI Jakarta", [
    "DKI",
    "Jakarta",
    "D.K.I. Jakarta",
    "Daerah Khusus Ibukota Jakarta",
    "Daerah Khusus Ibu Kota Jakarta",
    "Daerah Khusus Jakarta",
    "DK Jakarta",
  ]),
  P("32", "JAWA BARAT", "Jawa Barat", ["Jabar"]),
  P("33", "JAWA TENGAH", "Jawa Tengah", ["Jateng"]),
  P("34", "DI YOGYAKARTA", "DI Yogyakarta", [
    "DIY",
    "D.I. Yogyakarta",
    "D.I Yogyakarta",
    "Yogyakarta",
    "Jogja",
    "Jogjakarta",
    "Yogya",
    "Daerah Istimewa Yogyakarta",
  ]),
  P("35", "JAWA TIMUR", "Jawa Timur", ["Jatim"]),
  P("36", "BANTEN", "Banten"),
  P("51", "BALI", "Bali"),
  P("52", "NUSA TENGGARA BARAT", "Nusa Tenggara Barat", ["NTB"]),
  P("53", "NUSA TENGGARA TIMUR", "Nusa Tenggara Timur", ["NTT"]),
  P("61", "KALIMANTAN BARAT", "Kalimantan Barat", ["Kalbar"]),
  P("62", "KALIMANTAN TENGAH", "Kalimantan Tengah", ["Kalteng"]),
  P("63", "KALIMANTAN SELATAN", "Kalimantan Selatan", ["Kalsel"]),
  P("64", "KALIMANTAN TIMUR", "Kalimantan Timur", ["Kaltim"]),
  P("65", "KALIMANTAN UTARA", "Kalimantan Utara", ["Kaltara"]),
  P("71", "SULAWESI UTARA", "Sulawesi Utara", ["Sulut"]),
  P("72", "SULAWESI TENGAH", "Sulawesi Tengah", ["Sulteng"]),
  P("73", "SULAWESI SELATAN", "Sulawesi Selatan", ["Sulsel"]),
  P("74", "SULAWESI TENGGARA", "Sulawesi Tenggara", ["Sultra"]),
  P("75", "GORONTALO", "Gorontalo"),
  P("76", "SULAWESI BARAT", "Sulawesi Barat", ["Sulbar"]),
  P("81", "MALUKU", "Maluku"),
  P("82", "MALUKU UTARA", "Maluku Utara", ["Malut"]),
  P("91", "PAPUA", "Papua"),
  P("92", "PAPUA BARAT", "Papua Barat", ["Pabar", "Irian Jaya Barat"]),
  P("93", "PAPUA SELATAN", "Papua Selatan"),
  P("94", "PAPUA TENGAH", "Papua Tengah"),
  P("95", "PAPUA PEGUNUNGAN", "Papua Pegunungan"),
  P("96", "PAPUA BARAT DAYA", "Papua Barat Daya", ["PBD"]),
];

/** Canonical keys, for schemas: z.enum(PROVINCE_NAMES). */
export const PROVINCE_NAMES = PROVINCES.map((p) => p.nama) as unknown as readonly [string, ...string[]];

/** Upper case, punctuation to spaces, single spaces: "Prov. D.K.I. Jakarta" -> "PROV D K I JAKARTA". */
export function normalizePlaceText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

const PREFIX = /^(PROVINSI|PROPINSI|PROV|PROP)\s+/;

/** normalized spelling -> province; canonical name, label, aliases and the BPS code. */
const INDEX: ReadonlyMap<string, Province> = (() => {
  const m = new Map<string, Province>();
  for (const p of PROVINCES) {
    for (const s of [p.nama, p.label, ...p.aliases]) m.set(normalizePlaceText(s), p);
    m.set(p.kode, p);
  }
  // "D.K.I." normalises to "D K I": accept the run-together forms too.
  for (const [k, p] of [...m]) {
    const joined = k.replace(/\b([A-Z]) (?=[A-Z]\b)/g, "$1");
    if (joined !== k && !m.has(joined)) m.set(joined, p);
  }
  return m;
})();

/**
 * The province a text names as a whole ("DKI", "Prov. DKI Jakarta", "Jabar", "31"), or undefined.
 * The whole text must be a spelling of one province: "Papua" is Papua, never Papua Barat.
 */
export function resolveProvince(text: string | undefined | null): Province | undefined {
  if (!text) return undefined;
  let n = normalizePlaceText(text);
  if (n === "") return undefined;
  const direct = INDEX.get(n);
  if (direct) return direct;
  n = n.replace(PREFIX, "");
  return INDEX.get(n) ?? INDEX.get(n.replace(/\b([A-Z]) (?=[A-Z]\b)/g, "$1"));
}

/** The province with this canonical key; throws on an unknown key (a bug, not user input). */
export function provinceByName(nama: string): Province {
  const p = INDEX.get(normalizePlaceText(nama));
  if (!p || p.nama !== nama) throw new RangeError(`bukan nama provinsi kanonik: ${nama}`);
  return p;
}

/** Every spelling (normalised) with its province, longest first: for scanning free text. */
export const PROVINCE_SPELLINGS: readonly { text: string; province: Province }[] = [...INDEX]
  .filter(([k]) => !/^\d+$/.test(k))
  .map(([text, province]) => ({ text, province }))
  .sort((a, b) => b.text.length - a.text.length);
