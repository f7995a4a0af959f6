import { TelaahInputError } from "../errors";
import { Decimal, HUNDRED, ZERO, formatRupiah, sum } from "../money";
import { assumption, type Assumption } from "./assumption";
import { MONTH_COUNT, NAMA_BULAN, isMonth } from "./months";

/**
 * IKPA indicator "Deviasi Halaman III DIPA" (DOMAIN.md; PER-5/PB/2024), every figure with its formula:
 * per month m and jenis belanja JB, dev = min(100, |realisasi - RPD| / RPD x 100), 100 when RPD = 0 and
 * realisasi > 0; the month's deviation is the average over JB weighted by each JB's share of pagu;
 * the indicator is the mean over the months assessed; score 100 when the mean <= 5, else 100 - mean.
 * RPD and realisation must be in the same unit (rupiah or ribuan); only ratios matter.
 */
export interface IkpaInput {
  /** Pagu per jenis belanja ("51", "52", ...): the weights. */
  pagu: Readonly<Record<string, Decimal>>;
  /** RPD per jenis belanja, 12 months (index 0 = January). */
  rpd: Readonly<Record<string, readonly (Decimal | null)[]>>;
  realisasi: Readonly<Record<string, readonly (Decimal | null)[]>>;
}

export interface IkpaOptions {
  /** Months assessed; default January up to the last month with any non-zero realisation. */
  bulan?: number[];
  /** Jenis belanja whose March is left out (UNVERIFIED exemption, e.g. ["51", "52"]); default none. */
  kecualikanMaret?: string[];
  /** Threshold under which the score is 100; default 5 (percent). */
  ambang?: number;
}

export interface IkpaJenisBelanja {
  jenisBelanja: string;
  rpd: Decimal;
  realisasi: Decimal;
  /** Percent, 0..100. */
  deviation: Decimal;
  /** Share of pagu among the jenis belanja counted this month, 0..1. */
  weight: Decimal;
  formula: string;
}

export interface IkpaMonth {
  month: number;
  deviation: Decimal;
  byJenisBelanja: IkpaJenisBelanja[];
  formula: string;
}

export interface IkpaResult {
  months: IkpaMonth[];
  /** Mean of the months' deviations (percent); null when no month was assessed. */
  averageDeviation: Decimal | null;
  score: Decimal | null;
  formula: { average: string; score: string };
  assumptions: Assumption[];
}

const f2 = (v: Decimal) => formatRupiah(v.toDecimalPlaces(2), false);

export function jenisBelanjaDeviation(rpd: Decimal, realisasi: Decimal): { deviation: Decimal; formula: string } {
  if (rpd.isZero()) {
    const deviation = realisasi.isZero() ? ZERO : HUNDRED;
    return { deviation, formula: `RPD = 0, realisasi = ${f2(realisasi)} -> deviasi ${deviation.toFixed()}` };
  }
  const raw = realisasi.minus(rpd).abs().times(HUNDRED).div(rpd.abs());
  const deviation = Decimal.min(HUNDRED, raw);
  return { deviation, formula: `min(100; |${f2(realisasi)} - ${f2(rpd)}| / ${f2(rpd)} x 100) = ${f2(deviation)}` };
}

function assessedMonths(input: IkpaInput, options: IkpaOptions): number[] {
  if (options.bulan) {
    const bad = options.bulan.filter((m) => !isMonth(m));
    if (bad.length) throw new TelaahInputError(`Bulan yang dinilai tidak sah: ${bad.join(", ")}`, "IKPA");
    return [...new Set(options.bulan)].sort((a, b) => a - b);
  }
  let last = 0;
  for (const series of Object.values(input.realisasi)) {
    for (let i = 0; i < MONTH_COUNT; i++) if (series[i] && !series[i]!.isZero()) last = Math.max(last, i + 1);
  }
  return Array.from({ length: last }, (_, i) => i + 1);
}

