import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { TelaahInputError } from "../../src/core/errors";
import { openWorkbookSource } from "../../src/cli/workbook-source";
import { ODD_RAW_VARIANTS } from "./xlsx/raw-odd-variants";
import { writeBiff2 } from "../helpers/biff2-writer";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-source-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("openWorkbookSource", () => {
  it("reads sheets with the fast reader and loads ExcelJS's model only when asked", async () => {
    const file = await workbook("plain.xlsx", (wb) => {
      wb.addWorksheet("RKA").addRow(["KODE", "URAIAN", 12500]);
      wb.addWorksheet("Lain").addRow([1]);
    });
    const source = await openWorkbookSource(file);
    expect(source.sheetNames).toEqual(["RKA", "Lain"]);
    expect((await source.sheet(0)).values[0]).toEqual(["KODE", "URAIAN", 12500]);
    expect(source.readerOf(0)).toBe("fast");
    expect(source.readerOf(1)).toBeUndefined();
    expect((await source.excel()).worksheets.map((w) => w.name)).toEqual(["RKA", "Lain"]);
  });

  it("falls back to ExcelJS for a sheet the fast reader declines (hyperlinked cells), with the same snapshot", async () => {
    const file = await workbook("links.xlsx", (wb) => {
      const ws = wb.addWorksheet("RKA");
      ws.addRow(["KODE", { text: "situs", hyperlink: "https://example.org" }, 7]);
    });
    const source = await openWorkbookSource(file);
    const sheet = await source.sheet(0);
    expect(source.readerOf(0)).toBe("exceljs");
    expect(sheet.values[0]).toEqual(["KODE", "situs", 7]);
  });

  it("uses ExcelJS for everything when TELAAH_PEMBACA=exceljs", async () => {
    const file = await workbook("env.xlsx", (wb) => wb.addWorksheet("A").addRow([1, "dua"]));
    const before = process.env.TELAAH_PEMBACA;
    process.env.TELAAH_PEMBACA = "exceljs";
    try {
      const source = await openWorkbookSource(file);
      expect((await source.sheet(0)).values[0]).toEqual([1, "dua"]);
      expect(source.readerOf(0)).toBe("exceljs");
    } finally {
      if (before === undefined) delete process.env.TELAAH_PEMBACA;
      else process.env.TELAAH_PEMBACA = before;
    }
  });

  it("gives ExcelJS's one Indonesian sentence for a damaged archive the fast reader declines", async () => {
    const good = fs.readFileSync(await workbook("good.xlsx", (wb) => wb.addWorksheet("A").addRow([1])));
    const bad = path.join(dir, "bad.xlsx");
    fs.writeFileSync(bad, good.subarray(0, Math.floor(good.length / 2)));
    const err = await openWorkbookSource(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TelaahInputError);
    expect((err as TelaahInputError).code).toBe("CORRUPT");
    expect((err as Error).message).toMatch(/rusak/);
  });

  it("reads a shared formula whose master was merged away without failing: the cell keeps its value", async () => {
    const variant = ODD_RAW_VARIANTS.find((v) => v.name === "a shared-formula master merged away under its neighbour");
    const file = path.join(dir, "merged-master.xlsx");
    fs.writeFileSync(file, await variant!.bytes());
    const source = await openWorkbookSource(file);
    const sheet = await source.sheet(0);
    expect(source.readerOf(0)).toBe("exceljs");
    expect(sheet.values).toEqual([[1], [3, 6]]);
    expect(sheet.formulas).toBeUndefined();
  });

  it("reads a BIFF2 .XLS as one sheet named after the file, and builds ExcelJS's model from its values", async () => {
    const file = path.join(dir, "RKAKL Satker.XLS");
    fs.writeFileSync(
      file,
      writeBiff2(
        [
          ["kode", "uraian", "jumlah"],
          ["521211", "Belanja Bahan", 1250000],
          [null, "tanggal", 45658],
        ],
        {
          formats: ["General", "dd/mm/yyyy"],
          formatOf: { "2,2": 1 },
          hiddenRows: [1],
        }
      )
    );
    const source = await openWorkbookSource(file);
    expect(source.sheetNames).toEqual(["RKAKL Satker"]);
    const sheet = await source.sheet(0);
    expect(sheet.values[1]).toEqual(["521211", "Belanja Bahan", 1250000]);
    expect(source.readerOf(0)).toBe("biff");
    await expect(source.sheet(1)).rejects.toThrow(RangeError);
    const wb = await source.excel();
    expect(await source.excel()).toBe(wb);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("RKAKL Satker");
    expect(ws.getCell("C2").value).toBe(1250000);
    expect(ws.getCell("A2").value).toBe("521211");
    expect(ws.getCell("C3").value).toEqual(new Date("2025-01-01T00:00:00Z"));
    expect(ws.getCell("C3").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getRow(2).hidden).toBe(true);
  });

  it("names Excel 3.0 and 4.0 streams as old formats to re-save", async () => {
    const file = path.join(dir, "excel4.xls");
    fs.writeFileSync(file, Buffer.from([0x09, 0x04, 0x06, 0x00, 0, 0, 0x10, 0, 0, 0, 0x0a, 0, 0, 0]));
    await expect(openWorkbookSource(file)).rejects.toThrow(
      /berformat Excel 4\.0 lama \(BIFF4\); buka di Excel lalu simpan sebagai \.xlsx/
    );
  });
});
