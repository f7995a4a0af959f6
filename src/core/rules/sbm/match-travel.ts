/**
 * Travel items: uang harian, penginapan, taksi, representasi (per province or rank), and the
 * Lampiran II estimates: air tickets and land transport by route.
 */
import { normalizePlaceText } from "../../reference/provinces";
import type { SbmValue } from "../../reference/sbm";
import type { BudgetRow } from "../../tree/types";
import type { FamilyMatcher, MatchEnv, MatchNote, SbmCandidate, SbmMatch } from "./match-types";
import { namedDestination, placeOf } from "./place";
import { has, hasAny, ranksIn, type Rank } from "./text";
import { pricedOneWayByFactor, pricedPer, pricedRoundTrip } from "./units";

function luarKotaAlternative(uraian: string, env: MatchEnv): NonNullable<SbmMatch["alternative"]> {
  const dest = namedDestination(uraian, env);
  if (dest && dest !== "unplaced") return { candidates: [{ item: "UH-LUAR-KOTA", provinsi: dest }], why: "akun" };
  return { candidates: [{ item: "UH-LUAR-KOTA" }], why: "akun", anyProvince: true };
}

/** Uang harian of a meeting away from the office follows the meeting's own rules, not travel's. */
const MEETING_WORDS = ["rapat", "meeting", "konsinyering", "paket rapat", "fullboard", "fullday", "halfday"];

export const matchUangHarian: FamilyMatcher = (row, t, env) => {
  if (hasAny(t, ["luar negeri", ...MEETING_WORDS]) || row.akun === "524114" || row.akun === "524119") return null;
  if (!pricedPer(row, "hari")) return null;
  // Only a line about diklat participants: "supervisi PKL Advokasi dan Diklat Gizi" is ordinary travel.
  const diklat = hasAny(t, [
    "uang harian diklat",
    "uang harian peserta diklat",
    "peserta diklat",
    "uang harian pendidikan dan pelatihan",
  ]);
  const saysDalamKota = has(t, "dalam kota");
  if (!diklat && (saysDalamKota || (row.akun === "524113" && !has(t, "luar kota")))) {
    // Dalam kota is the satker's own city, whatever else the uraian names.
    if (!env.satker) return null;
    return {
      family: "UANG-HARIAN",
      candidates: [{ item: "UH-DALAM-KOTA", provinsi: env.satker }],
      combine: "max",
      // Only the akun says dalam kota: a price within the luar kota amount (of the named destination, or
      // of any province) may be a wrong akun rather than a wrong price.
      ...(saysDalamKota ? {} : { alternative: luarKotaAlternative(row.uraian, env) }),
      notes: [],
    };
  }
  const place = placeOf(row.uraian, env);
  if (!place) return null;
  return {
    family: "UANG-HARIAN",
    candidates: [{ item: diklat ? "UH-DIKLAT" : "UH-LUAR-KOTA", provinsi: place.province }],
    combine: "max",
    ...(place.from === "satker" ? { placeAssumed: true } : {}),
    notes: place.note ? [place.note] : [],
  };
};

const PENGINAPAN_BY_RANK: Record<Rank, string> = {
  menteri: "ES1",
  es1: "ES1",
  es2: "ES2",
  es3: "ES3",
  gol4: "ES3",
  es4: "ES4",
  gol3: "ES4",
};

/** Candidates for the ranks named, or for every group (rankUnknown) when none is. */
function byRank(
  t: string,
  map: Partial<Record<Rank, string>>,
  all: readonly string[],
  prefix: string
): { items: string[]; rankUnknown: boolean } {
  const groups = [
    ...new Set(
      ranksIn(t)
        .map((r) => map[r])
        .filter((g): g is string => Boolean(g))
    ),
  ];
  if (groups.length > 0) return { items: groups.map((g) => `${prefix}${g}`), rankUnknown: false };
  return { items: all.map((g) => `${prefix}${g}`), rankUnknown: true };
}

export const RANK_UNKNOWN_NOTE: MatchNote = {
  id: "jabatan/golongan tidak disebut; batas tertinggi antargolongan dipakai",
  en: "no rank stated; the highest ceiling of all ranks applies",
};

