/**
 * Hand-written packages that mimic other writers. The ordinary ones must be read exactly as ExcelJS
 * reads them; the odd and broken ones may be declined, each for the reason it states, but never read
 * differently, and never read through where ExcelJS fails.
 * FAST_XLSX_REPORT=1 prints what the fast reader did with each odd case.
 */
import { expectSame, expectSameOrDeclined, type Outcome } from "./differential";
import { itUnlessKnown, READ_WHERE_EXCELJS_FAILS } from "./known-differences";
import { COMMON_RAW_VARIANTS } from "./raw-common-variants";
import { ODD_PACKAGE_VARIANTS } from "./raw-odd-packages";
import { ODD_RAW_VARIANTS } from "./raw-odd-variants";
import { SHEET_RAW_VARIANTS } from "./raw-sheet-variants";
import { XML_FAULT_VARIANTS } from "./raw-xml-faults";

describe("fast reader on workbooks from other writers", () => {
  for (const variant of [...COMMON_RAW_VARIANTS, ...SHEET_RAW_VARIANTS])
    itUnlessKnown(variant.name)(`reads ${variant.name} exactly as ExcelJS does`, async () => {
      await expectSame(await variant.bytes(), variant.name);
    });
});

describe("fast reader on odd and broken workbooks", () => {
  const seen: [string, Outcome][] = [];
  afterAll(() => {
    if (process.env.FAST_XLSX_REPORT)
      process.stdout.write(
        seen.map(([n, o]) => `${n}: ${o.kind === "same" ? "same" : o.reasons.join("; ")}\n`).join("")
      );
  });

  for (const variant of [...ODD_RAW_VARIANTS, ...ODD_PACKAGE_VARIANTS, ...XML_FAULT_VARIANTS])
    itUnlessKnown(variant.name)(`reads ${variant.name} as ExcelJS does, or declines it (${variant.why})`, async () => {
      const readAnyway = READ_WHERE_EXCELJS_FAILS.has(variant.name);
      seen.push([variant.name, await expectSameOrDeclined(await variant.bytes(), variant.name, undefined, readAnyway)]);
    });

  it("lists only existing cases as read where ExcelJS fails", () => {
    const names = new Set([...ODD_RAW_VARIANTS, ...ODD_PACKAGE_VARIANTS, ...XML_FAULT_VARIANTS].map((v) => v.name));
    expect([...READ_WHERE_EXCELJS_FAILS].filter((n) => !names.has(n))).toEqual([]);
  });

  it("names each case once", () => {
    const names = [...ODD_RAW_VARIANTS, ...ODD_PACKAGE_VARIANTS, ...XML_FAULT_VARIANTS].map((v) => v.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
