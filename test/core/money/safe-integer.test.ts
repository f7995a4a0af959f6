import fc from "fast-check";
import { Decimal } from "../../../src/core/money/decimal";
import { addSafe, toSafeInteger } from "../../../src/core/money/safe-integer";

/** The definition: a whole number within ±MAX_SAFE_INTEGER, as a number. */
function expected(d: Decimal): number | undefined {
  if (!d.isFinite() || !d.isInteger() || d.abs().greaterThan(Number.MAX_SAFE_INTEGER)) return undefined;
  return d.toNumber();
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

describe("toSafeInteger", () => {
  it.each([
    ["0", 0],
    ["-0", -0],
    ["1", 1],
    ["10000000", 10000000],
    ["12345678", 12345678],
    ["1650000", 1650000],
    ["9007199254740991", 9007199254740991],
    ["-9007199254740991", -9007199254740991],
    ["9007199254740992", undefined],
    ["10000000000000000", undefined],
    ["1.5", undefined],
    ["0.0000001", undefined],
    ["12345678.0000001", undefined],
    ["NaN", undefined],
    ["Infinity", undefined],
  ])("%s", (text, want) => {
    expect(toSafeInteger(new Decimal(text))).toBe(want);
  });

  it("agrees with the definition on integers around 2^53 and every power of ten", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -4n * MAX, max: 4n * MAX }), (n) => {
        const d = new Decimal(n.toString());
        expect(toSafeInteger(d)).toBe(expected(d));
      }),
      { numRuns: 2000 }
    );
    for (let k = 0; k <= 20; k++) {
      const d = new Decimal(`1e${k}`);
      expect(toSafeInteger(d)).toBe(expected(d));
    }
  });

  it("agrees with the definition on fractions and results of arithmetic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 1e7 }),
        (m, scale, f) => {
          const d = new Decimal(m).dividedBy(new Decimal(10).pow(scale)).times(f);
          expect(toSafeInteger(d)).toBe(expected(d));
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe("addSafe", () => {
  it("adds safe integers exactly and gives NaN past 2^53 or from NaN", () => {
    expect(addSafe(1, 2)).toBe(3);
    expect(addSafe(Number.MAX_SAFE_INTEGER, 1)).toBeNaN();
    expect(addSafe(NaN, 1)).toBeNaN();
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        const exact = BigInt(a) + BigInt(b);
        const got = addSafe(a, b);
        if (exact > MAX || exact < -MAX) expect(got).toBeNaN();
        else expect(got).toBe(Number(exact));
      })
    );
  });
});