export const matchPenginapan: FamilyMatcher = (row, t, env) => {
  if (has(t, "luar negeri") || !pricedPer(row, "malam")) return null;
  const place = placeOf(row.uraian, env);
  if (!place) return null;
  const { items, rankUnknown } = byRank(t, PENGINAPAN_BY_RANK, ["ES1", "ES2", "ES3", "ES4"], "PENGINAPAN-");
  return {
    family: "PENGINAPAN",
    candidates: items.map((item) => ({ item, provinsi: place.province })),
    combine: "max",
    rankUnknown,
    ...(place.from === "satker" ? { placeAssumed: true } : {}),
    notes: [...(place.note ? [place.note] : []), ...(rankUnknown ? [RANK_UNKNOWN_NOTE] : [])],
  };
};

export const matchTaksi: FamilyMatcher = (row, t, env) => {
  if (has(t, "luar negeri") || !pricedPer(row, "kali")) return null;
  // A taxi runs at both ends of a trip: the higher of the satker's and the destination's amounts.
  const provinces = new Map<string, NonNullable<MatchEnv["satker"]>>();
  if (env.satker) provinces.set(env.satker.nama, env.satker);
  const dest = namedDestination(row.uraian, env);
  if (dest === "unplaced") return null;
  if (dest) provinces.set(dest.nama, dest);
  if (provinces.size === 0) return null;
  return {
    family: "TAKSI",
    candidates: [...provinces.values()].map((provinsi) => ({ item: "TAKSI", provinsi })),
    combine: "max",
    ...(pricedRoundTrip(row, t) ? { factor: 2 } : {}),
    ...(dest ? {} : { placeAssumed: true }),
    notes:
      provinces.size > 1
        ? [
            {
              id: "batas tertinggi antara provinsi satker dan provinsi tujuan",
              en: "the higher of the satker's and the destination's amounts",
            },
          ]
        : [],
  };
};

const REPRESENTASI_BY_RANK: Partial<Record<Rank, string>> = { menteri: "PN", es1: "ES1", es2: "ES2" };

export const matchRepresentasi: FamilyMatcher = (row, t) => {
  if (has(t, "luar negeri") || !pricedPer(row, "hari")) return null;
  const dk = has(t, "dalam kota") || (row.akun === "524113" && !has(t, "luar kota"));
  const { items, rankUnknown } = byRank(
    t,
    REPRESENTASI_BY_RANK,
    ["PN", "ES1", "ES2"],
    dk ? "REPRESENTASI-DK-" : "REPRESENTASI-LK-"
  );
  return {
    family: "REPRESENTASI",
    candidates: items.map((item) => ({ item })),
    combine: "max",
    rankUnknown,
    notes: rankUnknown ? [RANK_UNKNOWN_NOTE] : [],
  };
};

/** Ticket table cities as users write them. */
const CITY_ALIASES: Record<string, string> = {
  SURAKARTA: "SOLO",
  JOGJA: "YOGYAKARTA",
  JOGJAKARTA: "YOGYAKARTA",
  "PALANGKA RAYA": "PALANGKARAYA",
  PANGKALPINANG: "PANGKAL PINANG",
};

