/**
 * A corpus of bad, odd and hostile workbooks, made by code into a temporary folder. Each case says what
 * a user must get: "unusable" (exit 2, one Indonesian line on stderr) or "report" (exit 0/1). The large
 * cases (a million cells, the last cell of the sheet) are made separately: they take seconds to write.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeBiff2 } from "../helpers/biff2-writer";
import { compoundFile, writeXls } from "../helpers/xls-writer";

export type Expect = "unusable" | "report";

export interface HostileCase {
  name: string;
  /** The path handed to `telaah periksa`. */
  file: string;
  /** Extra arguments after the file. */
  args?: string[];
  expect: Expect;
  /** For unusable cases: what the one line on stderr must say. */
  message?: RegExp;
}

type Cell = ExcelJS.CellValue;

export const KK_HEADER = ["KODE", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH BIAYA", "SD/CP"];

/** Deterministic bytes, so the corpus is the same on every run. */
function pseudoRandomBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}

async function writeRows(
  file: string,
  rows: Cell[][],
  edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  sheetName = "RKA"
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  edit?.(ws, wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A small kertas kerja: RO > komponen > akun > three lines; the ATK line's jumlah (F11) is wrong. */
export function budgetRows(): Cell[][] {
  return [
    ["KERTAS KERJA SATKER T.A. 2026"],
    ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
    [],
    KK_HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["4223.EBA.962", "Layanan Umum", 1, "Layanan", null, 2_100_000],
    ["051", "Persiapan", null, null, null, 2_100_000],
    ["521211", "Belanja Bahan", null, null, null, 2_100_000, "RM"],
    [null, "- Konsumsi rapat [15 OR x 2 KEG]", 30, "OK", 50_000, 1_500_000],
    [null, "- Fotocopy [10 EKS x 1 KEG]", 10, "EKS", 15_000, 150_000],
    [null, "- ATK [4 PKT x 1 KEG]", 4, "PKT", 100_000, 450_000],
  ];
}

const ERRORS = ["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"];
const err = (i: number): Cell => ({ error: ERRORS[i % ERRORS.length] }) as ExcelJS.CellErrorValue;

/** Text that has made regexes backtrack: volume-expression look-alikes, spaces, digits. */
export function hostileTexts(length = 32_000): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    fill("1a x ") + "!",
    fill("1 a x ") + "1 a x",
    fill("1") + "a",
    "1" + fill(" ") + "a!",
    "[" + fill("1 a x ") + "]",
    "TA" + fill(" ") + "x",
    fill("(1)") + "x",
    fill("Rp ") + "1 jt!",
    fill("> "),
  ];
}

