import { Decimal, HUNDRED, ZERO, distribute } from "../money";
import { monthly } from "./months";
import { profileWeights, type Profile } from "./profile";

/**
 * The three deviations of the DJPb RPA guide, per month of one line (signed rupiah, so A = B + C):
 * A = realisasi - ideal, B = rencana - ideal, C = realisasi - rencana. Each also as a percentage of
 * its reference (ideal for A and B, rencana for C; null when the reference is zero), monthly and
 * cumulative.
 */
export interface DeviationFigure {
  rupiah: Decimal;
  /** rupiah / reference x 100; null when the reference is zero. */
  percent: Decimal | null;
  formula: string;
}

export interface MonthDeviationABC {
  month: number;
  ideal: Decimal;
  rencana: Decimal;
  realisasi: Decimal | null;
  /** null while the month has no realisation. */
  A: DeviationFigure | null;
  B: DeviationFigure;
  C: DeviationFigure | null;
  cumulative: {
    ideal: Decimal;
    rencana: Decimal;
    realisasi: Decimal | null;
    A: DeviationFigure | null;
    B: DeviationFigure;
    C: DeviationFigure | null;
  };
}

/** The line's ideal plan: its pagu split by the ideal profile of its jenis belanja, exactly. */
export function idealPlan(pagu: Decimal, profile: Profile): Decimal[] {
  return distribute(pagu, profileWeights(profile));
}

function figure(name: string, value: Decimal, minus: Decimal, vName: string, mName: string): DeviationFigure {
  const rupiah = value.minus(minus);
  const percent = minus.isZero() ? null : rupiah.times(HUNDRED).div(minus);
  return {
    rupiah,
    percent,
    formula: `${name} = ${vName} - ${mName} = ${value.toFixed()} - ${minus.toFixed()} = ${rupiah.toFixed()}`,
  };
}

export function lineDeviation(
  ideal: readonly Decimal[],
  rencana: readonly Decimal[],
  realisasi: readonly (Decimal | null)[]
): MonthDeviationABC[] {
  let ci = ZERO;
  let cr = ZERO;
  let cz = ZERO;
  let realisedSoFar = true;
  return monthly((m) => {
    const i = m - 1;
    const real = realisasi[i] ?? null;
    ci = ci.plus(ideal[i]);
    cr = cr.plus(rencana[i]);
    if (real === null) realisedSoFar = false;
    else cz = cz.plus(real);
    const cumReal = realisedSoFar ? cz : null;
    return {
      month: m,
      ideal: ideal[i],
      rencana: rencana[i],
      realisasi: real,
      A: real === null ? null : figure("A", real, ideal[i], "realisasi", "ideal"),
      B: figure("B", rencana[i], ideal[i], "rencana", "ideal"),
      C: real === null ? null : figure("C", real, rencana[i], "realisasi", "rencana"),
      cumulative: {
        ideal: ci,
        rencana: cr,
        realisasi: cumReal,
        A:
          cumReal === null
            ? null
            : figure("A kumulatif", cumReal, ci, "realisasi s.d. bulan ini", "ideal s.d. bulan ini"),
        B: figure("B kumulatif", cr, ci, "rencana s.d. bulan ini", "ideal s.d. bulan ini"),
        C:
          cumReal === null
            ? null
            : figure("C kumulatif", cumReal, cr, "realisasi s.d. bulan ini", "rencana s.d. bulan ini"),
      },
    };
  });
}
