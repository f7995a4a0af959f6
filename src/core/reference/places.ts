/**
 * Places named in an uraian ("Uang harian ke Surabaya", "Transport Semarang - Kab. Kudus") and the
 * province each lies in: province spellings, provincial capitals and large cities (below), and the
 * kabupaten/kota of the land-transport table (passed in by the caller).
 */
import { normalizePlaceText, PROVINCE_SPELLINGS, provinceByName, type Province } from "./provinces";
import { memoByString } from "../memo";

/** Provincial capitals and the cities travel lines name most, with their province. */
const CITIES: readonly [string, string][] = [
  ["BANDA ACEH", "ACEH"],
  ["LHOKSEUMAWE", "ACEH"],
  ["MEDAN", "SUMATERA UTARA"],
  ["PEMATANGSIANTAR", "SUMATERA UTARA"],
  ["PADANG", "SUMATERA BARAT"],
  ["BUKITTINGGI", "SUMATERA BARAT"],
  ["PEKANBARU", "RIAU"],
  ["DUMAI", "RIAU"],
  ["JAMBI", "JAMBI"],
  ["PALEMBANG", "SUMATERA SELATAN"],
  ["BENGKULU", "BENGKULU"],
  ["BANDAR LAMPUNG", "LAMPUNG"],
  ["PANGKALPINANG", "KEPULAUAN BANGKA BELITUNG"],
  ["PANGKAL PINANG", "KEPULAUAN BANGKA BELITUNG"],
  ["TANJUNGPINANG", "KEPULAUAN RIAU"],
  ["TANJUNG PINANG", "KEPULAUAN RIAU"],
  ["BATAM", "KEPULAUAN RIAU"],
  ["JAKARTA", "DKI JAKARTA"],
  ["JKT", "DKI JAKARTA"],
  ["BANDUNG", "JAWA BARAT"],
  ["BDG", "JAWA BARAT"],
  ["BOGOR", "JAWA BARAT"],
  ["BEKASI", "JAWA BARAT"],
  ["DEPOK", "JAWA BARAT"],
  ["CIREBON", "JAWA BARAT"],
  ["TASIKMALAYA", "JAWA BARAT"],
  ["SEMARANG", "JAWA TENGAH"],
  ["SMG", "JAWA TENGAH"],
  ["SURAKARTA", "JAWA TENGAH"],
  ["SOLO", "JAWA TENGAH"],
  ["PURWOKERTO", "JAWA TENGAH"],
  ["YOGYAKARTA", "DI YOGYAKARTA"],
  ["JOGJAKARTA", "DI YOGYAKARTA"],
  ["JOGJA", "DI YOGYAKARTA"],
  ["SURABAYA", "JAWA TIMUR"],
  ["SBY", "JAWA TIMUR"],
  ["MALANG", "JAWA TIMUR"],
  ["JEMBER", "JAWA TIMUR"],
  ["KEDIRI", "JAWA TIMUR"],
  ["MADIUN", "JAWA TIMUR"],
  ["SERANG", "BANTEN"],
  ["TANGERANG", "BANTEN"],
  ["CILEGON", "BANTEN"],
  ["DENPASAR", "BALI"],
  ["MATARAM", "NUSA TENGGARA BARAT"],
  ["KUPANG", "NUSA TENGGARA TIMUR"],
  ["PONTIANAK", "KALIMANTAN BARAT"],
  ["PALANGKARAYA", "KALIMANTAN TENGAH"],
  ["PALANGKA RAYA", "KALIMANTAN TENGAH"],
  ["BANJARMASIN", "KALIMANTAN SELATAN"],
  ["BANJARBARU", "KALIMANTAN SELATAN"],
  ["SAMARINDA", "KALIMANTAN TIMUR"],
  ["BALIKPAPAN", "KALIMANTAN TIMUR"],
  ["TANJUNG SELOR", "KALIMANTAN UTARA"],
  ["TARAKAN", "KALIMANTAN UTARA"],
  ["MANADO", "SULAWESI UTARA"],
  ["PALU", "SULAWESI TENGAH"],
  ["MAKASSAR", "SULAWESI SELATAN"],
  ["MAKASAR", "SULAWESI SELATAN"],
  ["KENDARI", "SULAWESI TENGGARA"],
  ["GORONTALO", "GORONTALO"],
  ["MAMUJU", "SULAWESI BARAT"],
  ["AMBON", "MALUKU"],
  ["SOFIFI", "MALUKU UTARA"],
  ["TERNATE", "MALUKU UTARA"],
  ["JAYAPURA", "PAPUA"],
  ["BIAK", "PAPUA"],
  ["MANOKWARI", "PAPUA BARAT"],
  ["MERAUKE", "PAPUA SELATAN"],
  ["NABIRE", "PAPUA TENGAH"],
  ["TIMIKA", "PAPUA TENGAH"],
  ["WAMENA", "PAPUA PEGUNUNGAN"],
  ["SORONG", "PAPUA BARAT DAYA"],
];