export function ikpaDeviasiHalamanIII(input: IkpaInput, options: IkpaOptions = {}): IkpaResult {
  const jbs = [
    ...new Set([...Object.keys(input.pagu), ...Object.keys(input.rpd), ...Object.keys(input.realisasi)]),
  ].sort();
  const paguOf = (jb: string) => input.pagu[jb] ?? ZERO;
  if (sum(jbs.map(paguOf)).lessThanOrEqualTo(0))
    throw new TelaahInputError("Pagu per jenis belanja kosong: bobot deviasi tidak dapat dihitung", "IKPA");
  const exemptMarch = new Set(options.kecualikanMaret ?? []);
  const threshold = new Decimal(options.ambang ?? 5);
  const months = assessedMonths(input, options);

  const out: IkpaMonth[] = months.map((m) => {
    const counted = jbs.filter((jb) => paguOf(jb).greaterThan(0) && !(m === 3 && exemptMarch.has(jb)));
    const totalPagu = sum(counted.map(paguOf));
    const byJenisBelanja = counted.map((jb): IkpaJenisBelanja => {
      const rpd = input.rpd[jb]?.[m - 1] ?? ZERO;
      const realisasi = input.realisasi[jb]?.[m - 1] ?? ZERO;
      const d = jenisBelanjaDeviation(rpd, realisasi);
      return {
        jenisBelanja: jb,
        rpd,
        realisasi,
        deviation: d.deviation,
        weight: paguOf(jb).div(totalPagu),
        formula: d.formula,
      };
    });
    const deviation = totalPagu.isZero() ? ZERO : sum(byJenisBelanja.map((j) => j.weight.times(j.deviation)));
    const terms = byJenisBelanja
      .map((j) => `${f2(j.weight.times(100))}% x ${f2(j.deviation)} (${j.jenisBelanja})`)
      .join(" + ");
    return {
      month: m,
      deviation,
      byJenisBelanja,
      formula: `deviasi ${NAMA_BULAN[m - 1]} = ${terms || "0"} = ${f2(deviation)}`,
    };
  });

  const averageDeviation = out.length ? sum(out.map((m) => m.deviation)).div(out.length) : null;
  const score =
    averageDeviation === null
      ? null
      : averageDeviation.lessThanOrEqualTo(threshold)
        ? HUNDRED
        : HUNDRED.minus(averageDeviation);
  const average =
    averageDeviation === null
      ? "tidak ada bulan yang dinilai"
      : `rata-rata = (${out.map((m) => f2(m.deviation)).join(" + ")}) / ${out.length} = ${f2(averageDeviation)}`;
  const scoreFormula =
    averageDeviation === null || score === null
      ? "nilai tidak dapat dihitung"
      : averageDeviation.lessThanOrEqualTo(threshold)
        ? `rata-rata ${f2(averageDeviation)} <= ${threshold.toFixed()} -> nilai 100`
        : `nilai = 100 - ${f2(averageDeviation)} = ${f2(score)}`;

  return {
    months: out,
    averageDeviation,
    score,
    formula: { average, score: scoreFormula },
    assumptions: ikpaAssumptions(options, months, jbs, paguOf),
  };
}

function ikpaAssumptions(
  options: IkpaOptions,
  months: number[],
  jbs: string[],
  paguOf: (jb: string) => Decimal
): Assumption[] {
  const a: Assumption[] = [
    assumption(
      "Deviasi per jenis belanja = min(100; |realisasi - RPD| / RPD x 100); RPD = 0 dengan realisasi > 0 dihitung 100 (PER-5/PB/2024, DOMAIN.md)."
    ),
    assumption("Deviasi bulanan = rata-rata deviasi jenis belanja tertimbang porsi pagu masing-masing jenis belanja."),
    assumption("RPD = 0 dan realisasi = 0 dihitung deviasi 0.", true),
    assumption(
      `Nilai = 100 bila rata-rata deviasi <= ${options.ambang ?? 5}%, selain itu 100 - rata-rata deviasi (besar pengurang di atas ambang belum dipastikan).`,
      true
    ),
    assumption(
      "RPD yang dibandingkan adalah RPD pada lembar rencana; IKPA memakai RPD Halaman III yang dikunci pada awal triwulan (pemutakhiran paling lambat hari kerja ke-10 Februari, April, Juli, Oktober)."
    ),
    assumption("RPD dan realisasi dianggap dalam satuan yang sama (rupiah atau ribuan rupiah)."),
  ];
  if (options.bulan) a.push(assumption(`Bulan yang dinilai ditentukan pengguna: ${months.join(", ")}.`));
  else
    a.push(
      assumption(
        `Bulan yang dinilai: Januari sampai bulan terakhir yang memiliki realisasi (${months.length ? NAMA_BULAN[months.length - 1] : "tidak ada"}); jendela Januari–November tidak diterapkan.`,
        true
      )
    );
  if (options.kecualikanMaret?.length)
    a.push(assumption(`Bulan Maret tidak dinilai untuk jenis belanja ${options.kecualikanMaret.join(", ")}.`, true));
  else a.push(assumption("Pengecualian bulan Maret untuk belanja 51/52 tidak diterapkan.", true));
  const noPagu = jbs.filter((jb) => !paguOf(jb).greaterThan(0));
  if (noPagu.length) a.push(assumption(`Jenis belanja tanpa pagu (${noPagu.join(", ")}) tidak ikut dinilai.`));
  return a;
}
