import fs from "fs";
import path from "path";
import fc from "fast-check";
import { TelaahInputError } from "../../../src/core/errors";
import { openLegacyWorkbook } from "../../../src/cli/xls/legacy-workbook";
import { compoundFile, writeXls, xlsStream, type XlsSheet } from "../../helpers/xls-writer";

const PAGU_XLS = path.resolve(__dirname, "../../../../shared/samples/poltekes_632242_PAGU_realisasi_2018.XLS");

const open = (bytes: Buffer) => {
  const wb = openLegacyWorkbook(bytes, "uji.xls");
  if (!wb) throw new Error("not a legacy workbook");
  return wb;
};

const BUDGET: XlsSheet = {
  name: "RKA",
  rows: [
    ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"],
    ["521211", "Belanja Bahan", null, null, null, 301000],
    [null, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000.5, { formula: 300007.5 }],
    [null, "Catatan", true, { error: 0x07 }, { formula: "teks hasil" }, { formula: false }],
  ],
};

describe("Excel 97-2003 workbooks (BIFF8 in a compound file)", () => {
  it("reads the sheets in order, each cell as the .xlsx readers give it", () => {
    const wb = open(writeXls([BUDGET, { name: "Lain", rows: [[1.25, -7, 1e300]] }]));
    expect(wb.sheetNames).toEqual(["RKA", "Lain"]);
    const s = wb.readSheet(0);
    expect(s.name).toBe("RKA");
    expect(s.values).toEqual([
      ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"],
      ["521211", "Belanja Bahan", undefined, undefined, undefined, 301000],
      [undefined, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000.5, 300007.5],
      // A formula's FALSE (like 0 or "") is no value, as ExcelJS and Telaah's .xlsx reader have it.
      [undefined, "Catatan", true, { error: "#DIV/0!" }, "teks hasil", undefined],
    ]);
    expect([...s.textNumbers!]).toEqual(["1,0"]);
    expect(wb.readSheet(1).values).toEqual([[1.25, -7, 1e300]]);
    expect(() => wb.readSheet(2)).toThrow(RangeError);
  });

  it("reads numbers stored as RK (integers, hundredths, halved doubles) and runs of them (MULRK)", () => {
    const numbers = [0, 1, -1, 536870911, -536870912, 12.34, -0.01, 1250000, 0.5, 2.5, -1024.75, 2 ** 40, 1e-3];
    const rk = open(writeXls([{ name: "A", rows: [numbers, ...numbers.map((n) => [n])] }])).readSheet(0);
    const plain = open(writeXls([{ name: "A", rows: [numbers, ...numbers.map((n) => [n])] }], { rk: false })).readSheet(
      0
    );
    expect(rk.values).toEqual(plain.values);
    expect(rk.values[0]).toEqual(numbers);
  });

  it("follows shared strings across CONTINUE records, also inside one string that changes width", () => {
    const long = "Belanja perjalanan dinas dalam kota ".repeat(3);
    const strings = ["satu", "dua", long, "Rapat \u2014 koordinasi", "lima"];
    const sheet: XlsSheet = { name: "S", rows: strings.map((s) => [s]) };
    for (const opts of [
      { sstBreakBefore: 2 },
      { sstSplit: { index: 2, at: 40 } },
      { sstRich: 1 },
      { sstRich: 2, sstSplit: { index: 2, at: 7 } },
    ])
      expect(
        open(writeXls([sheet], opts))
          .readSheet(0)
          .values.map((r) => r[0])
      ).toEqual(strings);
  });

  it("turns date-formatted numbers into dates by the cell's format, built in or the workbook's own", () => {
    const sheet: XlsSheet = {
      name: "T",
      rows: [[{ number: 45658, format: 14 }, { number: 45658, format: 165 }, { number: 1250000, format: 3 }, 45658]],
    };
    const s = open(writeXls([sheet], { formats: { 165: "dd/mm/yyyy" } })).readSheet(0);
    expect(s.values[0]).toEqual(["2025-01-01", "2025-01-01", 1250000, 45658]);
    expect(s.numberFormats?.[0]).toEqual(["mm-dd-yy", "dd/mm/yyyy", "#,##0", undefined]);
    expect(open(writeXls([sheet], { date1904: true, formats: { 165: "d/m/yy" } })).readSheet(0).values[0][0]).toBe(
      "2029-01-02"
    );
  });

  it("keeps merged areas (their other cells empty) and hidden rows", () => {
    const sheet: XlsSheet = {
      name: "M",
      rows: [
        ["Judul", "sisa", "sisa"],
        ["a", "b", "c"],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      hiddenRows: [1],
    };
    const s = open(writeXls([sheet])).readSheet(0);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.values[0]).toEqual(["Judul"]);
    expect(s.hiddenRows).toEqual([1]);
  });

  it("lists worksheets only, not charts", () => {
    const wb = open(writeXls([{ name: "Grafik", rows: [], kind: 2 }, BUDGET]));
    expect(wb.sheetNames).toEqual(["RKA"]);
    expect(wb.readSheet(0).values[1][1]).toBe("Belanja Bahan");
  });

  it("reads Excel 5.0/95 (BIFF5) byte strings in the file's code page", () => {
    const sheet: XlsSheet = { name: "Lama", rows: [["Caf\u00e9", 3, { formula: "hasil" }]] };
    const s = open(writeXls([sheet], { biff5: true })).readSheet(0);
    expect(s.name).toBe("Lama");
    expect(s.values[0]).toEqual(["Caf\u00e9", 3, "hasil"]);
  });

  it("reads a stream in regular sectors and one long enough to need DIFAT sectors", () => {
    const big = writeXls([BUDGET], { padTo: 9000 });
    expect(open(big).readSheet(0).values[1][1]).toBe("Belanja Bahan");
    // 110 FAT sectors describe more than 14,000 sectors: the 110th is listed in a DIFAT sector.
    const huge = writeXls([BUDGET], { padTo: 9000, padSectors: 14_200 });
    expect(huge.length).toBeGreaterThan(7_000_000);
    expect(huge.readUInt32LE(0x48)).toBe(1);
    expect(open(huge).readSheet(0).values[2][4]).toBe(20000.5);
  });

  it("refuses a password-protected workbook, a file with no workbook stream, and a damaged container", () => {
    expect(() => open(writeXls([BUDGET], { filePass: true }))).toThrow(/dilindungi kata sandi/);
    expect(() => open(compoundFile([{ name: "WordDocument", data: Buffer.alloc(5000, 1) }]))).toThrow(
      /bukan buku kerja Excel/
    );
    const header = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect(() => open(header)).toThrow(/uji\.xls rusak: berkas \.xls lama/);
    const whole = writeXls([BUDGET], { padTo: 9000 });
    expect(() => open(whole.subarray(0, 2048))).toThrow(TelaahInputError);
  });

  it("never fails but with one Indonesian sentence, nor loops, on damaged files", () => {
    const good = writeXls(
      [BUDGET, { name: "Dua", rows: [["x", 1, 2, 3]], merges: [{ top: 0, left: 1, bottom: 0, right: 3 }] }],
      {
        padTo: 5000,
        sstSplit: { index: 3, at: 5 },
      }
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
        (flips) => {
          const bytes = Buffer.from(good);
          for (const [at, value] of flips) bytes[at] = value;
          try {
            const wb = openLegacyWorkbook(bytes, "uji.xls");
            for (let i = 0; i < (wb?.sheetNames.length ?? 0); i++) wb!.readSheet(i);
          } catch (e) {
            expect(e).toBeInstanceOf(TelaahInputError);
          }
        }
      ),
      { seed: 20261206, numRuns: 400 }
    );
  });

  it("reads the workbook stream alone as the compound file gives it", () => {
    // The stream is what Excel's records are: the writer's stream and the file's agree byte for byte.
    const stream = xlsStream([BUDGET]);
    expect(open(compoundFile([{ name: "Workbook", data: stream }])).readSheet(0).values[1]).toEqual([
      "521211",
      "Belanja Bahan",
      undefined,
      undefined,
      undefined,
      301000,
    ]);
  });
});

describe("the realisation sample (Excel 97-2003, 12 sheets)", () => {
  // Cross-checked on 2026-12-06 against LibreOffice's conversion of the same file to .xlsx, read by
  // Telaah's .xlsx reader: every value and all 27,175 formulas equal, except a formula LibreOffice
  // recalculated to another error and two numbers it wrote out as text; the figures pinned here are
  // from that agreement.
  const wb = () => open(fs.readFileSync(PAGU_XLS));

  it("lists its monthly sheets", () => {
    expect(wb().sheetNames).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "Oktober-revisi",
      "Sheet1",
    ]);
  });

  it("reads every sheet whole", () => {
    const w = wb();
    const cells = w.sheetNames.map((_, i) =>
      w.readSheet(i).values.reduce((n, row) => n + row.filter((v) => v !== undefined && v !== null).length, 0)
    );
    expect(cells).toEqual([4710, 4722, 4840, 4837, 4862, 4842, 4832, 6043, 11685, 13059, 13132, 180]);
    expect(w.readSheet(10).hiddenRows).toHaveLength(1);
    expect(w.readSheet(5).values[180][4]).toEqual({ error: "#REF!" });
  });
});