export async function writeCorpus(dir: string): Promise<HostileCase[]> {
  const at = (name: string) => path.join(dir, name);
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);
  const good = await writeRows(at("baik.xlsx"), budgetRows());

  // Files that are not workbooks at all.
  fs.writeFileSync(at("kosong.xlsx"), "");
  add({ name: "an empty file", file: at("kosong.xlsx"), expect: "unusable", message: /kosong/ });
  fs.writeFileSync(at("acak.xlsx"), pseudoRandomBytes(4096));
  add({ name: "random bytes", file: at("acak.xlsx"), expect: "unusable", message: /bukan buku kerja/ });
  fs.writeFileSync(
    at("zip-rusak.xlsx"),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), pseudoRandomBytes(4096, 3)])
  );
  add({
    name: "corrupt bytes behind a zip signature",
    file: at("zip-rusak.xlsx"),
    expect: "unusable",
    message: /rusak/,
  });
  const whole = fs.readFileSync(good);
  fs.writeFileSync(at("terpotong.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  add({ name: "a workbook cut in half", file: at("terpotong.xlsx"), expect: "unusable", message: /rusak/ });
  const flipped = Buffer.from(whole);
  for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] ^= 0x5a;
  fs.writeFileSync(at("bit-terbalik.xlsx"), flipped);
  add({
    name: "a workbook with flipped bytes all through it",
    file: at("bit-terbalik.xlsx"),
    expect: "unusable",
    message: /rusak/,
  });
  fs.writeFileSync(
    at("csv.xlsx"),
    "kode;uraian;vol;sat;hargasat;jumlah\n521211;Belanja Bahan;;;;300\n;ATK;3;PKT;100;300\n"
  );
  add({ name: "CSV text renamed .xlsx", file: at("csv.xlsx"), expect: "unusable", message: /bukan buku kerja/ });
  fs.writeFileSync(
    at("lama.xls"),
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)])
  );
  add({ name: "an old binary .xls", file: at("lama.xls"), expect: "unusable", message: /\.xls lama/ });
  // Excel 97-2003 files are read; a protected one, or an old Office file that is no workbook, is named.
  const xlsRows = [
    ["KODE", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH BIAYA"],
    ["521211", "Belanja Bahan", null, null, null, 301000],
    [null, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000, 301000],
  ];
  fs.writeFileSync(at("excel97.xls"), writeXls([{ name: "RKA", rows: xlsRows }]));
  add({ name: "an Excel 97-2003 .xls with a wrong jumlah", file: at("excel97.xls"), expect: "report" });
  fs.writeFileSync(at("sandi.xls"), writeXls([{ name: "RKA", rows: xlsRows }], { filePass: true }));
  add({ name: "a password-protected .xls", file: at("sandi.xls"), expect: "unusable", message: /kata sandi/ });
  fs.writeFileSync(at("word.xls"), compoundFile([{ name: "WordDocument", data: pseudoRandomBytes(6000, 5) }]));
  add({
    name: "an old Office file that is no workbook (Word)",
    file: at("word.xls"),
    expect: "unusable",
    message: /bukan buku kerja Excel/,
  });
  // The legacy RKAKL application's own .XLS: a bare BIFF2 stream, read; broken or older ones are named.
  const rkakl = writeBiff2([
    ["kode", "uraian", "vol", "sat", "hargasat", "jumlah", "kdblokir", "sdana"],
    ["521211", "Belanja Bahan", null, null, null, 301000],
    [null, "- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK", 20000, 301000],
  ]);
  fs.writeFileSync(at("rkakl.XLS"), rkakl);
  add({ name: "the RKAKL application's .XLS (BIFF2) with a wrong jumlah", file: at("rkakl.XLS"), expect: "report" });
  fs.writeFileSync(at("rkakl-terpotong.XLS"), rkakl.subarray(0, rkakl.length - 20));
  add({ name: "a BIFF2 .XLS cut short", file: at("rkakl-terpotong.XLS"), expect: "unusable", message: /rusak/ });
  fs.writeFileSync(at("grafik.XLS"), writeBiff2([["a"]], { streamType: 0x20 }));
  add({
    name: "a BIFF2 chart, no worksheet",
    file: at("grafik.XLS"),
    expect: "unusable",
    message: /tanpa lembar kerja/,
  });
  fs.writeFileSync(at("excel4.xls"), Buffer.from([0x09, 0x04, 0x06, 0, 0, 0, 0x10, 0, 0, 0, 0x0a, 0, 0, 0]));
  add({ name: "an Excel 4.0 (BIFF4) stream", file: at("excel4.xls"), expect: "unusable", message: /BIFF4/ });
  fs.mkdirSync(at("folder.xlsx"));
  add({
    name: "a directory",
    file: at("folder.xlsx"),
    expect: "unusable",
    message: /Folder .* tidak memuat buku kerja/,
  });
  add({ name: "a missing path", file: at("tidak-ada/berkas.xlsx"), expect: "unusable", message: /tidak ditemukan/ });
  const zip = new JSZip();
  zip.file("readme.txt", "bukan buku kerja");
  fs.writeFileSync(at("zip-lain.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  add({ name: "a zip that holds no workbook", file: at("zip-lain.xlsx"), expect: "unusable" });

  // A merge over the whole sheet (17 billion cells) would hang ExcelJS, which makes an object per merged
  // cell; it is refused with a sentence before either reader starts, also when the fast reader leaves the
  // workbook to ExcelJS (here for its hyperlinked cell).
  const wholeSheetMerge = async (file: string, withLink: boolean) => {
    const bytes = await writeRows(at(file), budgetRows(), (ws) => {
      if (withLink) ws.getCell("H1").value = { text: "situs", hyperlink: "https://example.org" };
    }).then((f) => fs.readFileSync(f));
    const book = await JSZip.loadAsync(bytes);
    const part = "xl/worksheets/sheet1.xml";
    const xml = await book.file(part)!.async("string");
    book.file(
      part,
      xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    );
    fs.writeFileSync(at(file), await book.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  };
  await wholeSheetMerge("gabung-selembar.xlsx", false);
  add({
    name: "a merge over the whole sheet",
    file: at("gabung-selembar.xlsx"),
    expect: "unusable",
    message: /sel gabungan/,
  });
  await wholeSheetMerge("gabung-selembar-tautan.xlsx", true);
  add({
    name: "a merge over the whole sheet, in a workbook left to ExcelJS",
    file: at("gabung-selembar-tautan.xlsx"),
    expect: "unusable",
    message: /sel gabungan/,
  });

  // A ZIP bomb: a part that claims to unpack to about 4 GB (its sizes patched in both headers). The fast
  // reader never unpacks a part it does not need; a workbook left to ExcelJS (hyperlinks) is refused
  // before ExcelJS would inflate every part at once.
  {
    const base = await writeRows(at("bom-zip.xlsx"), budgetRows(), (ws) => {
      ws.getCell("H1").value = { text: "situs", hyperlink: "https://example.org" };
    });
    const book = await JSZip.loadAsync(fs.readFileSync(base));
    book.file("xl/media/besar.bin", Buffer.alloc(4096));
    const zip = Buffer.from(await book.generateAsync({ type: "nodebuffer", compression: "STORE" }));
    const name = Buffer.from("xl/media/besar.bin");
    for (let i = zip.indexOf(name); i >= 0; i = zip.indexOf(name, i + 1)) {
      // Local header: name at +30, sizes at +18/+22; central directory: name at +46, sizes at +20/+24.
      if (zip.readUInt32LE(i - 30) === 0x04034b50) zip.writeUInt32LE(0xfffffff0, i - 30 + 22);
      if (zip.readUInt32LE(i - 46) === 0x02014b50) zip.writeUInt32LE(0xfffffff0, i - 46 + 24);
    }
    fs.writeFileSync(at("bom-zip.xlsx"), zip);
    add({ name: "a ZIP bomb left to ExcelJS", file: at("bom-zip.xlsx"), expect: "unusable", message: /membesar/ });
  }

  // A macro-enabled workbook (.xlsm), as RAB templates with macros are saved: its own content type and a
  // VBA project part beside the sheets. The macros are never run, only the cells read.
  {
    const book = await JSZip.loadAsync(fs.readFileSync(good));
    const types = await book.file("[Content_Types].xml")!.async("string");
    book.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        )
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    );
    book.file("xl/vbaProject.bin", pseudoRandomBytes(2048, 9));
    const rels = await book.file("xl/_rels/workbook.xml.rels")!.async("string");
    book.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
      )
    );
    fs.writeFileSync(at("makro.xlsm"), await book.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    add({ name: "a macro-enabled workbook (.xlsm)", file: at("makro.xlsm"), expect: "report" });
  }

  // Workbooks without a budget table.
  await writeRows(at("lembar-kosong.xlsx"), []);
  add({
    name: "a workbook whose only sheet is empty",
    file: at("lembar-kosong.xlsx"),
    expect: "unusable",
    message: /tabel anggaran/,
  });
  await writeRows(
    at("daftar-hadir.xlsx"),
    [
      ["DAFTAR HADIR RAPAT KOORDINASI"],
      ["Hari/Tanggal", ": Senin, 5 Januari 2026"],
      [],
      ["No", "Nama", "NIP", "Jabatan", "Tanda Tangan"],
      ...Array.from({ length: 40 }, (_, i) => [i + 1, `Peserta ${i + 1}`, `19800101200501100${i}`, "Staf", null]),
    ],
    undefined,
    "Daftar Hadir"
  );
  add({
    name: "a sheet that is not a budget (daftar hadir)",
    file: at("daftar-hadir.xlsx"),
    expect: "unusable",
    message: /tabel anggaran/,
  });
  await writeRows(at("judul-saja.xlsx"), [KK_HEADER]);
  add({ name: "a header with no rows under it", file: at("judul-saja.xlsx"), expect: "unusable" });
  await writeRows(
    at("galat-semua.xlsx"),
    Array.from({ length: 30 }, (_, r) => Array.from({ length: 8 }, (_, c) => err(r + c)))
  );
  add({
    name: "error values in every cell, header included",
    file: at("galat-semua.xlsx"),
    expect: "unusable",
    message: /tabel anggaran/,
  });
  add({
    name: "--lembar naming a sheet that does not exist",
    file: good,
    args: ["--lembar", "Tidak Ada"],
    expect: "unusable",
    message: /tidak ada/,
  });

  // Usable workbooks with odd content: a report, never a crash.
  await writeRows(at("sel-gabung.xlsx"), budgetRows(), (ws) => {
    ws.mergeCells("B9:B11"); // uraian merged across three detail lines
    ws.mergeCells("F9:F10"); // jumlah merged across two lines
    ws.mergeCells("A6:G6"); // a whole RO line merged
    ws.mergeCells("C4:D5"); // header and numbering row merged together
  });
  add({ name: "merged cells across data", file: at("sel-gabung.xlsx"), expect: "report" });
  await writeRows(at("baris-tersembunyi.xlsx"), budgetRows(), (ws) => {
    for (const r of [4, 5, 8, 10]) ws.getRow(r).hidden = true;
  });
  add({ name: "hidden rows (header included)", file: at("baris-tersembunyi.xlsx"), expect: "report" });
  await writeRows(at("galat-data.xlsx"), [
    ...budgetRows().slice(0, 5),
    ...Array.from({ length: 30 }, (_, r) => Array.from({ length: 7 }, (_, c) => err(r * 7 + c))),
  ]);
  add({ name: "error values in every data cell", file: at("galat-data.xlsx"), expect: "report" });
  await writeRows(at("angka-teks.xlsx"), [
    ...budgetRows().slice(0, 5),
    ["521211", "Belanja Bahan", null, null, null, "2.050.000"],
    [null, "- Konsumsi rapat [15 OR x 2 KEG]", "30", "OK", "Rp 50.000", "1.500.000"],
    [null, "- Fotocopy", "10", "EKS", "15.000,00", "150.000"],
    [null, "- ATK", "4", "PKT", "100.000", "400.001"],
    [null, "- Lain", " 1,5 ", "PKT", "(1.000)", "(1.500)"],
  ]);
  add({ name: "numbers typed as text", file: at("angka-teks.xlsx"), expect: "report" });
  const f = (formula: string, result: Cell): Cell => ({ formula, result }) as ExcelJS.CellFormulaValue;
  await writeRows(at("rumus-galat.xlsx"), [
    ...budgetRows().slice(0, 5),
    ["521211", "Belanja Bahan", null, null, null, f("SUM(F7:F9)", err(0))],
    [null, "- Konsumsi rapat [15 OR x 2 KEG]", f("15*2", 30), "OK", 50_000, f("C7*E7", 1_500_000)],
    [null, "- Fotocopy", f("1/0", err(2)), "EKS", 15_000, f("C8*E8", err(1))],
    [null, "- ATK", 4, "PKT", f("VLOOKUP(B9,X:Y,2,0)", err(3)), f("C9*E9", err(3))],
    [null, "- Tanpa hasil", 1, "PKT", 1000, { formula: "C10*E10" } as ExcelJS.CellFormulaValue],
  ]);
  add({ name: "formulas returning errors", file: at("rumus-galat.xlsx"), expect: "report" });
  const texts = hostileTexts();
  await writeRows(at("teks-panjang.xlsx"), [
    ["KERTAS KERJA " + texts[5]],
    ["TA" + " ".repeat(32_000) + "x", "LOKASI" + " ".repeat(32_000) + ":"],
    KK_HEADER,
    ["521211", "Belanja Bahan " + texts[0], null, null, null, 1000],
    ...texts.map((t, i) => [i % 2 ? null : t.slice(0, 5000), t, t.slice(0, 100), t.slice(0, 300), t, t, t]),
    [null, "- ATK [1 PKT]", 1, "PKT", 1000, 1000],
  ]);
  add({
    name: "extremely long texts (32,000 characters, regex-hostile)",
    file: at("teks-panjang.xlsx"),
    expect: "report",
  });
  await writeRows(
    at("unicode.xlsx"),
    [
      ["كشف الميزانية", "תקציב", "预算 🧾"],
      ["KO\u200BDE", "URAI\u200DAN", "VOLUME\u00a0", "SATUAN", "HARGA\u2060SATUAN", "JUMLAH BIAYA", "SD/CP"],
      ["\ufeff4223.EBA.962", "Layanan \u202eUmum\u202c", 1, "Layanan", null, 1500],
      ["521\u200B211", "Belanja Bahan 💰", null, null, null, 1500],
      [null, "- Konsumsi\u0301 rapat ̷̧̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰ [１５ OR x ２ KEG]", 30, "ORG\u200b", 50, 1500],
      [null, "- 👩‍👩‍👧‍👦 keluarga 🇮🇩 [1 PKT x 1 KEG]", 1, "PKT", 0, 0],
      [null, "- نفقات السفر [2 ORG x 1 HARI]", 2, "OH", 0, 0],
      ["\u0000\u0001\u0008", "kontrol \u0007\u001b[31m merah", 1, "\u0085", 0, 0],
      [null, "\ud83d tanpa pasangan \udc00", 1, "PKT", 0, 0],
    ],
    undefined,
    "Anggaran 🧾 ٢٠٢٦"
  );
  add({
    name: "odd unicode (RTL, zero-width, emoji, combining marks, controls, lone surrogates)",
    file: at("unicode.xlsx"),
    expect: "report",
  });
  await writeRows(at("aneka-jenis.xlsx"), [
    ...budgetRows().slice(0, 5),
    ["521211", "Belanja Bahan", null, null, null, 3],
    [null, { richText: [{ text: "- ATK " }, { font: { bold: true }, text: "[1 PKT]" }] }, 1, "PKT", true, 1],
    [null, { text: "- Tautan", hyperlink: "https://example.org" }, new Date(Date.UTC(2026, 0, 5)), "PKT", 1, 1],
    [null, "- Bilangan aneh", 1e308, "PKT", -0, Number.MIN_VALUE],
  ]);
  add({
    name: "booleans, dates, rich text, hyperlinks and extreme numbers in data",
    file: at("aneka-jenis.xlsx"),
    expect: "report",
  });
  const multi = new ExcelJS.Workbook();
  multi.addWorksheet("Kosong");
  multi.addWorksheet("Hadir").addRows([
    ["No", "Nama", "Tanda Tangan"],
    [1, "Budi", null],
  ]);
  const rka = multi.addWorksheet("RKA 2026");
  rka.addRows(budgetRows());
  await multi.xlsx.writeFile(at("banyak-lembar.xlsx"));
  add({
    name: "the budget on the third sheet, after an empty one and a daftar hadir",
    file: at("banyak-lembar.xlsx"),
    expect: "report",
  });

  // The user's own standar biaya (--sbm CSV, SBM_PENGGUNA sheet) is input too.
  add({ name: "--sbm naming a directory", file: good, args: ["--sbm", dir], expect: "unusable", message: /--sbm/ });
  fs.writeFileSync(at("sbm-acak.csv"), pseudoRandomBytes(3000, 11));
  add({ name: "--sbm with random bytes", file: good, args: ["--sbm", at("sbm-acak.csv")], expect: "report" });
  fs.writeFileSync(
    at("sbm-aneh.csv"),
    `tahun;kode item;provinsi;nilai;rute\n2026;UH-LUAR-KOTA;DKI;-5;\nTA 2026;"UH-LUAR-KOTA;;Rp1\n\n;;;;\n2026;KONSUMSI-MAKAN;;${"9".repeat(40_000)};\n2026;TIKET-EKONOMI;;1;${texts[3]}\n`
  );
  add({
    name: "--sbm CSV with broken quotes, negative and 40,000-digit values",
    file: good,
    args: ["--sbm", at("sbm-aneh.csv")],
    expect: "report",
  });
  await writeRows(at("sbm-lembar.xlsx"), budgetRows(), (_ws, wb) => {
    const sbm = wb.addWorksheet("SBM_PENGGUNA");
    sbm.addRow(["tahun", "kode item", "provinsi", "uraian", "satuan", "nilai", "sumber", "rute"]);
    for (let i = 0; i < 30; i++)
      sbm.addRow([
        i % 3 ? 2026 : err(i),
        i % 2 ? "UH-LUAR-KOTA" : texts[i % texts.length].slice(0, 2000),
        "Jawa Tengah\u200b",
        "x",
        "OH",
        i % 4 ? 530_000 : "Rp -1",
        texts[0].slice(0, 500),
        null,
      ]);
  });
  add({ name: "an SBM_PENGGUNA sheet full of errors and hostile text", file: at("sbm-lembar.xlsx"), expect: "report" });
  return cases;
}

