/**
 * Golden workbooks (STYLE.md 14): a realistic satker budget of a few hundred lines, clean and with one
 * seeded defect per row of every rule family, in the kertas kerja and the RAB B.2.d.6 layouts. The
 * clean ones get no finding at all; the seeded ones get exactly the findings in their .expected.json.
 * A changed finding shows as a diff of sorted "CELL RULE severity" lines.
 */
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { sheetSnapshot } from "../../src/cli/read-xlsx";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { expectedFile, type ExpectedFile } from "../fixtures/golden/generate";
import { goldens } from "../fixtures/golden/goldens";
import { xlsxBuffer } from "../fixtures/golden/write-xlsx";
import { analyzeXlsx, findingLines } from "./run-golden";

const DIR = path.resolve(__dirname, "../fixtures/golden");
const GOLDENS = goldens();
const FAMILIES = ["ARITH", "STRUK", "AKUN", "SBM", "SATUAN", "RUMUS"];

async function committed(name: string): Promise<{ xlsx: Buffer; expected: ExpectedFile }> {
  const xlsx = await fs.readFile(path.join(DIR, `${name}.xlsx`));
  const expected = JSON.parse(await fs.readFile(path.join(DIR, `${name}.expected.json`), "utf8")) as ExpectedFile;
  return { xlsx, expected };
}

async function snapshotOf(buffer: Buffer): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return sheetSnapshot(wb.worksheets[0]);
}

describe.each(GOLDENS.map((g) => [g.name, g] as const))("golden %s", (name, golden) => {
  let file: { xlsx: Buffer; expected: ExpectedFile };
  beforeAll(async () => {
    file = await committed(name);
  });

  it("is what the generator writes (run test/fixtures/golden/generate.ts after changing it)", async () => {
    expect(file.expected).toEqual(expectedFile(golden));
    const fromFile = await snapshotOf(file.xlsx);
    const fresh = await snapshotOf(await xlsxBuffer(golden.spec));
    expect(fromFile.values).toEqual(fresh.values);
    expect(fromFile.formulas).toEqual(fresh.formulas);
    expect(fromFile.merges).toEqual(fresh.merges);
  });

  it("is a budget of a few hundred lines in its layout", async () => {
    const result = await analyzeXlsx(file.xlsx);
    expect(result.layout.kind).toBe(golden.layout === "rab" ? "rab-b2d6" : "kertas-kerja");
    expect(result.stats.rows).toBeGreaterThanOrEqual(300);
    expect(result.stats.detil).toBeGreaterThanOrEqual(200);
    // The title block gives the year and the province: the SBM check runs without options, and most
    // travel, meeting and honorarium lines are read as a standar biaya item (a clean result means something).
    expect(result.layout.titleBlock).toMatchObject({ tahun: 2026, provinsi: expect.stringMatching(/jawa tengah/i) });
    expect(result.stats.sbm).toMatchObject({ dijalankan: true, tahun: 2026 });
    expect(result.stats.sbm!.cocok).toBeGreaterThanOrEqual(140);
  });

  it("gets exactly its expected findings (from the title block)", async () => {
    const result = await analyzeXlsx(file.xlsx);
    expect(findingLines(result.findings)).toEqual(findingLines(file.expected.findings));
  });

  it("gets the same findings with --tahun 2026 --provinsi given", async () => {
    const result = await analyzeXlsx(file.xlsx, { tahun: 2026, provinsi: "Jateng" });
    expect(findingLines(result.findings)).toEqual(findingLines(file.expected.findings));
  });
});

describe("golden expectations", () => {
  const clean = GOLDENS.filter((g) => g.name.endsWith("bersih"));
  const seeded = GOLDENS.filter((g) => g.name.endsWith("cacat"));

  it("expect nothing at all on the clean workbooks", () => {
    expect(clean).toHaveLength(2);
    for (const g of clean) expect(g.expected).toEqual([]);
  });

  it.each(seeded.map((g) => [g.name, g] as const))(
    "seed a defect of every rule family in %s, errors and warnings",
    (_n, g) => {
      const families = new Set(g.expected.map((f) => f.rule.split("-")[0]));
      expect([...families].sort()).toEqual([...FAMILIES].sort());
      expect(g.expected.some((f) => f.severity === "error")).toBe(true);
      expect(g.expected.some((f) => f.severity === "warning")).toBe(true);
    }
  );

  it("put each defect on its own row", () => {
    for (const g of seeded) {
      const rowOf = new Map<string, string>();
      for (const f of g.expected) {
        const row = f.cell.replace(/^[A-Z]+/, "");
        expect(rowOf.get(row) ?? f.defect).toBe(f.defect);
        rowOf.set(row, f.defect);
      }
    }
  });
});

describe("golden workbooks through telaah periksa", () => {
  async function periksa(name: string) {
    let out = "";
    const io: CliIO = { out: (t) => (out += t), err: () => undefined };
    const code = await main(
      ["periksa", path.join(DIR, `${name}.xlsx`), "--json", "--tahun", "2026", "--provinsi", "JAWA TENGAH"],
      io
    );
    return {
      code,
      json: JSON.parse(out) as { layout: string; findings: { cell: string; rule: string; severity: string }[] },
    };
  }

  it.each(GOLDENS.map((g) => [g.name, g] as const))(
    "%s: same findings and exit code as the analyzer",
    async (name, g) => {
      const { code, json } = await periksa(name);
      expect(findingLines(json.findings)).toEqual(findingLines(g.expected));
      expect(code).toBe(g.expected.some((f) => f.severity === "error") ? 1 : 0);
    }
  );
});
