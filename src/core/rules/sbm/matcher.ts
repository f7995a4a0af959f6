/**
 * Reads a detail line as one standar biaya item, or as none. Precision first: a line that names two
 * kinds of cost, is priced per package, or points at a place that cannot be placed stays unmatched
 * (a wrong match would give a false error; an unmatched line is only counted).
 */
import type { BudgetRow } from "../../tree/types";
import { matchHonor, matchKonsumsi, matchPaketRapat, matchUangSaku } from "./match-meeting";
import type { MatchEnv, SbmMatch } from "./match-types";
import {
  matchPenginapan,
  matchRepresentasi,
  matchTaksi,
  matchTiket,
  matchTransport,
  matchUangHarian,
} from "./match-travel";
import { costKinds, hasAny, normalizeUraian } from "./text";

export function matchSbm(row: BudgetRow, env: MatchEnv): SbmMatch | null {
  if (row.level !== "detil" || !row.uraian) return null;
  const t = normalizeUraian(row.uraian);
  const kinds = costKinds(t);
  if (kinds.length !== 1) return null;
  switch (kinds[0]) {
    case "uang-harian":
      // "Uang harian fullboard" is the meeting's uang saku, not travel uang harian.
      return hasAny(t, ["fullboard", "fullday", "halfday"]) ? matchUangSaku(row, t, env) : matchUangHarian(row, t, env);
    case "uang-saku":
      return matchUangSaku(row, t, env);
    case "penginapan":
      return matchPenginapan(row, t, env);
    case "taksi":
      return matchTaksi(row, t, env);
    case "tiket":
      return matchTiket(row, t, env);
    case "transport":
      return matchTransport(row, t, env);
    case "konsumsi":
      return matchKonsumsi(row, t, env);
    case "representasi":
      return matchRepresentasi(row, t, env);
    case "paket-rapat":
      return matchPaketRapat(row, t, env);
    case "honor":
      return matchHonor(row, t, env);
  }
}
