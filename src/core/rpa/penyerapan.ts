import { Decimal, HUNDRED, ZERO, formatRupiah, sum } from "../money";
import { assumption, type Assumption } from "./assumption";
import { MONTH_COUNT, lastMonthOfTriwulan } from "./months";

/**
 * Quarterly penyerapan (absorption) against targets: cumulative realisation at the end of each
 * triwulan as a percentage of pagu, per jenis belanja. Default targets are UNVERIFIED (DOMAIN.md:
 * from a public IKPA simulator, not the regulation); callers pass their own.
 */
export type TargetTriwulan = readonly [number, number, number, number];

export const PENYERAPAN_TARGETS_DEFAULT: Readonly<Record<string, TargetTriwulan>> = {
  "51": [20, 50, 75, 95],
  "52": [15, 50, 70, 90],
  "53": [10, 40, 70, 90],
  "57": [25, 50, 75, 95],
};

export interface PenyerapanTriwulan {
  jenisBelanja: string;
  triwulan: number;
  kumulatif: Decimal;
  pagu: Decimal;
  /** Percent of pagu; null when the pagu is zero. */
  persen: Decimal | null;
  target: Decimal | null;
  tercapai: boolean | null;
  formula: string;
}

export interface PenyerapanResult {
  rows: PenyerapanTriwulan[];
  assumptions: Assumption[];
}

const f2 = (v: Decimal) => formatRupiah(v.toDecimalPlaces(2), false);

/** Only triwulan whose last month is within `upToMonth` (default: the last month with any realisation) are assessed. */
export function penyerapanTriwulan(
  pagu: Readonly<Record<string, Decimal>>,
  realisasi: Readonly<Record<string, readonly (Decimal | null)[]>>,
  targets: Readonly<Record<string, TargetTriwulan>> = PENYERAPAN_TARGETS_DEFAULT,
  upToMonth?: number
): PenyerapanResult {
  let last = upToMonth ?? 0;
  if (upToMonth === undefined) {
    for (const s of Object.values(realisasi))
      for (let i = 0; i < MONTH_COUNT; i++) if (s[i] != null && !s[i]!.isZero()) last = Math.max(last, i + 1);
  }
  const rows: PenyerapanTriwulan[] = [];
  for (const jb of Object.keys(pagu).sort()) {
    const p = pagu[jb];
    for (let tw = 1; tw <= 4; tw++) {
      const end = lastMonthOfTriwulan(tw);
      if (end > last) break;
      const kumulatif = sum((realisasi[jb] ?? []).slice(0, end).map((v) => v ?? ZERO));
      const persen = p.isZero() ? null : kumulatif.times(HUNDRED).div(p);
      const t = targets[jb]?.[tw - 1];
      const target = t === undefined ? null : new Decimal(t);
      const tercapai = persen === null || target === null ? null : persen.greaterThanOrEqualTo(target);
      const formula =
        persen === null
          ? `pagu ${jb} = 0`
          : `${f2(kumulatif)} / ${f2(p)} x 100 = ${f2(persen)}%${target ? ` (target ${target.toFixed()}%: ${tercapai ? "tercapai" : "belum tercapai"})` : ""}`;
      rows.push({ jenisBelanja: jb, triwulan: tw, kumulatif, pagu: p, persen, target, tercapai, formula });
    }
  }
  const isDefault = targets === PENYERAPAN_TARGETS_DEFAULT;
  const assumptions = [
    assumption("Penyerapan = realisasi kumulatif s.d. akhir triwulan / pagu x 100, per jenis belanja."),
    isDefault
      ? assumption(
          "Target penyerapan triwulanan 51: 20/50/75/95%, 52: 15/50/70/90%, 53: 10/40/70/90%, 57: 25/50/75/95% (dari simulator publik, bukan peraturan).",
          true
        )
      : assumption("Target penyerapan triwulanan ditentukan pengguna."),
  ];
  return { rows, assumptions };
}
