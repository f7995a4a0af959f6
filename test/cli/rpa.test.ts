import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runRpa } from "../../src/cli/commands/rpa";
import { TelaahInputError } from "../../src/core/errors";
import { numberAt, pctCol, rpaWorkbook, rpCol, type RpaRow } from "./rpa-workbook";
import { runCli } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-rpa-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function write(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const run = (argv: string[]) => runCli(argv, runRpa);

async function sheetOf(file: string, name = "RPA") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}

const rowValues = (ws: ExcelJS.Worksheet, row: number, col: (m: number) => number) =>
  Array.from({ length: 12 }, (_, i) => numberAt(ws, row, col(i + 1)));
const total = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

const BASIC: RpaRow[] = [
  ["051", "Penyelenggaraan Kegiatan", 3_050_000],
  ["521211", "Belanja Bahan", 1_650_000],
  [null, "Konsumsi rapat", 1_500_000],
  [null, "Fotocopy", 150_000],
  ["511111", "Belanja Gaji Pokok PNS", 1_400_000],
];

describe("telaah rpa", () => {
  test("fills a blank RPA: lines exact to the pagu, parents the sum of their children, % consistent; input untouched", async () => {
    const file = await write("kosong.xlsx", rpaWorkbook(BASIC));
    const before = fs.readFileSync(file);
    const outFile = path.join(dir, "kosong-terisi.xlsx");
    const r = await run([file, "--out", outFile]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const ws = await sheetOf(outFile);
    // rows: 5 komponen, 6 akun 521211, 7-8 detil, 9 akun 511111
    for (const [row, pagu] of [
      [5, 3_050_000],
      [6, 1_650_000],
      [7, 1_500_000],
      [8, 150_000],
      [9, 1_400_000],
    ]) {
      const rp = rowValues(ws, row, rpCol);
      expect(total(rp)).toBe(pagu);
      rowValues(ws, row, pctCol).forEach((p, i) => expect(Math.abs(p! * pagu - rp[i]!)).toBeLessThan(0.5));
    }
    for (let m = 1; m <= 12; m++) {
      expect(numberAt(ws, 6, rpCol(m))).toBe(numberAt(ws, 7, rpCol(m))! + numberAt(ws, 8, rpCol(m))!);
      expect(numberAt(ws, 5, rpCol(m))).toBe(numberAt(ws, 6, rpCol(m))! + numberAt(ws, 9, rpCol(m))!);
    }
    expect(rowValues(ws, 9, rpCol)).toEqual([
      100_000, 100_000, 200_000, 100_000, 100_000, 100_000, 200_000, 100_000, 100_000, 100_000, 100_000, 100_000,
    ]);
    expect(ws.getCell(7, pctCol(1)).numFmt).toBe("0.00%");
    expect(r.out).toContain("Halaman III (ribuan rupiah):");
    expect(r.out).toMatch(/Temuan: 0 galat/);
  });

  test("keeps what the user typed; % typed gives Rp (pagu 100.000: 50% = 50.000, 25% = 25.000)", async () => {
    const rows: RpaRow[] = [
      ["521211", "Belanja Bahan", 200_000],
      [null, "Rapat", 100_000, { 3: { pct: 0.5 }, 6: { pct: 0.25 } }],
      [null, "ATK", 100_000, { 2: { rp: 40_000 } }],
    ];
    const file = await write("sebagian.xlsx", rpaWorkbook(rows, { percentFormat: "0%" }));
    const outFile = path.join(dir, "sebagian-terisi.xlsx");
    expect((await run([file, "--out", outFile, "--profil", "52=jadwal:9"])).code).toBe(0);
    const ws = await sheetOf(outFile);
    expect(numberAt(ws, 6, pctCol(3))).toBe(0.5);
    expect(numberAt(ws, 6, rpCol(3))).toBe(50_000);
    expect(numberAt(ws, 6, rpCol(6))).toBe(25_000);
    expect(numberAt(ws, 6, rpCol(9))).toBe(25_000);
    expect(numberAt(ws, 7, rpCol(2))).toBe(40_000);
    expect(numberAt(ws, 7, pctCol(2))).toBe(0.4);
    expect(numberAt(ws, 7, rpCol(9))).toBe(60_000);
    expect(numberAt(ws, 5, rpCol(9))).toBe(85_000);
  });

  test("a plan typed at the akun flows to its lines in proportion", async () => {
    const rows: RpaRow[] = [
      ["521211", "Belanja Bahan", 100_000, { 3: { rp: 50_000 }, 6: { rp: 25_000 }, 9: { rp: 25_000 } }],
      [null, "Rapat", 60_000],
      [null, "ATK", 40_000],
    ];
    const file = await write("akun.xlsx", rpaWorkbook(rows));
    const outFile = path.join(dir, "akun-terisi.xlsx");
    expect((await run([file, "--out", outFile])).code).toBe(0);
    const ws = await sheetOf(outFile);
    expect(rowValues(ws, 6, rpCol)).toEqual([0, 0, 30_000, 0, 0, 15_000, 0, 0, 15_000, 0, 0, 0]);
    expect(rowValues(ws, 7, rpCol)).toEqual([0, 0, 20_000, 0, 0, 10_000, 0, 0, 10_000, 0, 0, 0]);
    expect(numberAt(ws, 5, pctCol(3))).toBe(0.5);
  });

  test("typed months above the pagu: an error finding, marked in the copy, exit 1, values kept", async () => {
    const rows: RpaRow[] = [
      ["521211", "Belanja Bahan", 100_000],
      [null, "Rapat", 100_000, { 1: { rp: 80_000 }, 2: { rp: 70_000 } }],
    ];
    const file = await write("lebih.xlsx", rpaWorkbook(rows));
    const outFile = path.join(dir, "lebih-terisi.xlsx");
    const r = await run([file, "--out", outFile, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.findings.map((f: { rule: string; cell: string }) => [f.rule, f.cell])).toEqual([
      ["RPA-MELEBIHI-PAGU", "C6"],
    ]);
    const ws = await sheetOf(outFile);
    expect(numberAt(ws, 6, rpCol(1))).toBe(80_000);
    expect(numberAt(ws, 6, rpCol(3))).toBe(0);
    expect(ws.getCell("C6").note).toBeDefined();
  });

  test("a sheet with only Rp columns and a blank template of zeros", async () => {
    const zeros = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, { rp: 0 }]));
    const rows: RpaRow[] = [
      ["521211", "Belanja Bahan", 1_200, zeros],
      [null, "Rapat", 1_200, zeros],
    ];
    const file = await write("rp.xlsx", rpaWorkbook(rows, { onlyRupiah: true }));
    const outFile = path.join(dir, "rp-terisi.xlsx");
    const r = await run([file, "--out", outFile, "--profil", "jadwal:1-12"]);
    expect(r.code).toBe(0);
    const ws = await sheetOf(outFile);
    expect(Array.from({ length: 12 }, (_, i) => numberAt(ws, 6, 4 + i))).toEqual(Array(12).fill(100));
    expect(r.out).toContain("Baris templat (semua bulan 0) diperlakukan kosong: 2");
  });

  test("unusable input: exit-2 errors with one Indonesian sentence", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("A").addRow(["daftar hadir"]);
    const file = await write("bukan.xlsx", plain);
    await expect(run([file, "--out", path.join(dir, "x.xlsx")])).rejects.toThrow(TelaahInputError);
    await expect(run([file, "--out", path.join(dir, "x.xlsx")])).rejects.toThrow(/tabel RPA/);
    const good = await write("baik.xlsx", rpaWorkbook(BASIC));
    await expect(run([good, "--out", good])).rejects.toThrow(/tidak boleh sama/);
    await expect(run([good, "--out", path.join(dir, "y.xlsx"), "--profil", "52=kurva"])).rejects.toThrow(
      /Profil "52=kurva"/
    );
    await expect(run([good])).rejects.toThrow(/--out/);
  });
});
