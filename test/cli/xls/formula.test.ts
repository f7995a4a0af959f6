import fs from "fs";
import path from "path";
import { formulaText, sheetPrefix, type FormulaContext } from "../../../src/cli/xls/formula";
import { openLegacyWorkbook } from "../../../src/cli/xls/legacy-workbook";
import { ptg, writeXls, type XlsSheet } from "../../helpers/xls-writer";

const PAGU_XLS = path.resolve(__dirname, "../../../../shared/samples/poltekes_632242_PAGU_realisasi_2018.XLS");

const ctx: FormulaContext = {
  sheetOf: (ixti) =>
    [{ name: "Jan" }, { name: "Oktober-revisi" }, { name: "Mar", book: 1 }, { name: "RKA:Lain" }][ixti] ?? null,
  nameOf: (i) => ["Pagu_Total", "Print_Area"][i - 1] ?? null,
  externNameOf: (ixti, i) => (ixti === 9 ? (["_xlfn.IFERROR", "MYUDF"][i - 1] ?? null) : null),
};
const text = (...tokens: Buffer[]) => formulaText(Buffer.concat(tokens), { row: 11, col: 6 }, ctx);

describe("formulaText", () => {
  it("writes references, operators and constants back as Excel shows them", () => {
    expect(text(ptg.ref("E12"), ptg.ref("F12"), ptg.op("*"))).toBe("=E12*F12");
    expect(text(ptg.ref("$E$12"), ptg.ref("F$12"), ptg.op("-"), ptg.paren(), ptg.num(1.5), ptg.op("/"))).toBe(
      "=($E$12-F$12)/1.5"
    );
    expect(text(ptg.ref("$B5"), ptg.neg(), ptg.int(1000), ptg.op("+"))).toBe("=-$B5+1000");
    expect(text(ptg.str('kata "kutip"'), ptg.str("x"), ptg.op("&"))).toBe('="kata ""kutip"""&"x"');
    expect(text(ptg.bool(true), ptg.err(0x17), ptg.op("<>"))).toBe("=TRUE<>#REF!");
    expect(text(ptg.num(1e21))).toBe("=1E+21");
  });

  it("writes SUM's shortcut, fixed and variable functions, and skips whitespace tokens", () => {
    expect(text(ptg.area("G13:G20"), ptg.sum())).toBe("=SUM(G13:G20)");
    expect(text(ptg.space(), ptg.ref("B127"), ptg.sum())).toBe("=SUM(B127)");
    expect(text(ptg.ref("E12"), ptg.ref("F12"), ptg.op("*"), ptg.int(-0 + 3), ptg.fn(27))).toBe("=ROUND(E12*F12,3)");
    expect(
      text(
        ptg.ref("A1"),
        ptg.int(0),
        ptg.op("="),
        ptg.str(""),
        ptg.ref("B1"),
        ptg.ref("C1"),
        ptg.fnVar(7, 2),
        ptg.fnVar(1, 3)
      )
    ).toBe('=IF(A1=0,"",MAX(B1,C1))');
    expect(text(ptg.fn(221))).toBe("=TODAY()");
  });

  it("names other sheets (quoted where Excel quotes), other workbooks, defined names and add-in functions", () => {
    expect(text(ptg.ref3d(0, "C5"))).toBe("=Jan!C5");
    expect(text(ptg.ref3d(1, "$G$196"))).toBe("='Oktober-revisi'!$G$196");
    expect(text(ptg.ref3d(2, "C278"), ptg.int(17), ptg.op("+"))).toBe("=[1]Mar!C278+17");
    expect(text(ptg.ref3d(3, "A1"))).toBe("=RKA:Lain!A1");
    expect(text(ptg.name(1), ptg.int(2), ptg.op("/"))).toBe("=Pagu_Total/2");
    expect(text(ptg.nameX(9, 1), ptg.ref("A1"), ptg.ref("B1"), ptg.op("/"), ptg.int(0), ptg.fnVar(255, 3))).toBe(
      "=IFERROR(A1/B1,0)"
    );
    expect(sheetPrefix({ name: "AB12" })).toBe("'AB12'!");
    expect(sheetPrefix({ name: "Sheet1" })).toBe("Sheet1!");
    expect(sheetPrefix({ name: "Rincian RAB", book: 2 })).toBe("'[2]Rincian RAB'!");
  });

  it("takes a shared formula's relative references from the cell it is read for", () => {
    const tokens = Buffer.concat([ptg.refN(0, -2), ptg.refN(0, -1), ptg.op("*")]);
    expect(formulaText(tokens, { row: 11, col: 6 }, ctx)).toBe("=E12*F12");
    expect(formulaText(tokens, { row: 40, col: 6 }, ctx)).toBe("=E41*F41");
    expect(formulaText(Buffer.concat([ptg.areaN(1, 8, 0), ptg.sum()]), { row: 11, col: 6 }, ctx)).toBe("=SUM(G13:G20)");
  });

  it("gives no text for a token it does not read, a cut-off formula or an unbalanced stack", () => {
    expect(text(Buffer.from([0x20, 0, 0, 0, 0, 0, 0, 0]))).toBeNull(); // an array constant
    expect(text(ptg.fn(9999))).toBeNull();
    expect(text(ptg.ref3d(7, "A1"))).toBeNull();
    expect(text(ptg.num(1).subarray(0, 5))).toBeNull();
    expect(text(ptg.ref("A1"), ptg.ref("B1"))).toBeNull();
    expect(text(ptg.op("+"))).toBeNull();
  });
});

