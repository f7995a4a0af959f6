/** Meeting and activity items: konsumsi, uang saku, paket rapat, honorarium. */
import type { FamilyMatcher } from "./match-types";
import { RANK_UNKNOWN_NOTE } from "./match-travel";
import { placeOf } from "./place";
import { has, hasAny, ranksIn, type Rank } from "./text";
import { pricedPer } from "./units";

/** Konsumsi with a standard of its own (patients, detainees, boarding students) or not a meal at all. */
const NOT_MEETING_FOOD = [
  "pasien",
  "tahanan",
  "narapidana",
  "napi",
  "asrama",
  "taruna",
  "santri",
  "hewan",
  "ternak",
  "bahan makanan",
  "sembako",
  "lembur",
  "bahan praktik",
  "bahan praktek",
];

export const matchKonsumsi: FamilyMatcher = (row, t, env) => {
  if (row.akun?.startsWith("51") || hasAny(t, NOT_MEETING_FOOD) || !pricedPer(row, "kali")) return null;
  const makan = hasAny(t, ["makan", "makan siang", "makan malam", "nasi kotak", "nasi", "prasmanan"]);
  const kudapan = has(t, "kudapan");
  const parts = makan && !kudapan ? ["MAKAN"] : kudapan && !makan ? ["KUDAPAN"] : ["MAKAN", "KUDAPAN"];
  const notes =
    parts.length === 2
      ? [
          {
            id: "makan dan kudapan tidak dipisah; batasnya dijumlahkan",
            en: "meal and snack not separated; their ceilings are added",
          },
        ]
      : [];
  const ranks = ranksIn(t);
  if (ranks.includes("menteri") || ranks.includes("es1")) {
    return {
      family: "KONSUMSI",
      candidates: parts.map((p) => ({ item: `KONSUMSI-${p}-RAKOR` })),
      combine: "sum",
      notes,
    };
  }
  const place = placeOf(row.uraian, env, "tempat");
  if (!place) return null;
  return {
    family: "KONSUMSI",
    candidates: parts.map((p) => ({ item: `KONSUMSI-${p}`, provinsi: place.province })),
    combine: "sum",
    notes: [...(place.note ? [place.note] : []), ...notes],
  };
};

const MEETING = ["rapat", "meeting", "konsinyering", "pertemuan", "paket rapat"];

/** Uang saku, and "uang harian" of a fullboard meeting (the same item in PMK 32/2025). */
export const matchUangSaku: FamilyMatcher = (row, t) => {
  if (!pricedPer(row, "hari")) return null;
  if (hasAny(t, ["fullday", "halfday"])) return null; // none given in TA2026: no amount to compare with
  if (has(t, "fullboard"))
    return { family: "UANG-SAKU", candidates: [{ item: "UANG-SAKU-FULLBOARD" }], combine: "max", notes: [] };
  if (!has(t, "uang saku")) return null;
  if (!hasAny(t, MEETING) && row.akun !== "524114" && row.akun !== "524119") return null;
  return {
    family: "UANG-SAKU",
    candidates: [{ item: "UANG-SAKU-FULLBOARD" }],
    combine: "max",
    notes: [
      {
        id: "jenis rapat tidak disebut; dibandingkan dengan uang saku rapat fullboard, satu-satunya yang diberikan",
        en: "meeting type not stated; compared with the fullboard uang saku, the only one given",
      },
    ],
  };
};

const PAKET_BY_RANK: Partial<Record<Rank, string>> = {
  menteri: "A",
  es1: "B",
  es2: "B",
  es3: "C",
  es4: "C",
  gol4: "C",
  gol3: "C",
};

export const matchPaketRapat: FamilyMatcher = (row, t, env) => {
  const jenis = (["fullboard", "fullday", "halfday"] as const).filter((j) => has(t, j));
  if (jenis.length !== 1 || !pricedPer(row, "paket")) return null;
  const place = placeOf(row.uraian, env, "tempat");
  if (!place) return null;
  const groups = [
    ...new Set(
      ranksIn(t)
        .map((r) => PAKET_BY_RANK[r])
        .filter((g): g is string => Boolean(g))
    ),
  ];
  const rankUnknown = groups.length === 0;
  const cats = rankUnknown ? ["A", "B", "C"] : groups;
  return {
    family: "PAKET-RAPAT",
    candidates: cats.map((c) => ({ item: `PAKET-${jenis[0].toUpperCase()}-${c}`, provinsi: place.province })),
    combine: "max",
    rankUnknown,
    ...(place.from === "satker" ? { placeAssumed: true } : {}),
    notes: [
      ...(place.note ? [place.note] : []),
      ...(rankUnknown
        ? [
            {
              id: "kategori peserta tidak disebut; batas kategori tertinggi dipakai",
              en: "no participant category stated; the highest category applies",
            },
          ]
        : []),
    ],
  };
};

