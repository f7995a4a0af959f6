import fc from "fast-check";
import type { Rule } from "../../../src/core/rules/rule";
import type { CellValue } from "../../../src/core/sheet/snapshot";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";
import { runRule } from "../../helpers/rule-tester";

/**
 * ARITH-JUMLAH and ARITH-TOTAL compare whole rupiah as plain integers. Their findings must be exactly
 * those of the Decimal-only comparison, which is what the rules do when toSafeInteger never answers.
 */
function loadRules(fast: boolean): { jumlah: Rule; total: Rule } {
  let rules!: { jumlah: Rule; total: Rule };
  jest.isolateModules(() => {
    if (!fast)
      jest.doMock("../../../src/core/money/safe-integer", () => ({
        toSafeInteger: () => undefined,
        addSafe: () => NaN,
      }));
    rules = {
      jumlah: require("../../../src/core/rules/arith/arith-jumlah").arithJumlah,
      total: require("../../../src/core/rules/arith/arith-total").arithTotal,
    };
  });
  jest.dontMock("../../../src/core/money/safe-integer");
  return rules;
}

const fastRules = loadRules(true);
const decimalRules = loadRules(false);

const BIG = 2 ** 53;
// Amounts: mostly whole rupiah, some fractions, some at and beyond 2^53, some text numbers and blanks.
const amount: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }).map((d) => BIG + d * 2) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999_999 }).map((n) => `${n}`) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 0, -0, 1e20) }
);
const offset = fc.constantFrom<number | null>(0, 0, 1, -1, null);
const detail = fc.tuple(amount, amount, offset, amount).map(([vol, harga, off, other]) => {
  // Most lines are right or a rupiah off by construction, so both fast-path branches are taken often.
  const jumlah =
    off !== null && typeof vol === "number" && typeof harga === "number" ? vol * harga + off : (other as CellValue);
  return [null, "- rincian", vol, "OK", harga, jumlah] as CellValue[];
});
const akun = fc.tuple(fc.array(detail, { minLength: 1, maxLength: 5 }), fc.boolean(), amount);
const komponen = fc.tuple(fc.array(akun, { minLength: 1, maxLength: 3 }), fc.boolean(), amount);

function sum(values: CellValue[]): CellValue {
  return values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
}

function buildSheet(komponens: [[CellValue[][], boolean, CellValue][], boolean, CellValue][]) {
  const rows: CellValue[][] = [RKAKL_HEADER];
  komponens.forEach(([akuns, right, wrong], k) => {
    const akunRows = akuns.map(([details, akunRight, akunWrong], a) => {
      const total = akunRight ? sum(details.map((d) => d[5])) : akunWrong;
      return [[`     52${1211 + a}`, "Belanja", 0, null, 0, total], ...details];
    });
    const total = right ? sum(akunRows.map((r) => r[0][5])) : wrong;
    rows.push([`   05${k}`, "Komponen", 0, null, 0, total]);
    for (const r of akunRows) rows.push(...r);
  });
  return sheetOf(rows);
}

describe("ARITH fast paths", () => {
  it("give the Decimal comparison's findings on random budgets", () => {
    fc.assert(
      fc.property(fc.array(komponen, { minLength: 1, maxLength: 3 }), (komponens) => {
        const sheet = buildSheet(komponens);
        for (const key of ["jumlah", "total"] as const) {
          const fast = runRule(fastRules[key], sheet);
          const slow = runRule(decimalRules[key], sheet);
          expect(fast).toEqual(slow);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("the Decimal-only copy really differs from the fast one (the mock took effect)", () => {
    expect(decimalRules.jumlah).not.toBe(fastRules.jumlah);
    // A wrong line is still found by both.
    const sheet = sheetOf([RKAKL_HEADER, ["     521211", "Belanja", 0, null, 0, 7], [null, "- x", 2, "OK", 3, 7]]);
    expect(runRule(fastRules.jumlah, sheet)).toHaveLength(1);
    expect(runRule(decimalRules.jumlah, sheet)).toHaveLength(1);
  });
});
