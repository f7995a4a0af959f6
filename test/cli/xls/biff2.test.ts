import fs from "fs";
import path from "path";
import fc from "fast-check";
import { TelaahInputError } from "../../../src/core/errors";
import { biffVersion, readBiff2Sheet } from "../../../src/cli/xls/biff2";
import { openFastWorkbook } from "../../../src/cli/xlsx/fast-workbook";
import { biff2Records, record, writeBiff2 } from "../../helpers/biff2-writer";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const RKAKL_XLS = path.join(SAMPLES, "poltekes_632242_RKA-KL1810.XLS");
const RKAKL_XLSX = path.join(SAMPLES, "poltekes_632242_RKA-KL1810.xlsx");

const read = (bytes: Buffer) => readBiff2Sheet(bytes, "Lembar", "uji.xls");

describe("the RKAKL application's own .XLS export", () => {
  it("is a bare BIFF2 stream", () => {
    expect(biffVersion(fs.readFileSync(RKAKL_XLS))).toBe(2);
    expect(biffVersion(fs.readFileSync(RKAKL_XLSX))).toBeNull();
    expect(biffVersion(fs.readFileSync(path.join(SAMPLES, "poltekes_632242_PAGU_realisasi_2018.XLS")))).toBeNull();
  });

  it("reads cell for cell as the same data saved as .xlsx", () => {
    const biff = read(fs.readFileSync(RKAKL_XLS));
    const xlsx = openFastWorkbook(fs.readFileSync(RKAKL_XLSX)).readSheet(0);
    // The .xlsx keeps a carriage return as the escape _x000d_, which neither ExcelJS nor Telaah's
    // reader unescapes; the BIFF2 label holds the character itself.
    const unescape = (v: unknown) => (typeof v === "string" ? v.replace(/_x000d_/g, "\r") : v);
    expect(biff.values.length).toBe(4570);
    expect(biff.values.map((row) => row.map(unescape))).toEqual(xlsx.values.map((row) => row.map(unescape)));
    expect([...biff.textNumbers!].sort()).toEqual([...xlsx.textNumbers!].sort());
    expect(biff.hiddenRows).toEqual([]);
    expect(biff.merges).toEqual([]);
  });
});

describe("readBiff2Sheet", () => {
  it("reads each kind of cell record", () => {
    const snap = read(
      writeBiff2([
        ["kode", "uraian", 3, 2.5, true, { error: 0x17 }],
        [null, "Konsumsi", { formula: 1500000 }, { formula: "teks hasil" }, { formula: false }, -1e9],
        [],
        ["", "  "],
      ])
    );
    expect(snap.name).toBe("Lembar");
    expect(snap.values).toEqual([
      ["kode", "uraian", 3, 2.5, true, { error: "#REF!" }],
      [undefined, "Konsumsi", 1500000, "teks hasil", false, -1e9],
      [],
      [undefined, "  "],
    ]);
    expect(snap.formulas).toBeUndefined();
  });

  it("decodes text in the file's code page (Windows-1252 when it names none)", () => {
    const label = (bytes: number[]) =>
      record(0x0004, Buffer.concat([Buffer.from([0, 0, 0, 0, 0, 0, 0, bytes.length]), Buffer.from(bytes)]));
    const bof = biff2Records([])[0];
    const eof = record(0x000a, Buffer.alloc(0));
    // 0x92 is a right quote and 0xe9 an e-acute in Windows-1252.
    expect(read(Buffer.concat([bof, label([0x4a, 0x92, 0x65, 0xe9]), eof])).values[0][0]).toBe("J\u2019e\u00e9");
    const cp1251 = record(0x0042, Buffer.from([0xe3, 0x04]));
    expect(read(Buffer.concat([bof, cp1251, label([0xc0]), eof])).values[0][0]).toBe("\u0410");
  });

  it("turns date-formatted numbers into dates, in the 1900 and the 1904 system", () => {
    const opts = { formats: ["General", "#,##0", "dd/mm/yyyy"], formatOf: { "0,0": 2, "0,1": 1 } };
    const snap = read(writeBiff2([[45658, 1250000]], opts));
    expect(snap.values[0]).toEqual(["2025-01-01", 1250000]);
    expect(snap.numberFormats?.[0]).toEqual(["dd/mm/yyyy", "#,##0"]);
    expect(read(writeBiff2([[44196]], { ...opts, date1904: true })).values[0][0]).toBe("2025-01-01");
  });

  it("marks text that reads as a number, and rows of height 0 as hidden", () => {
    const snap = read(writeBiff2([["1.250.000", "024.12.10", "Rp 5"]], { hiddenRows: [4, 7] }));
    expect([...snap.textNumbers!].sort()).toEqual(["0,0", "0,1"]);
    expect(snap.hiddenRows).toEqual([4, 7]);
  });

  it("gives #NUM! for a number that is none (NaN, infinity)", () => {
    expect(read(writeBiff2([[NaN, Infinity]])).values[0]).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
  });

  it("keeps what a stream without EOF holds, and refuses one cut inside a record", () => {
    expect(read(writeBiff2([["a", 1]], { eof: false })).values).toEqual([["a", 1]]);
    const whole = writeBiff2([["uraian yang panjang", 1]]);
    expect(() => read(whole.subarray(0, whole.length - 9))).toThrow(TelaahInputError);
    expect(() => read(whole.subarray(0, whole.length - 9))).toThrow(/uji\.xls rusak/);
  });

  it("refuses a chart or macro stream, which has no worksheet", () => {
    expect(() => read(writeBiff2([["a"]], { streamType: 0x20 }))).toThrow(/tanpa lembar kerja/);
  });

  it("tells BIFF2, BIFF3 and BIFF4 streams apart by their BOF", () => {
    expect(biffVersion(writeBiff2([]))).toBe(2);
    expect(biffVersion(record(0x0209, Buffer.alloc(6)))).toBe(3);
    expect(biffVersion(record(0x0409, Buffer.alloc(6)))).toBe(4);
    expect(biffVersion(Buffer.from("kode;uraian\n"))).toBeNull();
  });

  it("never fails but with one Indonesian sentence on damaged streams", () => {
    const good = writeBiff2(
      [
        ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"],
        ["521211", "Belanja Bahan", null, null, null, 300000],
        [null, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000, { formula: 300000 }],
      ],
      { formats: ["General", "d-mmm-yy"], formatOf: { "2,4": 1 } }
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(good.length),
        (flips, cut) => {
          const bytes = Buffer.from(good.subarray(0, Math.max(8, cut)));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          try {
            const snap = read(bytes);
            expect(Array.isArray(snap.values)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(TelaahInputError);
          }
        }
      ),
      { seed: 20261206, numRuns: 500 }
    );
  });
});
