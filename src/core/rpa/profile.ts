import { TelaahInputError } from "../errors";
import { Decimal, HUNDRED, ZERO, dec, sum } from "../money";
import { MONTH_COUNT, isMonth, monthly } from "./months";

/**
 * A profile is data: how a line's pagu spreads over the twelve months. `profileWeights` turns it into
 * twelve non-negative weights; allocation then splits the pagu by them exactly (largest remainder).
 * Numbers are plain JSON numbers (or numeric strings) so a profile can live in settings or a CLI flag.
 */
export type NumberLike = number | string;

/** Belanja pegawai (51): the same each month, a month's worth more for gaji ke-13 and THR. */
export interface FlatProfile {
  kind: "flat";
  /** Month of the 13th salary; default 7 (PMK 62/2023 jo. 107/2024: "prorata dibagi sebanyak 13", July). null = none. */
  bulanGaji13?: number | null;
  /** Month of THR (gaji ke-14), the month before Idul Fitri; default 3 (set it per year). null = none. */
  bulanThr?: number | null;
}

/**
 * The three-phase ideal curve of belanja barang / modal / bansos (DJPb RPA guide): a level per month,
 * constant `awal` through March (preparation, procurement), rising linearly to `puncak` at
 * `bulanPuncak`, held at `puncak` through September (execution, termin payments), then `akhir` for
 * October–December (administration). Levels are relative; only their ratios matter.
 * Defaults 6 / 12 / June / 4 give monthly shares 6,6,6,8,10,12,12,12,12,4,4,4 of 96, i.e. cumulative
 * 18,75% / 50% / 87,5% / 100% at the end of each triwulan.
 */
export interface IdealProfile {
  kind: "ideal";
  awal?: NumberLike;
  puncak?: NumberLike;
  /** 4..9 */
  bulanPuncak?: number;
  akhir?: NumberLike;
}

/** By schedule: the months an activity runs, equal shares or relative `bobot` per listed month. */
export interface JadwalProfile {
  kind: "jadwal";
  bulan: number[];
  bobot?: NumberLike[];
}

/**
 * A contract paid by termin: `uangMukaPersen` of the value in `bulanUangMuka`, `retensiPersen` held
 * back until `bulanRetensi`, the rest over `bulanTermin` (equal, or by relative `bobotTermin`).
 * Uang muka is recovered from the termin payments, so the net cash is the split above.
 */
export interface TerminProfile {
  kind: "termin";
  uangMukaPersen?: NumberLike;
  /** Default: the month before the first termin (January when that is the first). */
  bulanUangMuka?: number;
  bulanTermin: number[];
  bobotTermin?: NumberLike[];
  retensiPersen?: NumberLike;
  /** Default 12. */
  bulanRetensi?: number;
}

/** Twelve relative weights the user gave (percentages, rupiah, anything proportional). */
export interface ManualProfile {
  kind: "manual";
  bobot: NumberLike[];
}

export type Profile = FlatProfile | IdealProfile | JadwalProfile | TerminProfile | ManualProfile;
export type ProfileKind = Profile["kind"];

export const IDEAL_DEFAULTS = { awal: 6, puncak: 12, bulanPuncak: 6, akhir: 4 } as const;
export const FLAT_DEFAULTS = { bulanGaji13: 7, bulanThr: 3 } as const;

const DEFAULT_FLAT: FlatProfile = Object.freeze({ kind: "flat" });
const DEFAULT_IDEAL: IdealProfile = Object.freeze({ kind: "ideal" });

/** 51 flat; 52, 53, 57 (and anything else) the ideal curve. The same frozen objects every call. */
export function defaultProfileFor(jenisBelanja: string | undefined): Profile {
  return jenisBelanja === "51" ? DEFAULT_FLAT : DEFAULT_IDEAL;
}

