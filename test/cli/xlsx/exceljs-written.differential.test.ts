/**
 * Workbooks written by ExcelJS, read by both readers: the fast reader must give ExcelJS's snapshot for
 * every one (declining is a failure here, except for the cases EXCELJS_MAY_DECLINE names).
 */
import { expectSame, expectSameOrDeclined } from "./differential";
import { EXCELJS_MAY_DECLINE, EXCELJS_VARIANTS, excelJsBytes } from "./xlsx-variants";

describe("fast reader on workbooks written by ExcelJS", () => {
  it.each(EXCELJS_VARIANTS.filter((v) => !EXCELJS_MAY_DECLINE[v.name]).map((v) => [v.name, v] as const))(
    "reads %s exactly as ExcelJS does",
    async (name, variant) => {
      await expectSame(await excelJsBytes(variant), name);
    }
  );

  it.each(Object.entries(EXCELJS_MAY_DECLINE))("reads %s as ExcelJS does or declines it (%s)", async (name) => {
    const variant = EXCELJS_VARIANTS.find((v) => v.name === name);
    expect(variant).toBeDefined();
    await expectSameOrDeclined(await excelJsBytes(variant!), name);
  });
});
