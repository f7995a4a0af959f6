/**
 * Reading an uraian for standar biaya matching: lower case words with the volume expression taken out
 * and common spellings made one ("nara sumber" -> narasumber, "full board" -> fullboard, "snack" ->
 * kudapan). Matching works on these words, never on substrings of words.
 */
import { memoByString } from "../../memo";

const SPELLINGS: [RegExp, string][] = [
  [/\bnara sumber\b/g, "narasumber"],
  [/\bnarsum\b/g, "narasumber"],
  [/\bfull ?board\b/g, "fullboard"],
  [/\bfull ?day\b/g, "fullday"],
  [/\bhalf ?day\b/g, "halfday"],
  [/\bsnack\b|\bsnak\b|\bkudapan\b|\bcoffee break\b|\brehat kopi\b/g, "kudapan"],
  [/\btransportasi\b|\btranspor\b|\btrasport\b|\btransprot\b/g, "transport"],
  [/\btaxi\b/g, "taksi"],
  [/\bhonorarium\b|\bhonr\b/g, "honor"],
  [/\buang harian\w*/g, "uang harian"],
  [/\brepresentatif\b/g, "representasi"],
  [/\bpembawa acara\b|\bmaster of ceremony\b|\bmc\b/g, "pembawaacara"],
  [/\bpaket meeting\b|\bpaket pertemuan\b|\bpaket kegiatan rapat\b/g, "paket rapat"],
  [/\bpulang pergi\b/g, "pp"],
  [/\bes\s+(i{1,3}|iv|[1-4])\b/g, "eselon $1"],
  [/\bgol\b/g, "golongan"],
];

/** Memoised per distinct uraian: budgets repeat the same texts on many lines. */
export const normalizeUraian: (uraian: string) => string = memoByString(normalizeUraianOnce);

function normalizeUraianOnce(uraian: string): string {
  let s = ` ${uraian.toLowerCase()} `
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, " ");
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  s = s.replace(/\beselon ([1-4])\b/g, (_m, d: string) => `eselon ${["i", "ii", "iii", "iv"][Number(d) - 1]}`);
  // Padded with one space each side so whole-word tests are a plain `includes`.
  return ` ${s.replace(/\s+/g, " ").trim()} `;
}

/** True when the normalised (space-padded) text contains `phrase` as whole words. */
export function has(text: string, phrase: string | RegExp): boolean {
  if (typeof phrase !== "string") return phrase.test(text);
  // text.includes(` ${phrase} `) without building the padded phrase on every call.
  const end = phrase.length;
  if (end === 0) return text.includes("  ");
  for (let i = text.indexOf(phrase, 1); i !== -1; i = text.indexOf(phrase, i + 1))
    if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + end) === 32) return true;
  return false;
}

export function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => has(text, p));
}

/**
 * The kinds of cost a line names. A line naming two ("uang harian dan transport") is a bundle no
 * single standar biaya item fits, so the matcher leaves it alone.
 */
export type CostKind =
  | "uang-harian"
  | "uang-saku"
  | "penginapan"
  | "taksi"
  | "tiket"
  | "transport"
  | "konsumsi"
  | "representasi"
  | "paket-rapat"
  | "honor";

/** Memoised per normalised text; the array is shared, so callers must not change it. */
export const costKinds: (t: string) => readonly CostKind[] = memoByString(costKindsOnce);

function costKindsOnce(t: string): CostKind[] {
  const k = new Set<CostKind>();
  if (has(t, "uang harian")) k.add("uang-harian");
  if (has(t, "uang saku")) k.add("uang-saku");
  if (hasAny(t, ["penginapan", "hotel", "menginap"]) && !has(t, "paket rapat")) k.add("penginapan");
  if (has(t, "taksi")) k.add("taksi");
  if (hasAny(t, ["tiket", "pesawat"])) k.add("tiket");
  if (has(t, "transport") && !k.has("taksi") && !k.has("tiket")) k.add("transport");
  if (hasAny(t, ["konsumsi", "kudapan", "makan", "makan siang", "nasi kotak"]) && !has(t, "uang makan"))
    k.add("konsumsi");
  if (has(t, "representasi")) k.add("representasi");
  if (
    has(t, "paket rapat") ||
    (hasAny(t, ["fullboard", "fullday", "halfday"]) && !k.has("uang-harian") && !k.has("uang-saku"))
  )
    k.add("paket-rapat");
  // "Transport narasumber" is transport: a role word makes an honorarium only on a line of no other kind.
  if (has(t, "honor") || (k.size === 0 && hasAny(t, ["narasumber", "pembicara", "moderator", "pembawaacara"])))
    k.add("honor");
  return [...k];
}

/** Rank words, most senior first; roman numerals are whole words so "eselon ii" is never "eselon i". */
export type Rank = "menteri" | "es1" | "es2" | "es3" | "es4" | "gol4" | "gol3";

/** Memoised per normalised text; the array is shared, so callers must not change it. */
export const ranksIn: (t: string) => readonly Rank[] = memoByString(ranksInOnce);

function ranksInOnce(t: string): Rank[] {
  const r: Rank[] = [];
  if (hasAny(t, ["menteri", "wakil menteri", "wamen", "pejabat negara", "dpr", "anggota dpr", "dprd", "dpd", "bpk ri"]))
    r.push("menteri");
  // Titles only where the rank is certain: a "direktur" or "kepala badan" may sit at several levels.
  if (
    has(t, /\beselon i\b(?! ke bawah)/) ||
    hasAny(t, ["dirjen", "sekjen", "irjen", "sekretaris jenderal", "direktur jenderal", "inspektur jenderal"])
  )
    r.push("es1");
  if (has(t, /\beselon ii\b/) || hasAny(t, ["kepala biro"])) r.push("es2");
  if (has(t, /\beselon iii\b/)) r.push("es3");
  if (has(t, /\beselon iv\b/)) r.push("es4");
  if (has(t, /\bgolongan iv\b/)) r.push("gol4");
  if (has(t, /\bgolongan (iii|ii|i)\b/)) r.push("gol3");
  return r;
}