/**
 * A budget sheet of about a million cells: a kertas kerja table at the left and monthly figures in
 * columns beside it (50 columns x 20,000 rows), written with the streaming writer.
 */
export async function writeMillionCells(file: string, rows = 20_000, extraColumns = 43): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("Kertas Kerja");
  ws.addRow([...KK_HEADER, ...Array.from({ length: extraColumns }, (_, i) => `Kolom ${i + 1}`)]).commit();
  const extra = (r: number) => Array.from({ length: extraColumns }, (_, i) => (r * 31 + i) % 1000);
  for (let r = 0; r < rows; r++) {
    const line =
      r % 20 === 0
        ? ["521211", "Belanja Bahan", null, null, null, 19 * 30_000, "RM"]
        : [null, `- Konsumsi rapat ${r} [3 ORG x 2 KALI]`, 6, "OK", 5_000, 30_000, null];
    ws.addRow([...line, ...extra(r)]).commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

/** A small budget plus one stray value in the very last cell of the sheet (XFD1048576). */
export async function writeLastCell(file: string): Promise<string> {
  return writeRows(file, budgetRows(), (ws) => {
    ws.getCell("XFD1048576").value = "x";
  });
}

/** A budget whose every line has a wrong jumlah: a report far larger than a pipe's buffer. */
export async function writeManyFindings(file: string, lines = 2000): Promise<string> {
  const rows: Cell[][] = [KK_HEADER, ["521211", "Belanja Bahan", null, null, null, lines * 1001]];
  for (let i = 0; i < lines; i++) rows.push([null, `- Baris ${i + 1} [1 PKT]`, 1, "PKT", 1000, 1001]);
  return writeRows(file, rows);
}

/**
 * The corpus for one test file: written into a fresh temporary folder before its tests, removed after.
 * Read `dir` and `cases` inside tests (they are filled in by beforeAll).
 */
export function corpusForTests(prefix: string): { readonly dir: string; readonly cases: HostileCase[] } {
  const corpus = { dir: "", cases: [] as HostileCase[] };
  beforeAll(async () => {
    corpus.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    corpus.cases = await writeCorpus(corpus.dir);
  }, 60_000);
  afterAll(() => fs.rmSync(corpus.dir, { recursive: true, force: true }));
  return corpus;
}
