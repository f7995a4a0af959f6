/**
 * Hostile and broken input through `telaah periksa`, in process (main(argv, io)): every case ends with
 * exit 2 and one Indonesian line on stderr, or with a report (exit 0/1), never a crash, a stack trace or
 * a hang (each case has jest's timeout as its bound).
 */
import fs from "fs";
import path from "path";
import { corpusForTests, writeLastCell, writeMillionCells } from "./corpus";
import { runCli } from "../helpers/cli";

const run = (argv: string[]) => runCli(argv);

/** What no user should ever see: a stack frame, a JS error class, or the CLI's "unexpected" fallback. */
const CRASH_SIGNS = [
  /^\s+at .+\(.+:\d+:\d+\)/m,
  /^\s+at \S+:\d+:\d+$/m,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/,
  /galat tak terduga/,
  /\bundefined\b/,
];

function expectNoCrash(text: string) {
  for (const sign of CRASH_SIGNS) expect(text).not.toMatch(sign);
}

export function expectOneIndonesianLine(err: string) {
  const lines = err.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(err.endsWith("\n")).toBe(true);
  expect(lines[0]).toMatch(/^telaah: \S/);
  // Indonesian sentences about the input, not an English error message passed through.
  expect(lines[0]).toMatch(/\b(berkas|buku kerja|lembar|tidak|bukan|rusak|kosong|folder|tabel|simpan|buka)\b/i);
  expectNoCrash(err);
}

const corpus = corpusForTests("telaah-hostile-");

describe("hostile corpus through telaah periksa", () => {
  it("holds every kind of bad input the issue names", () => {
    const names = corpus.cases.map((c) => c.name).join("\n");
    for (const kind of [
      "empty file",
      "corrupt",
      "CSV",
      ".xls",
      "directory",
      "missing path",
      "only sheet is empty",
      "daftar hadir",
      "merged",
      "hidden",
      "error values",
      "numbers typed as text",
      "formulas returning errors",
      "long texts",
      "unicode",
    ])
      expect(names).toContain(kind);
  });

  it("gives each case exit 2 with one Indonesian line, or a report; never a crash", async () => {
    const seen: string[] = [];
    for (const c of corpus.cases) {
      const r = await run(["periksa", c.file, ...(c.args ?? [])]);
      seen.push(`${c.name}: ${r.code}`);
      if (c.expect === "unusable") {
        expect({ name: c.name, code: r.code }).toEqual({ name: c.name, code: 2 });
        expectOneIndonesianLine(r.err);
        if (c.message) expect(r.err).toMatch(c.message);
        expect(r.out).toBe("");
      } else {
        expect({ name: c.name, code: r.code, err: r.err }).toEqual({ name: c.name, code: expect.any(Number), err: "" });
        expect([0, 1]).toContain(r.code);
        expect(r.out).toMatch(/^Telaah: /);
        expect(r.out).toMatch(/Temuan: \d+ galat, \d+ peringatan, \d+ info/);
        expectNoCrash(r.out);
      }
    }
    expect(seen).toHaveLength(corpus.cases.length);
  }, 120_000);

  it("prints one parseable JSON object for every usable case", async () => {
    for (const c of corpus.cases.filter((x) => x.expect === "report")) {
      const r = await run(["periksa", c.file, "--json", ...(c.args ?? [])]);
      const json = JSON.parse(r.out);
      expect(json).toEqual(
        expect.objectContaining({ file: c.file, sheet: expect.any(String), layout: expect.any(String) })
      );
      for (const f of json.findings) expect(f.row).toBeGreaterThan(0);
    }
  }, 120_000);

  it("reads numbers typed as text and still finds the wrong jumlah among them", async () => {
    const r = await run(["periksa", path.join(corpus.dir, "angka-teks.xlsx"), "--json"]);
    const json = JSON.parse(r.out);
    const jumlah = json.findings.filter(
      (f: { rule: string; severity: string }) => f.rule === "ARITH-JUMLAH" && f.severity === "error"
    );
    expect(jumlah.map((f: { cell: string }) => f.cell)).toEqual(["F9"]);
    expect(r.code).toBe(1);
  });

  it("finds the budget on the third sheet", async () => {
    const json = JSON.parse((await run(["periksa", path.join(corpus.dir, "banyak-lembar.xlsx"), "--json"])).out);
    expect(json.sheet).toBe("RKA 2026");
  });

  it("writes a marked copy of a hostile workbook without touching it", async () => {
    const file = path.join(corpus.dir, "unicode.xlsx");
    const before = fs.readFileSync(file);
    const copy = path.join(corpus.dir, "unicode-tanda.xlsx");
    const r = await run(["periksa", file, "--keluaran", copy]);
    expect([0, 1]).toContain(r.code);
    expect(r.err).toBe("");
    expect(fs.existsSync(copy)).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 60_000);
});

describe("large hostile sheets", () => {
  it("checks a sheet of a million cells", async () => {
    const file = await writeMillionCells(path.join(corpus.dir, "sejuta-sel.xlsx"));
    const r = await run(["periksa", file, "--json"]);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(json.layout).toBe("kertas-kerja");
    // Every line is right: 6 x 5.000 = 30.000, every akun holds 19 lines.
    expect(json.summary.error).toBe(0);
    expect(r.code).toBe(0);
  }, 240_000);

  it("checks a budget with one stray value in the last cell of the sheet (XFD1048576)", async () => {
    const file = await writeLastCell(path.join(corpus.dir, "sel-terakhir.xlsx"));
    const r = await run(["periksa", file, "--json"]);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).findings.map((f: { cell: string }) => f.cell)).toContain("F11");
    expect(r.code).toBe(1);
  }, 120_000);
});