describe("formulas in .xls sheets", () => {
  const sheet: XlsSheet = {
    name: "RAB",
    rows: [
      ["uraian", "vol", "harga", "jumlah"],
      ["a", 2, 500, { formula: 1000 }],
      ["b", 3, 500, { formula: 1500 }],
      ["c", 0, 500, { formula: 0 }],
      ["total", null, null, { formula: 2500, tokens: Buffer.concat([ptg.area("D2:D4"), ptg.sum()]) }],
      ["lain", null, null, { formula: 4, tokens: Buffer.concat([ptg.ref3d(0, "B2"), ptg.int(2), ptg.op("*")]) }],
    ],
    shared: [{ first: [1, 3], last: [3, 3], tokens: Buffer.concat([ptg.refN(0, -2), ptg.refN(0, -1), ptg.op("*")]) }],
  };

  it("reads each cell's formula, shared ones slid to their cell, and drops a result of 0 as the .xlsx readers do", () => {
    const s = openLegacyWorkbook(
      writeXls([sheet], { supBooks: ["self"], externSheets: [[0, 0, 0]] }),
      "f.xls"
    )!.readSheet(0);
    expect(s.formulas?.map((r) => r?.[3])).toEqual([
      undefined,
      "=B2*C2",
      "=B3*C3",
      "=B4*C4",
      "=SUM(D2:D4)",
      "=RAB!B2*2",
    ]);
    expect(s.values.map((r) => r[3])).toEqual(["jumlah", 1000, 1500, undefined, 2500, 4]);
  });

  it("keeps the result, with no text, where the formula cannot be read back", () => {
    const odd: XlsSheet = { name: "X", rows: [[{ formula: 7, tokens: Buffer.from([0x18, 0x01, 0, 0, 0, 0]) }]] };
    const s = openLegacyWorkbook(writeXls([odd]), "f.xls")!.readSheet(0);
    expect(s.values[0][0]).toBe(7);
    expect(s.formulas).toBeUndefined();
  });
});

describe("the realisation sample's formulas", () => {
  // Cross-checked on 2026-12-06: all 27,175 formulas equal LibreOffice's conversion of the file to .xlsx.
  it("reads them all, SUMs, differences and references to another workbook", () => {
    const wb = openLegacyWorkbook(fs.readFileSync(PAGU_XLS), "pagu.xls")!;
    let count = 0;
    for (let i = 0; i < wb.sheetNames.length; i++)
      for (const row of wb.readSheet(i).formulas ?? []) for (const f of row ?? []) if (f) count++;
    expect(count).toBe(27175);
    const apr = wb.readSheet(3);
    expect(apr.formulas?.[281]?.[2]).toBe("=[1]Mar!C278+17100000");
  });
});