export interface PlaceMention {
  /** As normalised: "KAB KUDUS", "SEMARANG", "JAWA TENGAH". */
  text: string;
  province: Province;
  kind: "provinsi" | "kota" | "kabkota";
  /** Word offsets in the normalised uraian. */
  start: number;
  end: number;
  /** The word before the mention ("KE", "DARI", "DI", "-"), upper case; "" at the start. */
  before: string;
}

export interface PlaceIndex {
  find(uraian: string): readonly PlaceMention[];
}

/** Words that introduce a place; a kabupaten/kota name without "Kab."/"Kota" needs one of them. */
const CUES = new Set(["KE", "DI", "TUJUAN", "WILAYAH", "DAERAH", "-", "DARI", "PROVINSI", "PROV"]);

/**
 * Builds the index from the fixed city list and `kabKota` ([name as in the table, province key]).
 * "Kab. Kudus" is found as "KAB KUDUS", "KABUPATEN KUDUS" and, after a cue word, "KUDUS".
 */
export function createPlaceIndex(kabKota: readonly (readonly [string, string])[] = []): PlaceIndex {
  type Entry = { words: string[]; province: Province; kind: PlaceMention["kind"]; needsCue: boolean };
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const push = (text: string, province: Province, kind: Entry["kind"], needsCue: boolean) => {
    const n = normalizePlaceText(text);
    const key = `${n}|${province.nama}|${needsCue}`;
    if (n === "" || seen.has(key)) return;
    seen.add(key);
    entries.push({ words: n.split(" "), province, kind, needsCue });
  };
  for (const { text, province } of PROVINCE_SPELLINGS) push(text, province, "provinsi", false);
  for (const [city, prov] of CITIES) push(city, provinceByName(prov), "kota", false);
  for (const [name, prov] of kabKota) {
    const province = provinceByName(prov);
    const m = /^(Kab\.?|Kabupaten|Kota)\s+(.+)$/i.exec(name.trim());
    if (!m) {
      push(name, province, "kabkota", true);
      continue;
    }
    const bare = m[2];
    if (/^kota/i.test(m[1])) push(`Kota ${bare}`, province, "kabkota", false);
    else {
      push(`Kab ${bare}`, province, "kabkota", false);
      push(`Kabupaten ${bare}`, province, "kabkota", false);
    }
    push(bare, province, "kabkota", true);
  }
  // Leftmost-longest: at each word, the longest entry starting with it.
  const byFirst = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byFirst.get(e.words[0]);
    if (list) list.push(e);
    else byFirst.set(e.words[0], [e]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  // Memoised per distinct uraian (budgets repeat them); the mentions are shared, callers only read them.
  const find = memoByString((uraian: string): PlaceMention[] => {
    const words = normalizePlaceText(uraian.replace(/[-–—]/g, " DASH "))
      .split(" ")
      .map((w) => (w === "DASH" ? "-" : w));
    const out: PlaceMention[] = [];
    for (let i = 0; i < words.length;) {
      const before = i > 0 ? words[i - 1] : "";
      const hit = byFirst
        .get(words[i])
        ?.find((e) => e.words.every((w, k) => words[i + k] === w) && (!e.needsCue || CUES.has(before)));
      if (!hit) {
        i++;
        continue;
      }
      out.push({
        text: hit.words.join(" "),
        province: hit.province,
        kind: hit.kind,
        start: i,
        end: i + hit.words.length,
        before,
      });
      i += hit.words.length;
    }
    return out;
  });
  return { find };
}

/**
 * The destination province of a travel line: places after "ke"/"tujuan" first; else the last place of
 * an "A - B" route; else every place not introduced by "dari". One province, or `ambiguous` when
 * the uraian names several, or nothing.
 */
export function destinationProvince(mentions: readonly PlaceMention[]): { province?: Province; ambiguous: boolean } {
  const usable = mentions.filter((m) => m.before !== "DARI");
  const cued = usable.filter((m) => m.before === "KE" || m.before === "TUJUAN");
  let pick = cued.length > 0 ? cued : usable;
  if (cued.length === 0 && usable.some((m) => m.before === "-")) pick = [usable[usable.length - 1]];
  const provs = new Map(pick.map((m) => [m.province.nama, m.province]));
  if (provs.size === 1) return { province: [...provs.values()][0], ambiguous: false };
  return { ambiguous: provs.size > 1 };
}
