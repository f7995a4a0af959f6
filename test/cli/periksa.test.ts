import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { ptg, writeXls } from "../helpers/xls-writer";

const SAMPLE = path.resolve(__dirname, "../../contoh/poltekes_632242_RKA-KL1810.xlsx");

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeBook(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("RKA");
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const HEADER = ["kode", "uraian", "vol", "sat", "hargasat", "jumlah"];

describe("telaah periksa on the real sample", () => {
  let json: {
    file: string;
    sheet: string;
    layout: string;
    summary: Record<string, number>;
    findings: { rule: string; severity: string; cell: string; row: number; basis: string }[];
  };
  let code: number;
  beforeAll(async () => {
    const r = await run(["periksa", SAMPLE, "--json"]);
    code = r.code;
    json = JSON.parse(r.out);
  }, 60000);

  it("prints one JSON object with the agreed shape", () => {
    expect(json).toMatchObject({ sheet: "Sheet1", layout: "rkakl-export" });
    expect(Object.keys(json.summary).sort()).toEqual(["error", "info", "warning"]);
    for (const f of json.findings) {
      expect(f).toEqual(
        expect.objectContaining({
          rule: expect.stringMatching(/^[A-Z]+-/),
          severity: expect.stringMatching(/^(error|warning|info)$/),
          cell: expect.any(String),
          row: expect.any(Number),
          basis: expect.any(String),
        })
      );
    }
    expect(code).toBe(1);
  });

  it("finds every line whose jumlah is not vol x harga", () => {
    const cells = json.findings.filter((f) => f.rule === "ARITH-JUMLAH" && f.severity === "error").map((f) => f.cell);
    expect(cells).toEqual(["F1251", "F2177", "F2180", "F3796", "F3955", "F3956"]);
  });

  it("finds every line whose bracket expression disagrees with its volume", () => {
    const cells = json.findings.filter((f) => f.rule === "ARITH-VOLUME").map((f) => f.cell);
    expect(cells).toEqual(["C1322", "C2442", "C3979"]);
  });

  it("reports the thousand round-down convention as info only", () => {
    const rounding = json.findings.filter((f) => f.rule === "ARITH-JUMLAH" && f.severity === "info");
    expect(rounding.length).toBe(43);
    expect(rounding.map((f) => f.cell)).toContain("F82");
  });

  it("reports the one wrong group total once", () => {
    expect(json.findings.filter((f) => f.rule === "ARITH-TOTAL").map((f) => f.cell)).toEqual(["F1820"]);
  });
});

describe("telaah periksa on the RKAKL application's own .XLS (BIFF2)", () => {
  const XLS = path.resolve(__dirname, "../../../shared/samples/poltekes_632242_RKA-KL1810.XLS");
  const key = (f: { rule: string; severity: string; cell: string; message: string }) =>
    `${f.cell} ${f.rule} ${f.severity} ${f.message}`;

  it("gives the findings the same data saved as .xlsx gives", async () => {
    const [xls, xlsx] = await Promise.all(
      [XLS, SAMPLE].map(async (f) => JSON.parse((await run(["periksa", f, "--json", "--tahun", "2018"])).out))
    );
    expect(xls.sheet).toBe("poltekes_632242_RKA-KL1810");
    expect(xls.layout).toBe("rkakl-export");
    expect(xls.summary).toEqual(xlsx.summary);
    expect(xls.findings.map(key)).toEqual(xlsx.findings.map(key));
  }, 60000);

  it("writes its marked copy as a new .xlsx that Excel opens", async () => {
    const copy = path.join(dir, "rkakl-bertanda.xlsx");
    const r = await run(["periksa", XLS, "--keluaran", copy]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.worksheets[0];
    expect(ws.getCell("B2").value).toBe("Program Pengembangan dan Pemberdayaan Sumber Daya Manusia Kesehatan (PPSDMK)");
    expect(ws.getCell("F1251").note).toBeDefined();
    expect(JSON.stringify(ws.getCell("F1251").fill)).toMatch(/FFF4CCCC/);
  }, 60000);
});

describe("telaah periksa on an Excel 97-2003 .xls", () => {
  const rows = [
    ["KERTAS KERJA SATKER T.A. 2026"],
    ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
    [],
    ["KODE", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH BIAYA"],
    ["521211", "Belanja Bahan", null, null, null, 1301000],
    [null, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000, 301000],
    [null, "- ATK [10 PKT]", 10, "PKT", 100000, 1000000],
    ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, 4500000],
    [null, "- Uang harian luar kota Jakarta [3 ORG x 2 HARI]", 6, "OH", 750000, 4500000],
  ];
  const key = (f: { rule: string; severity: string; cell: string; message: string }) =>
    `${f.cell} ${f.rule} ${f.severity} ${f.message}`;

  it("gives the findings the same rows give as .xlsx, on the sheet chosen the same way", async () => {
    const xls = path.join(dir, "kertas-kerja.xls");
    fs.writeFileSync(
      xls,
      writeXls([
        { name: "Catatan", rows: [["bukan anggaran"]] },
        { name: "RKA", rows },
      ])
    );
    const xlsx = await writeBook("kertas-kerja.xlsx", rows);
    const [a, b] = await Promise.all(
      [xls, xlsx].map(async (f) => JSON.parse((await run(["periksa", f, "--json"])).out))
    );
    expect(a.sheet).toBe("RKA");
    expect(a.layout).toBe("kertas-kerja");
    expect(a.findings.map(key)).toEqual(b.findings.map(key));
    expect(a.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(["ARITH-JUMLAH", "SBM-UANG-HARIAN"])
    );
  });

  it("checks formulas as in the .xlsx: a typed number among them, a SUM that skips a line", async () => {
    const head = [
      ["KERTAS KERJA SATKER T.A. 2026"],
      ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
      [],
      ["KODE", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH BIAYA"],
    ];
    const lines: [string, number, string, number][] = [
      ["- ATK [10 PKT]", 10, "PKT", 100000],
      ["- Kertas [20 RIM]", 20, "RIM", 50000],
      ["- Tinta [5 BH]", 5, "BH", 200000],
      ["- Map [40 BH]", 40, "BH", 5000],
    ];
    // Jumlah F6:F9 = C*E, except F8 typed as a number; the akun's total F5 = SUM(F6:F8) leaves F9 out.
    const xlsxBook = new ExcelJS.Workbook();
    const ws = xlsxBook.addWorksheet("RKA");
    head.forEach((r) => ws.addRow(r));
    ws.addRow(["521211", "Belanja Bahan", null, null, null, { formula: "SUM(F6:F8)", result: 3000000 }]);
    lines.forEach(([u, v, sat, h], i) =>
      ws.addRow([null, u, v, sat, h, i === 2 ? v * h : { formula: `C${6 + i}*E${6 + i}`, result: v * h }])
    );
    const xlsx = path.join(dir, "rumus.xlsx");
    await xlsxBook.xlsx.writeFile(xlsx);
    const xls = path.join(dir, "rumus.xls");
    fs.writeFileSync(
      xls,
      writeXls([
        {
          name: "RKA",
          rows: [
            ...head,
            [
              "521211",
              "Belanja Bahan",
              null,
              null,
              null,
              { formula: 3000000, tokens: Buffer.concat([ptg.area("F6:F8"), ptg.sum()]) },
            ],
            ...lines.map(([u, v, sat, h], i) => [
              null,
              u,
              v,
              sat,
              h,
              i === 2
                ? v * h
                : { formula: v * h, tokens: Buffer.concat([ptg.ref(`C${6 + i}`), ptg.ref(`E${6 + i}`), ptg.op("*")]) },
            ]),
          ],
        },
      ])
    );
    const [a, b] = await Promise.all(
      [xls, xlsx].map(async (f) => JSON.parse((await run(["periksa", f, "--json"])).out))
    );
    expect(a.findings.map(key)).toEqual(b.findings.map(key));
    expect(a.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(
      expect.arrayContaining(["RUMUS-KETIK F8", "RUMUS-SUM F5"])
    );
  });

  it("writes the marked copy as a new .xlsx with every sheet", async () => {
    const xls = path.join(dir, "dua-lembar.xls");
    fs.writeFileSync(
      xls,
      writeXls([
        { name: "Catatan", rows: [["bukan anggaran"]] },
        { name: "RKA", rows },
      ])
    );
    const copy = path.join(dir, "dua-lembar-bertanda.xlsx");
    expect((await run(["periksa", xls, "--keluaran", copy])).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Catatan", "RKA"]);
    expect(wb.worksheets[1].getCell("F6").note).toBeDefined();
    expect(wb.worksheets[1].getCell("B9").value).toBe("- Uang harian luar kota Jakarta [3 ORG x 2 HARI]");
  });
});

describe("telaah periksa exit codes and output", () => {
  it("exits 0 with a readable Indonesian report on a clean sheet", async () => {
    const file = await writeBook("bersih.xlsx", [
      HEADER,
      ["521211", "Belanja Bahan", 0, null, 0, 300],
      [null, "- ATK [3 PKT]", 3, "PKT", 100, 300],
    ]);
    const r = await run(["periksa", file, "--tahun", "2026", "--provinsi", "Jateng"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Temuan: 0 galat");
    expect(r.out).toContain("Tidak ada temuan.");
    expect(r.err).toBe("");
  });

  it("exits 1 when there are errors", async () => {
    const file = await writeBook("salah.xlsx", [
      HEADER,
      ["521211", "Belanja Bahan", 0, null, 0, 301],
      [null, "- ATK", 3, "PKT", 100, 301],
    ]);
    const r = await run(["periksa", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/F3\s+GALAT\s+ARITH-JUMLAH/);
  });

  it.each([
    [["periksa", "/tidak/ada.xlsx"], /tidak ditemukan/],
    [["periksa"], /Sebutkan berkas atau folder/],
    [["periksa", "a.xlsx", "--paralel", "0"], /--paralel/],
    [["periksa", "a.xlsx", "--json", "--ringkas"], /--ringkas dan --json/],
    [["periksa", "a.xlsx", "--tahap", "salah"], /--tahap/],
    [["periksa", "a.xlsx", "--tahun", "26"], /--tahun/],
    [["periksa", "a.xlsx", "--entah"], /Opsi tidak dikenal/],
    [["entah"], /perintah tidak dikenal/],
  ])("exits 2 with one Indonesian line for %p", async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 when no sheet holds a budget table", async () => {
    const file = await writeBook("hadir.xlsx", [["DAFTAR HADIR"], ["No", "Nama", "Tanda tangan"], [1, "Budi", null]]);
    const r = await run(["periksa", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tabel anggaran/);
  });

  it("exits 2 for a file that is not a workbook", async () => {
    const file = path.join(dir, "bukan.xlsx");
    fs.writeFileSync(file, "kode;uraian\n521211;Belanja Bahan\n");
    const r = await run(["periksa", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bukan buku kerja/);
  });

  it("says when standar biaya could not be checked, never guessing the year", async () => {
    const file = await writeBook("tanpa-tahun.xlsx", [
      HEADER,
      ["521211", "Belanja Bahan", 0, null, 0, 300],
      [null, "- ATK [3 PKT]", 3, "PKT", 100, 300],
    ]);
    const r = await run(["periksa", file, "--json"]);
    const json = JSON.parse(r.out);
    expect(json.findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual([
      "SBM-KONTEKS info",
    ]);
    expect(json.findings[0].message).toMatch(/tahun anggaran tidak diketahui/);
  });

  it("checks standar biaya against the user's own table given with --sbm", async () => {
    const file = await writeBook("sbm.xlsx", [
      HEADER,
      ["524111", "Belanja Perjalanan Dinas Biasa", 0, null, 0, 1800000],
      [null, "- Uang harian ke Semarang [2 ORG x 3 HARI]", 6, "OH", 300000, 1800000],
    ]);
    const csv = path.join(dir, "sbm-2027.csv");
    fs.writeFileSync(
      csv,
      "tahun,kode item,provinsi,uraian,satuan,nilai,sumber\n2027,UH-LUAR-KOTA,JAWA TENGAH,Uang harian luar kota,OH,250000,Surat persetujuan S-1/2027\n"
    );
    const r = await run(["periksa", file, "--tahun", "2027", "--provinsi", "Jateng", "--sbm", csv, "--json"]);
    const json = JSON.parse(r.out);
    const sbm = json.findings.filter((f: { rule: string }) => f.rule === "SBM-UANG-HARIAN");
    expect(sbm).toHaveLength(1);
    expect(sbm[0].basis).toMatch(/pengguna/);
  });

  it("writes a marked copy and never touches the input", async () => {
    const file = await writeBook("tandai.xlsx", [
      HEADER,
      ["521211", "Belanja Bahan", 0, null, 0, 301],
      [null, "- ATK", 3, "PKT", 100, 301],
    ]);
    const before = fs.readFileSync(file);
    const copy = path.join(dir, "tandai-hasil.xlsx");
    const r = await run(["periksa", file, "--keluaran", copy]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const cell = wb.getWorksheet("RKA")!.getCell("F3");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF4CCCC");
    expect(JSON.stringify(cell.note)).toContain("ARITH-JUMLAH");
    expect(cell.value).toBe(301);
    const same = await run(["periksa", file, "--keluaran", file]);
    expect(same.code).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("reads the sheet named by --lembar and says which sheets exist otherwise", async () => {
    const file = await writeBook("lembar.xlsx", [
      HEADER,
      ["521211", "Belanja Bahan", 0, null, 0, 300],
      [null, "- ATK", 3, "PKT", 100, 300],
    ]);
    expect((await run(["periksa", file, "--lembar", "rka", "--json"])).code).toBe(0);
    const r = await run(["periksa", file, "--lembar", "Tidak Ada"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"RKA"');
  });
});