function num(v: NumberLike | undefined, fallback: NumberLike): Decimal | null {
  const raw = v === undefined ? fallback : v;
  try {
    const d = dec(typeof raw === "string" ? raw.trim().replace(",", ".") : raw);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

function checkMonths(list: unknown, what: string, problems: string[]): list is number[] {
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`${what}: daftar bulan kosong`);
    return false;
  }
  const bad = list.filter((m) => !isMonth(m));
  if (bad.length) problems.push(`${what}: bulan tidak sah (${bad.join(", ")}); gunakan 1 sampai 12`);
  if (new Set(list).size !== list.length) problems.push(`${what}: bulan yang sama disebut dua kali`);
  return bad.length === 0;
}

function checkWeights(values: NumberLike[] | undefined, length: number, what: string, problems: string[]): Decimal[] {
  if (values === undefined) return Array.from({ length }, () => new Decimal(1));
  if (values.length !== length) {
    problems.push(`${what}: harus ada ${length} bobot, ada ${values.length}`);
    return [];
  }
  const ds = values.map((v) => num(v, 0));
  if (ds.some((d) => d === null || d.isNegative())) {
    problems.push(`${what}: bobot harus angka tidak negatif`);
    return [];
  }
  if (sum(ds as Decimal[]).isZero()) problems.push(`${what}: semua bobot nol`);
  return ds as Decimal[];
}

function pct(v: NumberLike | undefined, what: string, problems: string[]): Decimal {
  const d = num(v, 0);
  if (d === null || d.isNegative() || d.greaterThan(HUNDRED)) {
    problems.push(`${what}: persentase harus antara 0 dan 100`);
    return ZERO;
  }
  return d;
}

/** Weights plus the problems found (Indonesian); weights are meaningful only when problems is empty. */
function compute(p: Profile): { weights: Decimal[]; problems: string[] } {
  const problems: string[] = [];
  const w = monthly(() => ZERO);
  switch (p.kind) {
    case "flat": {
      for (let m = 1; m <= MONTH_COUNT; m++) w[m - 1] = new Decimal(1);
      for (const [key, label] of [
        ["bulanGaji13", "bulan gaji ke-13"],
        ["bulanThr", "bulan THR"],
      ] as const) {
        const m = p[key] === undefined ? FLAT_DEFAULTS[key] : p[key];
        if (m === null) continue;
        if (!isMonth(m)) problems.push(`Profil rata: ${label} tidak sah (${String(m)})`);
        else w[m - 1] = w[m - 1].plus(1);
      }
      break;
    }
    case "ideal": {
      const awal = num(p.awal, IDEAL_DEFAULTS.awal);
      const puncak = num(p.puncak, IDEAL_DEFAULTS.puncak);
      const akhir = num(p.akhir, IDEAL_DEFAULTS.akhir);
      const peak = p.bulanPuncak ?? IDEAL_DEFAULTS.bulanPuncak;
      if ([awal, puncak, akhir].some((d) => d === null || d.isNegative()))
        problems.push("Profil ideal: tingkat awal, puncak dan akhir harus angka tidak negatif");
      if (!Number.isInteger(peak) || peak < 4 || peak > 9)
        problems.push(`Profil ideal: bulan puncak harus 4 sampai 9, bukan ${String(peak)}`);
      if (problems.length) break;
      // Levels times (peak - 3), so the linear rise needs no division.
      const d = peak - 3;
      for (let m = 1; m <= MONTH_COUNT; m++) {
        let level: Decimal;
        if (m <= 3) level = awal!.times(d);
        else if (m < peak) level = awal!.times(d).plus(puncak!.minus(awal!).times(m - 3));
        else if (m <= 9) level = puncak!.times(d);
        else level = akhir!.times(d);
        w[m - 1] = level;
      }
      if (sum(w).isZero()) problems.push("Profil ideal: semua tingkat nol");
      break;
    }
    case "jadwal": {
      if (!checkMonths(p.bulan, "Profil jadwal", problems)) break;
      const b = checkWeights(p.bobot, p.bulan.length, "Profil jadwal", problems);
      p.bulan.forEach((m, i) => (w[m - 1] = b[i] ?? ZERO));
      break;
    }
    case "termin": {
      const um = pct(p.uangMukaPersen, "Profil termin: uang muka", problems);
      const ret = pct(p.retensiPersen, "Profil termin: retensi", problems);
      if (!checkMonths(p.bulanTermin, "Profil termin", problems)) break;
      if (um.plus(ret).greaterThan(HUNDRED)) problems.push("Profil termin: uang muka + retensi melebihi 100%");
      const b = checkWeights(p.bobotTermin, p.bulanTermin.length, "Profil termin", problems);
      const first = Math.min(...p.bulanTermin);
      const mUm = p.bulanUangMuka ?? Math.max(1, first - 1);
      const mRet = p.bulanRetensi ?? 12;
      if (!isMonth(mUm)) problems.push(`Profil termin: bulan uang muka tidak sah (${String(mUm)})`);
      if (!isMonth(mRet)) problems.push(`Profil termin: bulan retensi tidak sah (${String(mRet)})`);
      if (problems.length) break;
      // Everything times the sum of the termin weights, so the termin split needs no division.
      const rest = HUNDRED.minus(um).minus(ret);
      const bsum = sum(b);
      p.bulanTermin.forEach((m, i) => (w[m - 1] = w[m - 1].plus(rest.times(b[i]))));
      w[mUm - 1] = w[mUm - 1].plus(um.times(bsum));
      w[mRet - 1] = w[mRet - 1].plus(ret.times(bsum));
      break;
    }
    case "manual": {
      const b = checkWeights(p.bobot, MONTH_COUNT, "Profil manual", problems);
      b.forEach((d, i) => (w[i] = d));
      break;
    }
    default:
      problems.push(`Profil tidak dikenal: ${String((p as { kind?: unknown }).kind)}`);
  }
  return { weights: problems.length ? w : wholeWeights(w), problems };
}

