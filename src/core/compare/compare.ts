import type { BudgetTree, Level } from "../tree/types";
import { alignRows } from "./align";
import { commonFields, fieldSupport, indexTree, levelsOf } from "./index-tree";
import { DEFAULT_THRESHOLD, matchTrees } from "./match";
import { revisiFlags } from "./revisi-flags";
import { computeTotals } from "./totals";
import type { CompareOptions, ComparisonResult } from "./types";

/**
 * Compares a budget before (semula) and after (menjadi) a revisi, line by line. Pure: both trees come
 * from buildTree, whatever layout each sheet has.
 */
export function compareBudgets(
  semula: BudgetTree,
  menjadi: BudgetTree,
  options: CompareOptions = {}
): ComparisonResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold harus di antara 0 dan 1, bukan ${threshold}`);
  const la = levelsOf(semula);
  const lb = levelsOf(menjadi);
  const shared = new Set<Level>([...la].filter((l) => lb.has(l)));
  const fields = commonFields(fieldSupport(semula), fieldSupport(menjadi));
  const A = indexTree(semula, shared, fields);
  const B = indexTree(menjadi, shared, fields);
  const m = matchTrees(A, B, threshold);
  const aligned = alignRows(A, B, m);
  const totals = computeTotals(A, B, aligned);
  return {
    semula,
    menjadi,
    sharedLevels: [...shared],
    matchSemula: m.a,
    matchMenjadi: m.b,
    totalSemula: A.total,
    totalMenjadi: B.total,
    changes: aligned.flatMap((r) => (r.change ? [r.change] : [])),
    aligned,
    totals,
    flags: revisiFlags(totals),
  };
}
