/**
 * Random small workbooks written by ExcelJS (values of every kind, number formats, merges, hidden rows,
 * a filled-down formula, one or two sheets, either date system), read both ways: the fast reader must
 * give ExcelJS's snapshot, declining only where ExcelJS cannot read its own file back.
 */
import fc from "fast-check";
import { expectSameWhereExcelReads } from "./differential";
import { disjoint, grid, gridBytes } from "./random-grid";

describe("fast reader on random grids", () => {
  it("keeps only merges that do not overlap", () => {
    const a = { top: 1, left: 1, bottom: 2, right: 2 };
    const b = { top: 2, left: 2, bottom: 3, right: 3 };
    const c = { top: 3, left: 1, bottom: 3, right: 1 };
    expect(disjoint([a, b, c])).toEqual([a, c]);
  });

  it("reads every random grid as ExcelJS does", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (g) => {
        await expectSameWhereExcelReads(await gridBytes(g), "random grid");
      }),
      { numRuns: 120 }
    );
  }, 240_000);
});
