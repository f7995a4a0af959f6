/**
 * The benchmark's generated kertas kerja: deterministic, recognised as a kertas kerja, and checking it
 * reports exactly the seeded defects as errors (everything else is within the rules and standar biaya).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../../src/cli/main";
import {
  buildKertasKerjaRows,
  FIRST_DATA_ROW,
  writeKertasKerjaWorkbook,
} from "../../../scripts/bench/generate-workbook";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-gen-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("generate-workbook", () => {
  it("is deterministic for a size and seed, and differs across seeds", () => {
    const a = buildKertasKerjaRows(2000, 5);
    expect(buildKertasKerjaRows(2000, 5)).toEqual(a);
    expect(buildKertasKerjaRows(2000, 6).rows).not.toEqual(a.rows);
    expect(a.rows.length).toBeGreaterThanOrEqual(2000);
    expect(a.rows.length).toBeLessThan(2100);
  });

  it("seeds three defects of each ARITH kind and one line without an akun, at distinct rows", () => {
    const { defects } = buildKertasKerjaRows(5000);
    const count = (rule: string) => defects.filter((d) => d.rule === rule).length;
    expect([count("ARITH-JUMLAH"), count("ARITH-VOLUME"), count("ARITH-TOTAL"), count("STRUK-TANPA-AKUN")]).toEqual([
      3, 3, 3, 1,
    ]);
    expect(new Set(defects.map((d) => d.row)).size).toBe(defects.length);
    for (const d of defects) expect(d.row).toBeGreaterThanOrEqual(FIRST_DATA_ROW);
  });

  it("writes a workbook in which telaah periksa finds exactly the seeded defects as errors", async () => {
    const file = path.join(dir, "kk-5000.xlsx");
    const written = await writeKertasKerjaWorkbook(file, 5000);
    let out = "";
    const code = await main(["periksa", file, "--json"], { out: (t) => (out += t), err: () => undefined });
    const json = JSON.parse(out);
    expect(json.layout).toBe("kertas-kerja");
    const errors = json.findings
      .filter((f: { severity: string }) => f.severity === "error")
      .map((f: { rule: string; row: number }) => ({ rule: f.rule, row: f.row }));
    expect(errors).toEqual(written.defects);
    expect(code).toBe(1);
  }, 120_000);
});
