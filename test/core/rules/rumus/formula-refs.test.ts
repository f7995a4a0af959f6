import {
  covers,
  isAdditive,
  relativeForm,
  sameSheetRefs,
  shiftRows,
} from "../../../../src/core/rules/rumus/formula-refs";

describe("formula references", () => {
  it("reads cells, ranges and whole columns on the same sheet only", () => {
    expect(sameSheetRefs("=SUM(H7:H9)+$G$2-Data!A1+'Lembar 2'!B3")).toEqual([
      { top: 6, bottom: 8, left: 7, right: 7 },
      { top: 1, bottom: 1, left: 6, right: 6 },
    ]);
    expect(sameSheetRefs("=SUM(H:H)")[0]).toMatchObject({ left: 7, right: 7, top: 0 });
  });
  it("ignores references inside strings and function names that look like cells", () => {
    expect(sameSheetRefs('=IF(A1="B2",LOG10(C3),0)')).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 2, bottom: 2, left: 2, right: 2 },
    ]);
  });
  it("gives copies of one formula the same R1C1-relative form", () => {
    expect(relativeForm("=F7*G7", 6, 7)).toBe("=RC[-2]*RC[-1]");
    expect(relativeForm("=f8 * g8", 7, 7)).toBe("=RC[-2]*RC[-1]");
    expect(relativeForm("=F20*G19", 19, 7)).toBe("=RC[-2]*R[-1]C[-1]");
    expect(relativeForm("=F7*$G$2", 6, 7)).toBe("=RC[-2]*R2C7");
    expect(relativeForm("=10000", 6, 7)).toBeNull();
  });
  it("moves relative rows and keeps absolute ones", () => {
    expect(shiftRows("=F8*G8+$G$2+G$3", -1)).toBe("=F7*G7+$G$2+G$3");
    expect(shiftRows("=SUM(H7:H9)", 2)).toBe("=SUM(H9:H11)");
  });
  it("knows additive totals", () => {
    expect(isAdditive("=SUM(H7:H8)")).toBe(true);
    expect(isAdditive("=SUBTOTAL(9,H7:H8)")).toBe(true);
    expect(isAdditive("=H7+H8+H10")).toBe(true);
    expect(isAdditive("=F7*G7")).toBe(false);
    expect(isAdditive("=SUM(H7:H8)*1000")).toBe(false);
  });
  it("tests coverage by row and column", () => {
    const refs = sameSheetRefs("=SUM(H7:H8)");
    expect(covers(refs, 7, 7)).toBe(true);
    expect(covers(refs, 8, 7)).toBe(false);
    expect(covers(refs, 7, 6)).toBe(false);
  });
});
