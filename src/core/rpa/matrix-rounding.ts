import { TelaahError } from "../errors";
import { Decimal, ZERO, sum } from "../money";
import { solveTransport } from "./transport";

/**
 * Splits column totals among rows in proportion to the row totals, in whole rupiah, so that every row
 * sums exactly to its total AND every column to its own (a controlled rounding of the rank-one matrix
 * X[i][j] = row[i] x col[j] / P, P = sum of rows = sum of columns).
 *
 * 1. Floor every cell: q = floor(row x col / P), computed on integers, and keep the remainder
 *    (row x col mod P, the fraction's numerator over the common denominator P).
 * 2. Each row and each column is short by a whole number of rupiah (the sum of its fractions).
 * 3. Give those rupiah back one per cell, only to cells with a fraction (so every cell ends at the
 *    floor or the ceiling of its exact value, hence never negative and within Rp1 of proportional),
 *    rows and columns exact: an integer transportation problem (see transport.ts), always solvable
 *    because the exact fractional matrix itself is a solution.
 */
export function splitProportionally(rowTotals: readonly Decimal[], colTotals: readonly Decimal[]): Decimal[][] {
  const n = rowTotals.length;
  const m = colTotals.length;
  for (const v of [...rowTotals, ...colTotals]) {
    if (!v.isInteger() || v.isNegative())
      throw new TelaahError("splitProportionally: totals must be whole, non-negative rupiah", "RPA_MATRIX");
  }
  const P = sum(rowTotals);
  if (!P.equals(sum(colTotals)))
    throw new TelaahError("splitProportionally: row and column totals differ", "RPA_MATRIX");
  if (P.isZero()) return rowTotals.map(() => colTotals.map(() => ZERO));

  const floors: Decimal[][] = [];
  const cap = new Int32Array(n * m);
  const priority = new Float64Array(n * m);
  const supply = new Int32Array(n);
  const demand = new Int32Array(m);
  const colFloor = colTotals.map(() => ZERO);
  const pNum = P.toNumber();
  for (let i = 0; i < n; i++) {
    const row: Decimal[] = new Array(m);
    let rowFloor = ZERO;
    const r = rowTotals[i];
    for (let j = 0; j < m; j++) {
      const c = colTotals[j];
      if (r.isZero() || c.isZero()) {
        row[j] = ZERO;
        continue;
      }
      const prod = r.times(c);
      const q = prod.divToInt(P);
      const rem = prod.minus(q.times(P));
      row[j] = q;
      rowFloor = rowFloor.plus(q);
      colFloor[j] = colFloor[j].plus(q);
      if (!rem.isZero()) {
        cap[i * m + j] = 1;
        priority[i * m + j] = rem.toNumber() / pNum; // ordering only
      }
    }
    floors.push(row);
    supply[i] = r.minus(rowFloor).toNumber();
  }
  for (let j = 0; j < m; j++) demand[j] = colTotals[j].minus(colFloor[j]).toNumber();

  const flow = solveTransport({ rows: n, cols: m, supply, demand, cap, priority });
  if (!flow) throw new TelaahError("splitProportionally: no exact rounding found (internal error)", "RPA_MATRIX");
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) if (flow[i * m + j]) floors[i][j] = floors[i][j].plus(flow[i * m + j]);
  }
  return floors;
}
