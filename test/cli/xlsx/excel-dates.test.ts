import fc from "fast-check";
import { excelDateText, isDateFormat } from "../../../src/cli/xlsx/excel-dates";

const utils = require("exceljs/lib/utils/utils") as {
  isDateFmt(f: string): boolean;
  excelToDate(v: number, date1904: boolean): Date;
};

describe("Excel dates", () => {
  it("calls a format a date format exactly when ExcelJS does", () => {
    const formats = [
      "General",
      "#,##0",
      '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
      "[$-421]dd mmmm yyyy",
      "dd/mm/yyyy",
      "#,##0;[Red]-#,##0",
      '"Rp"#,##0',
      "0.00 m",
      "h:mm AM/PM",
      "@",
      "[h]:mm:ss",
    ];
    for (const f of formats) expect(isDateFormat(f)).toBe(utils.isDateFmt(f));
    fc.assert(
      fc.property(fc.stringMatching(/^[#0.,;"\-_ @[\]$a-zA-Z/:%]{0,16}$/), (f) => {
        expect(isDateFormat(f)).toBe(utils.isDateFmt(f));
      }),
      { numRuns: 2000 }
    );
  });

  it("turns serials into ISO dates as ExcelJS's Date would read, in both date systems", () => {
    expect(excelDateText(45658, false)).toBe("2025-01-01");
    expect(excelDateText(44196, true)).toBe("2025-01-01");
    fc.assert(
      fc.property(fc.double({ min: -700000, max: 2900000, noNaN: true }), fc.boolean(), (v, d1904) => {
        expect(excelDateText(v, d1904)).toBe(utils.excelToDate(v, d1904).toISOString().slice(0, 10));
      })
    );
  });

  it("gives no date for what is no date, where ExcelJS makes an Invalid Date", () => {
    expect(excelDateText(Number.NaN, false)).toBeNull();
    expect(excelDateText(1e20, false)).toBeNull();
  });
});
