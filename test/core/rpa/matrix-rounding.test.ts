import fc from "fast-check";
import { Decimal, distribute } from "../../../src/core/money";
import { splitProportionally } from "../../../src/core/rpa";
import { solveTransport } from "../../../src/core/rpa/transport";
import { sumOf } from "./arbitraries";

const d = (v: number | string | bigint) => new Decimal(v.toString());

/** Random row totals and column totals with the same sum. */
const problem = fc
  .tuple(
    fc.array(fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(12) }), { minLength: 1, maxLength: 40 }),
    fc.array(fc.nat(100), { minLength: 1, maxLength: 13 })
  )
  .map(([rows, colWeights]) => {
    const r = rows.map(d);
    const P = sumOf(r);
    const w = colWeights.some((x) => x > 0) ? colWeights.map((x) => d(x)) : colWeights.map(() => d(1));
    return { rows: r, cols: distribute(P, w) };
  });

describe("splitProportionally (controlled rounding of the propagation matrix)", () => {
  test("property: rows and columns exact, every cell the floor or ceiling of its proportional value", () => {
    fc.assert(
      fc.property(problem, ({ rows, cols }) => {
        const P = sumOf(rows);
        const m = splitProportionally(rows, cols);
        m.forEach((row, i) => expect(sumOf(row).equals(rows[i])).toBe(true));
        cols.forEach((c, j) => expect(sumOf(m.map((row) => row[j])).equals(c)).toBe(true));
        if (P.isZero()) return;
        m.forEach((row, i) =>
          row.forEach((v, j) => {
            const exact = rows[i].times(cols[j]).div(P);
            expect(v.greaterThanOrEqualTo(exact.floor()) && v.lessThanOrEqualTo(exact.ceil())).toBe(true);
          })
        );
      }),
      { numRuns: 150 }
    );
  });

  test("many small rows against a few columns (most cells fractional) stay exact", () => {
    const rows = Array.from({ length: 500 }, (_, i) => d(7 + (i % 13)));
    const P = sumOf(rows);
    const cols = distribute(
      P,
      [1, 2, 3, 5, 7, 11, 13, 0, 0, 2, 1, 1].map((x) => d(x))
    );
    const m = splitProportionally(rows, cols);
    m.forEach((row, i) => expect(sumOf(row).equals(rows[i])).toBe(true));
    cols.forEach((c, j) => expect(sumOf(m.map((row) => row[j])).equals(c)).toBe(true));
  });

  test("rejects totals that disagree or are not whole", () => {
    expect(() => splitProportionally([d(10)], [d(9)])).toThrow();
    expect(() => splitProportionally([d("10.5")], [d("10.5")])).toThrow();
  });

  test("the transport solver needs its augmenting paths when the greedy pass blocks itself", () => {
    // Row 0 may use both columns, row 1 only column 0; the greedy pass serves column 0 from row 0 first.
    const flow = solveTransport({
      rows: 2,
      cols: 2,
      supply: [1, 1],
      demand: [1, 1],
      cap: Int32Array.from([1, 1, 1, 0]),
      priority: Float64Array.from([0.9, 0.1, 0.5, 0]),
    });
    expect(Array.from(flow!)).toEqual([0, 1, 1, 0]);
    expect(solveTransport({ rows: 1, cols: 2, supply: [2], demand: [1, 1], cap: Int32Array.from([1, 0]) })).toBeNull();
  });
});
