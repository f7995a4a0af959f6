import { TelaahInputError } from "../../../src/core/errors";
import { checkMergeSizes, MAX_MERGED_CELLS, mergesInXml } from "../../../src/cli/xlsx/merge-guard";

describe("merge guard", () => {
  it("finds merges in worksheet XML, either quote, reversed corners and single cells included", () => {
    const xml = `<mergeCells count="3"><mergeCell ref="B2:C4"/><mergeCell  ref='F9:D7'/><mergeCell ref="H1"/></mergeCells>`;
    expect(mergesInXml(xml)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 },
      { top: 6, left: 3, bottom: 8, right: 5 },
      { top: 0, left: 7, bottom: 0, right: 7 },
    ]);
  });

  it("accepts merges up to the limit and refuses more, naming the sheet, in Indonesian", () => {
    const rows = MAX_MERGED_CELLS / 1000;
    expect(() => checkMergeSizes("RKA", [{ top: 0, left: 0, bottom: rows - 1, right: 999 }])).not.toThrow();
    const tooMany = [
      { top: 0, left: 0, bottom: rows - 1, right: 999 },
      { top: rows, left: 0, bottom: rows, right: 0 },
    ];
    expect(() => checkMergeSizes("RKA", tooMany)).toThrow(TelaahInputError);
    expect(() => checkMergeSizes("RKA", tooMany)).toThrow(
      /^Lembar "RKA" memuat sel gabungan yang terlalu luas \(1\.000\.001 sel/
    );
    expect(() => checkMergeSizes(undefined, [{ top: 0, left: 0, bottom: 1048575, right: 16383 }])).toThrow(
      /^Sebuah lembar .* 17\.179\.869\.184 sel/
    );
  });
});