/** Scales weights to whole numbers (ratios unchanged): exact integer allocation downstream. */
function wholeWeights(w: Decimal[]): Decimal[] {
  const places = Math.max(0, ...w.map((d) => d.decimalPlaces()));
  if (places === 0) return w;
  const scale = new Decimal(10).pow(places);
  return w.map((d) => d.times(scale));
}

/** Indonesian problems with a profile; empty when it is usable. */
export function validateProfile(p: Profile): string[] {
  return compute(p).problems;
}

/** Twelve non-negative whole-number weights (only their ratios matter), not all zero. Throws TelaahInputError (code PROFIL) for a bad profile. */
export function profileWeights(p: Profile): Decimal[] {
  const { weights, problems } = compute(p);
  if (problems.length) throw new TelaahInputError(problems.join("; "), "PROFIL");
  return weights;
}

/** Short Indonesian description for reports ("ideal (6/12/Jun/4)", "jadwal Mar–Mei"). */
export function describeProfile(p: Profile): string {
  switch (p.kind) {
    case "flat": {
      const g = p.bulanGaji13 === undefined ? FLAT_DEFAULTS.bulanGaji13 : p.bulanGaji13;
      const t = p.bulanThr === undefined ? FLAT_DEFAULTS.bulanThr : p.bulanThr;
      return `rata (gaji ke-13: ${g ?? "-"}, THR: ${t ?? "-"})`;
    }
    case "ideal":
      return `ideal tiga fase (awal ${p.awal ?? IDEAL_DEFAULTS.awal}, puncak ${p.puncak ?? IDEAL_DEFAULTS.puncak} mulai bulan ${p.bulanPuncak ?? IDEAL_DEFAULTS.bulanPuncak}, akhir ${p.akhir ?? IDEAL_DEFAULTS.akhir})`;
    case "jadwal":
      return `jadwal bulan ${p.bulan.join(", ")}${p.bobot ? ` (bobot ${p.bobot.join("/")})` : ""}`;
    case "termin":
      return `termin bulan ${p.bulanTermin.join(", ")}, uang muka ${p.uangMukaPersen ?? 0}%, retensi ${p.retensiPersen ?? 0}%`;
    case "manual":
      return "manual (bobot per bulan)";
  }
}
