/**
 * The pane's settings: what the analyzer and the RPA engine need from the user (tahun, tahap,
 * province, profile parameters, their own standar biaya) and the pane's own choices. Stored as JSON;
 * `sanitizeSettings` accepts anything (an old or hand-edited value) and keeps only what is valid.
 */
import type { AnalyzerOptions, Tahap } from "../core/options";
import type { Lang } from "./i18n";
import type { GroupBy } from "./periksa/findings-view";

export const JENIS_BELANJA = ["51", "52", "53", "57"] as const;
export type JenisBelanjaKode = (typeof JENIS_BELANJA)[number];

export const PROFILE_KINDS = ["flat", "ideal", "jadwal", "termin", "manual"] as const;
export type ProfileKindSetting = (typeof PROFILE_KINDS)[number];

export interface ProfileChoice {
  kind: ProfileKindSetting;
  /** jadwal / termin months, as the user wrote them ("3-5, 8"). */
  bulan?: string;
  uangMukaPersen?: number;
  retensiPersen?: number;
  /** manual: twelve weights "1;1;2;...". */
  bobot?: string;
}

export interface UserSbmFile {
  name: string;
  text: string;
}

export interface PaneSettings {
  lang: Lang;
  /** undefined = from the sheet's title block. */
  tahun?: number;
  tahap: Tahap;
  /** undefined = from the sheet's title block. */
  provinsi?: string;
  /** Belanja pegawai: months of the 13th salary and THR (null = none). */
  bulanGaji13: number | null;
  bulanThr: number | null;
  /** Three-phase ideal curve: levels and the month the peak starts. */
  ideal: { awal: number; puncak: number; bulanPuncak: number; akhir: number };
  profiles: Record<JenisBelanjaKode, ProfileChoice>;
  rpaMode: "percent" | "rupiah";
  markCells: boolean;
  groupBy: GroupBy;
  userSbm?: UserSbmFile;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  lang: "id",
  tahap: "perencanaan",
  bulanGaji13: 7,
  bulanThr: 3,
  ideal: { awal: 6, puncak: 12, bulanPuncak: 6, akhir: 4 },
  profiles: { "51": { kind: "flat" }, "52": { kind: "ideal" }, "53": { kind: "ideal" }, "57": { kind: "ideal" } },
  rpaMode: "rupiah",
  markCells: true,
  groupBy: "row",
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const month = (v: unknown): number | null | undefined =>
  v === null ? null : Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12 ? (v as number) : undefined;
const nonNeg = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;
const pct = (v: unknown): number | undefined => (typeof v === "number" && v >= 0 && v <= 100 ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.length <= 2000 ? v : undefined);

function sanitizeProfile(v: unknown, fallback: ProfileChoice): ProfileChoice {
  if (!isObj(v) || !(PROFILE_KINDS as readonly unknown[]).includes(v.kind)) return fallback;
  const p: ProfileChoice = { kind: v.kind as ProfileKindSetting };
  const bulan = str(v.bulan);
  if (bulan !== undefined) p.bulan = bulan;
  const um = pct(v.uangMukaPersen);
  if (um !== undefined) p.uangMukaPersen = um;
  const ret = pct(v.retensiPersen);
  if (ret !== undefined) p.retensiPersen = ret;
  const bobot = str(v.bobot);
  if (bobot !== undefined) p.bobot = bobot;
  return p;
}

export function sanitizeSettings(raw: unknown): PaneSettings {
  const d = DEFAULT_SETTINGS;
  if (!isObj(raw)) return { ...d, ideal: { ...d.ideal }, profiles: { ...d.profiles } };
  const s: PaneSettings = { ...d, ideal: { ...d.ideal }, profiles: { ...d.profiles } };
  if (raw.lang === "id" || raw.lang === "en") s.lang = raw.lang;
  if (Number.isInteger(raw.tahun) && (raw.tahun as number) >= 2000 && (raw.tahun as number) <= 2100)
    s.tahun = raw.tahun as number;
  if (raw.tahap === "perencanaan" || raw.tahap === "pelaksanaan") s.tahap = raw.tahap;
  const prov = str(raw.provinsi);
  if (prov) s.provinsi = prov;
  const g13 = month(raw.bulanGaji13);
  if (g13 !== undefined) s.bulanGaji13 = g13;
  const thr = month(raw.bulanThr);
  if (thr !== undefined) s.bulanThr = thr;
  if (isObj(raw.ideal)) {
    for (const k of ["awal", "puncak", "akhir"] as const) {
      const v = nonNeg(raw.ideal[k]);
      if (v !== undefined) s.ideal[k] = v;
    }
    const bp = raw.ideal.bulanPuncak;
    if (Number.isInteger(bp) && (bp as number) >= 4 && (bp as number) <= 9) s.ideal.bulanPuncak = bp as number;
  }
  if (isObj(raw.profiles)) {
    for (const jb of JENIS_BELANJA) s.profiles[jb] = sanitizeProfile(raw.profiles[jb], d.profiles[jb]);
  }
  if (raw.rpaMode === "percent" || raw.rpaMode === "rupiah") s.rpaMode = raw.rpaMode;
  if (typeof raw.markCells === "boolean") s.markCells = raw.markCells;
  if (raw.groupBy === "row" || raw.groupBy === "rule") s.groupBy = raw.groupBy;
  if (
    isObj(raw.userSbm) &&
    str(raw.userSbm.name) &&
    typeof raw.userSbm.text === "string" &&
    raw.userSbm.text.length < 5_000_000
  ) {
    s.userSbm = { name: raw.userSbm.name as string, text: raw.userSbm.text };
  }
  return s;
}

/** The slice the analyzer needs. */
export function analyzerOptions(s: PaneSettings): Partial<AnalyzerOptions> {
  const o: Partial<AnalyzerOptions> = { tahap: s.tahap };
  if (s.tahun !== undefined) o.tahun = s.tahun;
  if (s.provinsi) o.provinsi = s.provinsi;
  return o;
}

/** localStorage under one key; a store that cannot be read starts from the defaults. */
export function localSettingsStore(key = "telaah.settings"): { load(): unknown; save(v: unknown): void } {
  return {
    load() {
      try {
        const text = globalThis.localStorage?.getItem(key);
        return text ? JSON.parse(text) : undefined;
      } catch {
        return undefined;
      }
    },
    save(v) {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(v));
      } catch {
        // Storage full or blocked (private mode): settings last for this session only.
      }
    },
  };
}
