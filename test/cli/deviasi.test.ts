import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runDeviasi } from "../../src/cli/commands/deviasi";
import type { CliIO } from "../../src/cli/io";
import { TelaahInputError } from "../../src/core/errors";
import { UsageError } from "../../src/cli/io";
import { BULAN } from "./rpa-workbook";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-deviasi-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = "";
  const io: CliIO = { out: (t) => (out += t), err: () => undefined };
  const code = await runDeviasi(args, io);
  return { code, out };
}

const pad = (xs: number[], fill: number) => [...xs, ...Array(12 - xs.length).fill(fill)];

/**
 * The hand-computed IKPA example of test/core/rpa/ikpa.test.ts as a workbook: Halaman III in ribuan
 * (pagu 51 = 600, 52 = 300, 53 = 100 ribu as the Jumlah column), realisation per akun in rupiah.
 */
async function book(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const rpd = wb.addWorksheet("Hal III");
  rpd.addRow(["RENCANA PENARIKAN DANA"]);
  rpd.addRow(["(dalam ribuan rupiah)"]);
  rpd.addRow(["NO", "KODE", "URAIAN", ...BULAN.map((b) => b.toUpperCase()), "JUMLAH"]);
  const jb = (no: number, kode: string, uraian: string, months: number[]) =>
    rpd.addRow([no, kode, uraian, ...months, months.reduce((a, b) => a + b, 0)]);
  jb(51, "51", "Belanja Pegawai", Array(12).fill(50));
  jb(52, "52", "Belanja Barang", pad([20, 20, 30, 30], 25));
  jb(53, "53", "Belanja Modal", pad([0, 0, 10, 10], 10));
  const real = wb.addWorksheet("Realisasi");
  real.addRow(["Kode", "Uraian", "Pagu", ...BULAN]);
  real.addRow(["51", "Belanja Pegawai", 600_000, 50_000, 40_000, 50_000]);
  real.addRow(["511111", "Gaji pokok", 400_000, 30_000, 25_000, 30_000]);
  real.addRow(["511121", "Tunjangan", 200_000, 20_000, 15_000, 20_000]);
  real.addRow(["521211", "Belanja Bahan", 300_000, 25_000, 10_000, 100_000]);
  real.addRow(["532111", "Belanja Modal Peralatan", 100_000, 0, 10_000, 10_000]);
  const file = path.join(dir, "deviasi.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("telaah deviasi", () => {
  let file: string;
  beforeAll(async () => {
    file = await book();
  });

  test("--json prints the agreed shape with the hand-computed figures", async () => {
    const r = await run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.months.map((m: { month: number; deviation: number }) => [m.month, m.deviation])).toEqual([
      [1, 7.5],
      [2, 37],
      [3, 30],
    ]);
    expect(json.months[1].byJenisBelanja["53"]).toMatchObject({
      rpd: 0,
      realisasi: 10_000,
      deviation: 100,
      weight: 0.1,
    });
    expect(json.averageDeviation).toBe(24.8333);
    expect(json.score).toBe(75.1667);
    expect(json.assumptions.some((a: string) => /UNVERIFIED/.test(a))).toBe(true);
    expect(json.assumptions.some((a: string) => /ribuan \(teks "\(dalam ribuan rupiah\)"/.test(a))).toBe(true);
    expect(json.assumptions.some((a: string) => /dijumlahkan dari akunnya/.test(a))).toBe(true);
    expect(json.penyerapan[0]).toEqual({
      jenisBelanja: "51",
      triwulan: 1,
      persen: 23.3333,
      target: 20,
      tercapai: true,
    });
  });

  test("readable Indonesian text by default", async () => {
    const r = await run([file, "--rencana", "hal iii", "--realisasi", "Realisasi"]);
    expect(r.out).toContain("Rata-rata deviasi: 24,83%");
    expect(r.out).toContain("Nilai indikator: 75,17");
    expect(r.out).toMatch(/Februari\s+20\s+50\s+100\s+37/);
    expect(r.out).toContain("Asumsi:");
  });

  test("options: months assessed, March exemption, units", async () => {
    const only = JSON.parse(
      (await run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--bulan", "2", "--json"])).out
    );
    expect(only.score).toBe(63);
    const maret = JSON.parse(
      (await run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--kecualikan-maret", "51,52", "--json"]))
        .out
    );
    expect(maret.months[2].deviation).toBe(0);
    const wrongUnit = JSON.parse(
      (await run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--satuan-rencana", "rupiah", "--json"]))
        .out
    );
    expect(wrongUnit.score).toBeLessThan(10);
  });

  test("unusable input and bad arguments", async () => {
    await expect(run([file, "--rencana", "Tidak Ada", "--realisasi", "Realisasi"])).rejects.toThrow(TelaahInputError);
    await expect(run([file, "--rencana", "Hal III"])).rejects.toThrow(UsageError);
    await expect(run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--bulan", "0-3"])).rejects.toThrow(
      /--bulan/
    );
    await expect(
      run([file, "--rencana", "Hal III", "--realisasi", "Realisasi", "--satuan-rencana", "juta"])
    ).rejects.toThrow(/ribuan/);
  });
});
