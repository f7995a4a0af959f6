import fc from "fast-check";
import { columnLetters, columnNumber, parseA1, slideFormula } from "../../../src/cli/xlsx/cell-refs";
import { FastReaderDeclined } from "../../../src/cli/xlsx/declined";
// ExcelJS's own implementation: the fast reader must write shared formulas exactly as ExcelJS does.

const excel = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(f: string, from: string, to: string): string;
};

const at = (a1: string) => {
  const p = { row: 0, col: 0 };
  if (!parseA1(a1, p)) throw new Error(a1);
  return p;
};

describe("cell references", () => {
  it("converts column numbers and letters both ways", () => {
    for (const [n, l] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [702, "ZZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ] as const) {
      expect(columnLetters(n)).toBe(l);
      expect(columnNumber(l)).toBe(n);
    }
  });

  it("parses plain A1 addresses and refuses everything else", () => {
    expect(at("F12")).toEqual({ row: 12, col: 6 });
    expect(at("XFD1048576")).toEqual({ row: 1048576, col: 16384 });
    const p = { row: 0, col: 0 };
    for (const bad of ["", "A", "12", "A0", "A01", "$A$1", "a1", "XFE1", "A1048577", "AAAA1", "A1:B2"])
      expect(parseA1(bad, p)).toBe(false);
    expect(parseA1('r="C7"', p, 3, 5)).toBe(true);
    expect(p).toEqual({ row: 7, col: 3 });
  });

  it("slides a shared formula into another cell as ExcelJS does", () => {
    expect(slideFormula("E9*C9", at("F9"), at("F12"))).toBe("E12*C12");
    expect(slideFormula("SUM($A$1:B2)+Sheet2!C3", at("A1"), at("C4"))).toBe("SUM($A$1:D5)+Sheet2!E6");
    expect(slideFormula("ROUND(A1,0)", at("B1"), at("B3"))).toBe("ROUND(A3,0)");
  });

  it("gives ExcelJS's text for random formulas and offsets", () => {
    const token = fc.oneof(
      fc.constantFrom("+", "-", "*", "/", ",", "(", ")", ":", "!", "$", " ", '"', "&", "^"),
      fc.constantFrom("SUM(", "ROUND(", "IF(", "Sheet1!", "'Rincian 2'!", "LOG10(", "ATAN2(", "T(", "A1B2"),
      fc
        .tuple(
          fc.boolean(),
          fc.constantFrom("A", "B", "Z", "AA", "XF", "XFD", "XFE", "ZZZ", "a", "bc"),
          fc.boolean(),
          fc.integer({ min: 1, max: 2000 })
        )
        .map(([c, l, r, n]) => `${c ? "$" : ""}${l}${r ? "$" : ""}${n}`),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.string({ maxLength: 4 })
    );
    const address = fc
      .tuple(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 1, max: 3000 }))
      .map(([c, r]) => `${columnLetters(c)}${r}`);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), address, address, (parts, from, to) => {
        const formula = parts.join("");
        let expected: string | Error;
        try {
          expected = excel.slideFormula(formula, from, to);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error)
          expect(() => slideFormula(formula, at(from), at(to))).toThrow(FastReaderDeclined);
        else expect(slideFormula(formula, at(from), at(to))).toBe(expected);
      }),
      { numRuns: 3000 }
    );
  });
});