const NARASUMBER_BY_RANK: Partial<Record<Rank, string>> = {
  menteri: "MENTERI",
  es1: "ES1",
  es2: "ES2",
  es3: "ES3",
  es4: "ES3",
  gol4: "ES3",
  gol3: "ES3",
};

function roleItems(
  t: string,
  roles: [string[], string][],
  all: readonly string[],
  prefix: string
): { items: string[]; unknown: boolean } {
  const found = roles.filter(([words]) => hasAny(t, words)).map(([, code]) => code);
  const uniq = [...new Set(found)];
  return uniq.length > 0
    ? { items: uniq.map((c) => prefix + c), unknown: false }
    : { items: all.map((c) => prefix + c), unknown: true };
}

export const matchHonor: FamilyMatcher = (row, t) => {
  const roles = [
    hasAny(t, ["narasumber", "pembicara"]) ? "narasumber" : null,
    has(t, "moderator") ? "moderator" : null,
    has(t, "pembawaacara") ? "mc" : null,
    has(t, "honor") && has(t, "panitia") ? "panitia" : null,
    has(t, "honor") && has(t, "tim") && !has(t, "panitia") && !has(t, "sekretariat") ? "tim" : null,
  ].filter((r): r is string => r !== null);
  if (roles.length !== 1) return null;
  const role = roles[0];
  if (role === "narasumber") {
    if (!pricedPer(row, "jam")) return null;
    const groups = [
      ...new Set(
        ranksIn(t)
          .map((r) => NARASUMBER_BY_RANK[r])
          .filter((g): g is string => Boolean(g))
      ),
    ];
    const unknown = groups.length === 0;
    const items = (unknown ? ["MENTERI", "ES1", "ES2", "ES3"] : groups).map((g) => `HONOR-NARASUMBER-${g}`);
    return {
      family: "HONORARIUM",
      candidates: items.map((item) => ({ item })),
      combine: "max",
      rankUnknown: unknown,
      notes: unknown ? [RANK_UNKNOWN_NOTE] : [],
    };
  }
  if (role === "moderator" || role === "mc") {
    if (!pricedPer(row, "kali")) return null;
    return {
      family: "HONORARIUM",
      candidates: [{ item: role === "mc" ? "HONOR-PEMBAWA-ACARA" : "HONOR-MODERATOR" }],
      combine: "max",
      notes: [],
    };
  }
  if (role === "panitia") {
    if (!pricedPer(row, "kali")) return null;
    const r = roleItems(
      t,
      [
        [["penanggung jawab"], "PJ"],
        [["ketua", "wakil ketua"], "KETUA"],
        [["sekretaris"], "SEKRETARIS"],
        [["anggota"], "ANGGOTA"],
      ],
      ["PJ", "KETUA", "SEKRETARIS", "ANGGOTA"],
      "HONOR-PANITIA-"
    );
    return {
      family: "HONORARIUM",
      candidates: r.items.map((item) => ({ item })),
      combine: "max",
      rankUnknown: r.unknown,
      notes: r.unknown
        ? [
            {
              id: "peran panitia tidak disebut; batas tertinggi dipakai",
              en: "committee role not stated; the highest ceiling applies",
            },
          ]
        : [],
    };
  }
  // Tim pelaksana kegiatan: by who signed the SK and the member's role, per orang per bulan.
  if (!pricedPer(row, "bulan")) return null;
  const sk = roleItems(
    t,
    [
      [["presiden", "keppres", "keputusan presiden"], "PRESIDEN"],
      [["menteri", "kepmen"], "MENTERI"],
      [["eselon i", "dirjen", "sekjen", "kepala badan"], "ES1"],
      [["kpa", "kuasa pengguna anggaran"], "KPA"],
    ],
    ["PRESIDEN", "MENTERI", "ES1", "KPA"],
    ""
  );
  const peran = roleItems(
    t,
    [
      [["pengarah"], "PENGARAH"],
      [["penanggung jawab"], "PJ"],
      [["ketua", "koordinator"], "KETUA"],
      [["wakil ketua"], "WAKIL"],
      [["sekretaris"], "SEKRETARIS"],
      [["anggota"], "ANGGOTA"],
    ],
    ["PENGARAH", "PJ", "KETUA", "WAKIL", "SEKRETARIS", "ANGGOTA"],
    ""
  );
  // "wakil ketua" also reads as "ketua": keep the narrower role.
  const roleCodes = peran.items.includes("WAKIL") ? peran.items.filter((p) => p !== "KETUA") : peran.items;
  const items = sk.items.flatMap((s) => roleCodes.map((p) => `HONOR-TIM-${s}-${p}`));
  const unknown = sk.unknown || peran.unknown;
  return {
    family: "HONORARIUM",
    candidates: items.map((item) => ({ item })),
    combine: "max",
    rankUnknown: unknown,
    notes: unknown
      ? [
          {
            id: "penetap SK tim atau peran anggota tidak disebut; batas tertinggi dipakai",
            en: "who set up the team or the member's role not stated; the highest ceiling applies",
          },
        ]
      : [],
  };
};
