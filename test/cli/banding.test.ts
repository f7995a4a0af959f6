import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";

const SAMPLE = path.resolve(__dirname, "../../contoh/poltekes_632242_RKA-KL1810.xlsx");

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-banding-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Row = (string | number | null)[];
async function writeBook(name: string, sheets: Record<string, Row[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow(r);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const HEADER: Row = ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"];
const SEMULA: Row[] = [
  HEADER,
  ["4223.EBA.962", "Layanan Umum", 0, null, 0, 3350000],
  ["051", "Persiapan", 0, null, 0, 3350000],
  ["521211", "Belanja Bahan", 0, null, 0, 1650000],
  [null, "- Konsumsi rapat [15 OR x 2 KEG]", 30, "OK", 50000, 1500000],
  [null, "- Fotocopy [10 EKS x 1 KEG]", 10, "EKS", 15000, 150000],
  ["532111", "Belanja Modal Peralatan dan Mesin", 0, null, 0, 1700000],
  [null, "- Printer [2 UNIT]", 2, "UNIT", 850000, 1700000],
];

type Json = {
  changes: {
    kind: string;
    level: string;
    path: string;
    uraian: string;
    rowSemula: number | null;
    rowMenjadi: number | null;
    semula: number | null;
    menjadi: number | null;
    selisih: number;
    moved: boolean;
  }[];
  totals: {
    pagu: { semula: number; menjadi: number; selisih: number };
    jenisBelanja: { kode: string; selisih: number }[];
    akun: { kode: string; selisih: number }[];
  };
  flags: { rule: string; severity: string; basis: string }[];
  summary: { changed: number; added: number; removed: number };
};

describe("telaah banding on generated workbooks", () => {
  let semula: string;
  beforeAll(async () => {
    semula = await writeBook("semula.xlsx", { RKA: SEMULA });
  });

  it("reports nothing and exits 0 for a file compared with a reordered copy of itself", async () => {
    const copy = await writeBook("urut.xlsx", {
      RKA: [SEMULA[0], SEMULA[1], SEMULA[2], SEMULA[6], SEMULA[7], SEMULA[3], SEMULA[5], SEMULA[4]],
    });
    const r = await run(["banding", semula, copy, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.changes).toEqual([]);
    expect(json.flags).toEqual([]);
    expect(json.totals.akun).toEqual([]);
  });

  it("prints the agreed JSON for changed, added and removed lines, with 1-based rows and null sides", async () => {
    const menjadi = await writeBook("menjadi.xlsx", {
      RKA: [
        HEADER,
        ["4223.EBA.962", "Layanan Umum", 0, null, 0, 0],
        ["051", "Persiapan", 0, null, 0, 0],
        ["521211", "Belanja Bahan", 0, null, 0, 0],
        [null, "-  konsumsi RAPAT [20 OR x 2 KEG]", 40, "OK", 50000, 2000000],
        [null, "- Spanduk [1 BH]", 1, "BH", 300000, 300000],
        ["532111", "Belanja Modal Peralatan dan Mesin", 0, null, 0, 0],
        [null, "- Printer [2 UNIT]", 2, "UNIT", 850000, 1700000],
      ],
    });
    const r = await run(["banding", semula, menjadi, "--json"]);
    const json = JSON.parse(r.out) as Json;
    expect(json.changes).toEqual([
      expect.objectContaining({
        kind: "changed",
        level: "detil",
        path: "4223.EBA.962/051/521211",
        uraian: "-  konsumsi RAPAT [20 OR x 2 KEG]",
        rowSemula: 5,
        rowMenjadi: 5,
        semula: 1500000,
        menjadi: 2000000,
        selisih: 500000,
        moved: false,
      }),
      expect.objectContaining({
        kind: "removed",
        uraian: "- Fotocopy [10 EKS x 1 KEG]",
        rowSemula: 6,
        rowMenjadi: null,
        semula: 150000,
        menjadi: null,
        selisih: -150000,
      }),
      expect.objectContaining({
        kind: "added",
        uraian: "- Spanduk [1 BH]",
        rowSemula: null,
        rowMenjadi: 6,
        semula: null,
        menjadi: 300000,
        selisih: 300000,
      }),
    ]);
    expect(json.summary).toEqual({ changed: 1, added: 1, removed: 1 });
    expect(json.totals.pagu).toEqual({ semula: 3350000, menjadi: 4000000, selisih: 650000 });
    expect(json.totals.akun.map((a) => [a.kode, a.selisih])).toEqual([["521211", 650000]]);
    expect(json.flags.map((f) => f.rule)).toEqual(["REVISI-PAGU"]);
    expect(json.flags[0].basis).toMatch(/PAGU-01/);
    expect(r.code).toBe(1);
  });

  it("exits 1 when money moves between jenis belanja with the pagu unchanged, and says so in Indonesian", async () => {
    const rows = SEMULA.map((r) => [...r]);
    rows[7] = [null, "- Printer [2 UNIT]", 2, "UNIT", 600000, 1200000];
    rows[4] = [null, "- Konsumsi rapat [20 OR x 2 KEG]", 40, "OK", 50000, 2000000];
    const menjadi = await writeBook("geser.xlsx", { RKA: rows });
    const r = await run(["banding", semula, menjadi]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Perubahan: 2 berubah, 0 baru, 0 dihapus");
    expect(r.out).toContain(
      "GALAT REVISI-JENIS-BELANJA: Revisi menggeser dana antar jenis belanja: bertambah 52 +Rp500.000; berkurang 53 -Rp500.000."
    );
    expect(r.out).toMatch(/Dasar: PMK 62\/2023 jo\. PMK 107\/2024: DIPA menampilkan jenis belanja/);
    expect(r.out).toMatch(
      /harga satuan Rp850\.000 -> Rp600\.000; jumlah Rp1\.700\.000 -> Rp1\.200\.000; selisih -Rp500\.000/
    );
    expect(r.out).not.toContain("REVISI-PAGU");
  });

  it("compares two layouts (RKAKL export vs kertas kerja) chosen by sheet name and number", async () => {
    const book = await writeBook("dua.xlsx", {
      Catatan: [["Revisi ke-1"]],
      KK: [
        ["KERTAS KERJA SATKER T.A. 2026"],
        [],
        [
          "KODE",
          "PROGRAM/ KEGIATAN/ KRO/ RO/ KOMPONEN/ SUB KOMPONEN/ AKUN/ DETIL",
          "VOLUME",
          "SATUAN",
          "HARGA SATUAN",
          "JUMLAH BIAYA",
        ],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["4223.EBA.962", "Layanan Umum", 1, "Layanan", null, 3350000],
        ["051", "Persiapan", null, null, null, 3350000],
        ["532111", "Belanja Modal Peralatan dan Mesin", null, null, null, 1700000],
        [null, "- PRINTER [2 UNIT]", 2, "UNIT", 850000, 1700000],
        ["521211", "Belanja Bahan", null, null, null, 1650000],
        [null, "- Fotocopy [10 EKS x 1 KEG]", 10, "EKS", 15000, 150000],
        [null, "- Konsumsi rapat [15 OR x 2 KEG]", 30, "OK", 50000, 1500000],
      ],
    });
    const byName = await run(["banding", semula, book, "--lembar-menjadi", "kk", "--json"]);
    expect(byName.code).toBe(0);
    expect((JSON.parse(byName.out) as Json).changes).toEqual([]);
    const byNumber = await run(["banding", semula, book, "--lembar-menjadi", "2", "--lembar-semula", "1", "--json"]);
    expect(byNumber.code).toBe(0);
    expect((JSON.parse(byNumber.out) as Json).changes).toEqual([]);
  });

  it("writes a comparison workbook with outline levels, formulas and a summary", async () => {
    const rows = SEMULA.map((r) => [...r]);
    rows.splice(5, 1); // remove Fotocopy
    const menjadi = await writeBook("hapus.xlsx", { RKA: rows });
    const out = path.join(dir, "komparasi.xlsx");
    const r = await run(["banding", semula, menjadi, "--keluaran", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Lembar komparasi ditulis ke ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Komparasi", "Ringkasan"]);
    const ws = wb.getWorksheet("Komparasi")!;
    const data = [] as { kode: unknown; level: number; f: unknown; j: unknown; k: unknown; m: unknown }[];
    // ExcelJS rows read directly (no Office.js proxies here, nothing to load).
    const at = (n: number, c: number) => ws.findCell(n, c)?.value ?? null;
    for (let n = 7; n <= ws.rowCount; n++) {
      const level = ws.findRow(n)?.outlineLevel ?? 0;
      data.push({ kode: at(n, 1), level, f: at(n, 6), j: at(n, 10), k: at(n, 11), m: at(n, 13) });
    }
    expect(data.map((d) => d.level)).toEqual([0, 1, 2, 3, 3, 2, 3, 0]);
    const removed = data[4];
    expect(removed).toMatchObject({ f: 150000, j: null, m: "Dihapus", k: { formula: "J11-F11", result: -150000 } });
    expect(data[7]).toMatchObject({
      f: { formula: "SUM(F7)", result: 3350000 },
      j: { formula: "SUM(J7)", result: 3200000 },
    });
    const summary = wb.getWorksheet("Ringkasan")!;
    const texts: string[] = [];
    summary.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toEqual(expect.arrayContaining(["Per jenis belanja", "52 BELANJA BARANG"]));
    expect(texts.some((t) => t.startsWith("REVISI-PAGU (error)"))).toBe(true);
  });

  it("refuses to write the comparison over an input file", async () => {
    const r = await run(["banding", semula, semula, "--keluaran", semula]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^telaah: Berkas keluaran tidak boleh sama dengan berkas masukan/);
  });

  it.each([
    [["banding", "hanya-satu.xlsx"], /Sebutkan dua berkas/],
    [["banding", "tidak-ada.xlsx", "juga-tidak.xlsx"], /Berkas tidak ditemukan: tidak-ada\.xlsx/],
    [["banding", "a.xlsx", "b.xlsx", "--lembar"], /Opsi tidak dikenal: --lembar/],
  ])("exits 2 with one Indonesian line for %j", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("exits 2 when the sheet number does not exist or holds no budget table", async () => {
    const notes = await writeBook("catatan.xlsx", { Catatan: [["hanya catatan"]] });
    const missing = await run(["banding", semula, semula, "--lembar-menjadi", "3"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/hanya memuat 1 lembar; lembar ke-3 tidak ada/);
    const empty = await run(["banding", semula, notes]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/^telaah: Tidak ada lembar di .*catatan\.xlsx yang memuat tabel anggaran/);
  });
});

describe("telaah banding on the real sample against a modified copy", () => {
  let json: Json;
  let code: number;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.worksheets[0];
    // Row 12: Konsumsi pelaksanaan assesment [15 OR x 1 KEG] 15 x 35.000 -> 20 x 35.000.
    expect(ws.getCell("B12").value).toBe(
      "    -     Konsumsi pelaksanaan assesment (Ujian Tulis, Interview, Osce)  [15 OR x 1 KEG]"
    );
    ws.getCell("B12").value =
      "    -     Konsumsi pelaksanaan assesment (Ujian Tulis, Interview, Osce)  [20 OR x 1 KEG]";
    ws.getCell("C12").value = 20;
    ws.getCell("F12").value = 700000;
    expect(ws.getCell("B15").value).toBe("    -     Tool kit PPSM  [175 PST x 1 PKT]");
    ws.spliceRows(15, 1); // remove it (Rp3.500.000); "Konsumsi PPSM" moves up to row 15
    ws.spliceRows(16, 0, [null, "    -     Spanduk PPSM  [2 BH]", 2, "BH", 250000, 500000]);
    const modified = path.join(dir, "sample-menjadi.xlsx");
    await wb.xlsx.writeFile(modified);
    const r = await run(["banding", SAMPLE, modified, "--json"]);
    code = r.code;
    json = JSON.parse(r.out) as Json;
  }, 120000);

  it("finds exactly the three edits among 4,570 rows", () => {
    expect(json.changes.map((c) => [c.kind, c.rowSemula, c.rowMenjadi, c.selisih])).toEqual([
      ["changed", 12, 12, 175000],
      ["removed", 15, null, -3500000],
      ["added", null, 16, 500000],
    ]);
    expect(json.changes[0].path).toBe("024.12.10/2077/2077.502/2077.502.001/051/A/521211");
  });

  it("totals and flags follow", () => {
    expect(json.totals.pagu.selisih).toBe(175000 - 3500000 + 500000);
    expect(json.totals.pagu.semula).toBe(166248486000);
    expect(json.totals.akun).toEqual([expect.objectContaining({ kode: "521211", selisih: -2825000 })]);
    expect(json.totals.jenisBelanja.filter((j) => j.selisih !== 0).map((j) => j.kode)).toEqual(["52"]);
    expect(json.flags.map((f) => f.rule)).toEqual(["REVISI-PAGU"]);
    expect(code).toBe(1);
  });
});