function citiesIn(text: string, cities: readonly string[]): string[] {
  const n = ` ${normalizePlaceText(text)} `;
  const found: { city: string; at: number }[] = [];
  const names = new Map<string, string>(cities.map((c) => [c, c]));
  for (const [alias, city] of Object.entries(CITY_ALIASES)) if (names.has(city)) names.set(alias, city);
  for (const [name, city] of names) {
    const at = n.indexOf(` ${name} `);
    if (at >= 0 && !found.some((f) => f.city === city)) found.push({ city, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.city);
}

interface RouteIndex {
  /** Ticket routes "ASAL>TUJUAN" and the cities they name. */
  tiketRoutes: Set<string>;
  tiketCities: string[];
  /** Land routes by normalised origin, destinations normalised (with the "KABUPATEN" spelling). */
  land: Map<string, { names: string[]; bare: string; v: SbmValue }[]>;
}

const routeCache = new WeakMap<object, Map<number, RouteIndex>>();

/** Route tables per year, normalised once per reference data. */
function routesFor(env: MatchEnv): RouteIndex {
  let perYear = routeCache.get(env.reference.sbm);
  if (!perYear) routeCache.set(env.reference.sbm, (perYear = new Map()));
  let idx = perYear.get(env.tahun);
  if (!idx) {
    const tiket = env.reference.sbm.values(env.tahun, "TIKET-EKONOMI");
    const land: RouteIndex["land"] = new Map();
    for (const v of env.reference.sbm.values(env.tahun, "TRANSPORT-DARAT")) {
      const [from, to] = v.kunci.split(">");
      if (!from || !to) continue;
      const origin = normalizePlaceText(from);
      const dest = normalizePlaceText(to);
      const bare = dest.replace(/^(KAB|KABUPATEN|KOTA) /, "");
      if (bare === origin) continue;
      const list = land.get(origin) ?? [];
      list.push({
        names: [` ${dest} `, ` ${dest.replace(/^KAB /, "KABUPATEN ")} `, ` - ${bare} `, ` KE ${bare} `],
        bare,
        v,
      });
      land.set(origin, list);
    }
    idx = {
      tiketRoutes: new Set(tiket.map((v) => v.kunci.toUpperCase())),
      tiketCities: [...new Set(tiket.flatMap((v) => v.kunci.toUpperCase().split(">")))],
      land,
    };
    perYear.set(env.tahun, idx);
  }
  return idx;
}

export const matchTiket: FamilyMatcher = (row, t, env) => {
  if (
    has(t, "luar negeri") ||
    !(pricedPer(row, "kali") || ["PP", "TIKET", "OPP"].includes(env.reference.satuan(row.satuan)?.kode ?? ""))
  )
    return null;
  const { tiketRoutes: routes, tiketCities: cities } = routesFor(env);
  const found = citiesIn(row.uraian, cities);
  let kunci: string | undefined;
  if (found.length === 2) kunci = [`${found[0]}>${found[1]}`, `${found[1]}>${found[0]}`].find((k) => routes.has(k));
  else if (found.length === 1 && env.satker?.nama === "DKI JAKARTA")
    kunci = routes.has(`JAKARTA>${found[0]}`) ? `JAKARTA>${found[0]}` : undefined;
  if (!kunci) return null;
  const bisnis =
    hasAny(t, ["bisnis", "business"]) ||
    (!hasAny(t, ["ekonomi", "economy"]) && ranksIn(t).some((r) => r === "menteri" || r === "es1"));
  const stated = hasAny(t, ["bisnis", "business", "ekonomi", "economy"]);
  return {
    family: "TIKET",
    candidates: [{ item: bisnis ? "TIKET-BISNIS" : "TIKET-EKONOMI", kunci }],
    combine: "max",
    notes: stated
      ? []
      : [
          bisnis
            ? { id: "kelas tidak disebut; kelas bisnis menurut jabatan", en: "no class stated; business class by rank" }
            : {
                id: "kelas tidak disebut; dibandingkan dengan kelas ekonomi",
                en: "no class stated; compared with economy class",
              },
        ],
  };
};

const NOT_A_FARE = ["sewa", "bbm", "bensin", "solar", "tol", "parkir", "kendaraan dinas", "pemeliharaan"];

export const matchTransport: FamilyMatcher = (row, t, env) => {
  if (hasAny(t, NOT_A_FARE) || has(t, "luar negeri") || !pricedPer(row, "kali")) return null;
  const local =
    hasAny(t, ["dalam kota", "lokal", "dalam kabupaten", "dalam kab", "dalam kabupaten kota"]) ||
    (row.akun === "524113" && !has(t, "luar kota"));
  if (local) return { family: "TRANSPORT", candidates: [{ item: "TRANSPORT-DALAM-KOTA" }], combine: "max", notes: [] };
  const candidates = landRoutes(row, env);
  if (candidates.length === 0) return null;
  const roundTrip = !pricedOneWayByFactor(row) && pricedRoundTrip(row, t);
  return {
    family: "TRANSPORT",
    candidates,
    combine: "max",
    ...(roundTrip ? { factor: 2 } : {}),
    notes: roundTrip
      ? [{ id: "harga pulang pergi: dua kali tarif sekali jalan", en: "a return-trip price: twice the one-way amount" }]
      : [],
  };
};

/** Routes "ibukota>kab/kota" whose both ends the uraian names; a bare kab/kota name must follow "-" or "ke". */
function landRoutes(row: BudgetRow, env: MatchEnv): SbmCandidate[] {
  const n = ` ${normalizePlaceText(row.uraian.replace(/[-–—]/g, " DASH ")).replace(/\bDASH\b/g, "-")} `;
  const out: SbmCandidate[] = [];
  for (const [origin, routes] of routesFor(env).land) {
    if (!n.includes(` ${origin} `)) continue;
    for (const r of routes) {
      if (r.names.some((x) => n.includes(x)))
        out.push({ item: "TRANSPORT-DARAT", ...(r.v.provinsi ? { provinsi: r.v.provinsi } : {}), kunci: r.v.kunci });
    }
  }
  return out;
}

export type { SbmMatch };
