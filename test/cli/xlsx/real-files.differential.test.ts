/**
 * Real files through both readers: the golden fixtures, the bundled RKA-K/L sample, the satker's
 * samples beside the repo (<repo>/../shared/samples) and the hostile corpus. The goldens and the
 * samples must be read, not declined; a hostile file may be declined only where ExcelJS fails on it
 * too, or where HOSTILE_MAY_DECLINE says why. FAST_XLSX_REPORT=1 prints what happened to each.
 */
import fs from "fs";
import { checkBeforeExcelJs, openFastWorkbook } from "../../../src/cli/xlsx/fast-workbook";
import path from "path";
import { compareReaders, expectSame, expectSameWhereExcelReads } from "./differential";
import { corpusForTests, writeLastCell, writeManyFindings } from "../../hostile/corpus";

const REPO = path.resolve(__dirname, "../../..");
const GOLDEN = path.join(REPO, "test/fixtures/golden");
const CONTOH = path.join(REPO, "contoh/poltekes_632242_RKA-KL1810.xlsx");
const SAMPLES = path.resolve(REPO, "../shared/samples");

const xlsxIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.xlsx$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));

/** Hostile files the fast reader may decline although ExcelJS reads them. */
const HOSTILE_MAY_DECLINE: Record<string, string> = {
  "aneka-jenis.xlsx": "holds a hyperlinked cell (<hyperlinks>), which ExcelJS reads as {text, hyperlink}",
  "zip-lain.xlsx": "a zip with no workbook part, which ExcelJS reads as a workbook without sheets",
};

describe("fast reader on the golden fixtures and the samples", () => {
  it("finds the files it is meant to compare", () => {
    expect(xlsxIn(GOLDEN).map((f) => path.basename(f))).toEqual([
      "kertas-kerja-bersih.xlsx",
      "kertas-kerja-cacat.xlsx",
      "rab-bersih.xlsx",
      "rab-cacat.xlsx",
    ]);
    expect(fs.existsSync(CONTOH)).toBe(true);
    expect(xlsxIn(SAMPLES).length).toBeGreaterThanOrEqual(2);
  });

  it.each(xlsxIn(GOLDEN).map((f) => [path.basename(f), f]))(
    "reads golden %s exactly as ExcelJS does",
    async (name, file) => {
      await expectSame(fs.readFileSync(file), name, file);
    }
  );

  it("reads the bundled RKA-K/L sample exactly as ExcelJS does", async () => {
    await expectSame(fs.readFileSync(CONTOH), "contoh RKA-KL1810", CONTOH);
  }, 60_000);

  const samples = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).sort() : [];
  it.each(samples.filter((f) => /\.xlsx$/i.test(f)).map((f) => [f]))(
    "reads ../shared/samples/%s exactly as ExcelJS does",
    async (name) => {
      const file = path.join(SAMPLES, name);
      await expectSame(fs.readFileSync(file), name, file);
    },
    60_000
  );

  it.each(samples.filter((f) => /\.xls$/i.test(f)).map((f) => [f]))(
    "declines the old binary ../shared/samples/%s, which ExcelJS cannot read either",
    async (name) => {
      const file = path.join(SAMPLES, name);
      const outcome = await compareReaders(fs.readFileSync(file), name, file);
      expect(outcome).toEqual({ kind: "declined", reasons: expect.any(Array), excelFails: true });
    }
  );
});

describe("fast reader on the hostile corpus", () => {
  const corpus = corpusForTests("telaah-fast-hostile-");

  it("reads every file of the corpus as ExcelJS does, declining only where ExcelJS fails", async () => {
    const files = [...new Set(corpus.cases.map((c) => c.file))].filter(
      (f) => fs.existsSync(f) && fs.statSync(f).isFile()
    );
    expect(files.length).toBeGreaterThan(15);
    const seen: string[] = [];
    for (const file of files) {
      const name = path.basename(file);
      const bytes = fs.readFileSync(file);
      if (name === "bom-zip.xlsx") {
        // The claimed 4 GB part is never unpacked here; the fallback to ExcelJS is refused first.
        expect(() => checkBeforeExcelJs(bytes)).toThrow(/membesar/);
        seen.push(`${name}: refused before ExcelJS (claims to unpack to 4 GB)`);
        continue;
      }
      if (name.startsWith("gabung-selembar")) {
        // ExcelJS hangs on a merge over the whole sheet: both paths refuse it before reading.
        expect(() => openFastWorkbook(bytes).readSheet(0)).toThrow(/sel gabungan yang terlalu luas|hyperlinks/);
        expect(() => checkBeforeExcelJs(bytes)).toThrow(/sel gabungan yang terlalu luas/);
        seen.push(`${name}: refused (merge over the whole sheet)`);
        continue;
      }
      if (HOSTILE_MAY_DECLINE[name]) {
        const outcome = await compareReaders(bytes, name, file);
        seen.push(`${name}: ${outcome.kind === "same" ? "same" : outcome.reasons.join("; ")}`);
      } else seen.push(`${name}: ${await expectSameWhereExcelReads(bytes, name, file)}`);
    }
    if (process.env.FAST_XLSX_REPORT) process.stdout.write(seen.join("\n") + "\n");
  }, 120_000);

  it("reads a budget with one value in the last cell of the sheet (XFD1048576)", async () => {
    const file = await writeLastCell(path.join(corpus.dir, "sel-terakhir.xlsx"));
    await expectSame(fs.readFileSync(file), "sel-terakhir", file);
  }, 60_000);

  it("reads a budget of 2000 lines", async () => {
    const file = await writeManyFindings(path.join(corpus.dir, "banyak-temuan.xlsx"));
    await expectSame(fs.readFileSync(file), "banyak-temuan", file);
  }, 60_000);
});
