/**
 * Workbooks written by ExcelJS, read by both readers: the fast reader must give ExcelJS's snapshot for
 * every one (declining is a failure here, except for the cases EXCELJS_MAY_DECLINE names).
 */
import { expectSame, expectSameOrDeclined } from "./differential";
import { EXCELJS_MAY_DECLINE, EXCELJS_SHEET_VARIANTS } from "./xlsx-sheet-variants";
import { EXCELJS_VALUE_VARIANTS, excelJsBytes } from "./xlsx-variants";

const VARIANTS = [...EXCELJS_VALUE_VARIANTS, ...EXCELJS_SHEET_VARIANTS];

describe("fast reader on workbooks written by ExcelJS", () => {
  for (const variant of VARIANTS)
    if (EXCELJS_MAY_DECLINE[variant.name])
      it(`reads ${variant.name} as ExcelJS does, or declines it (${EXCELJS_MAY_DECLINE[variant.name]})`, async () => {
        await expectSameOrDeclined(await excelJsBytes(variant), variant.name);
      });
    else
      it(`reads ${variant.name} exactly as ExcelJS does`, async () => {
        await expectSame(await excelJsBytes(variant), variant.name);
      });

  it("has a variant for every name EXCELJS_MAY_DECLINE lists", () => {
    const names = VARIANTS.map((v) => v.name);
    expect(Object.keys(EXCELJS_MAY_DECLINE).filter((n) => !names.includes(n))).toEqual([]);
  });
});
