import path from "path";
import { loadWorkbook, sheetSnapshot } from "../../../src/cli/read-xlsx";
import type { Finding } from "../../../src/core/findings/finding";
import { detectLayout } from "../../../src/core/layout/detect";
import { resolveOptions } from "../../../src/core/options";
import { createReferenceData } from "../../../src/core/reference/reference-data";
import { akunRules } from "../../../src/core/rules/akun";
import type { RuleEnvironment } from "../../../src/core/rules/rule";
import { rumusRules } from "../../../src/core/rules/rumus";
import { runRules } from "../../../src/core/rules/runner";
import { satuanRules } from "../../../src/core/rules/satuan";
import { buildTree } from "../../../src/core/tree/build";

/** The real RKA-K/L export of Poltekkes Semarang (2018), a BLU: what AKUN, SATUAN and RUMUS say about it. */
const SAMPLE = path.resolve(__dirname, "../../../contoh/poltekes_632242_RKA-KL1810.xlsx");

let findings: Finding[];
beforeAll(async () => {
  const sheet = sheetSnapshot((await loadWorkbook(SAMPLE)).worksheets[0]);
  const tree = buildTree(sheet, detectLayout(sheet)!);
  const env = { reference: createReferenceData() } as RuleEnvironment;
  findings = runRules([...akunRules, ...satuanRules, ...rumusRules], sheet, tree, resolveOptions({}), env);
});

const of = (rule: string) => findings.filter((f) => f.rule === rule);
const at = (rule: string) => of(rule).map((f) => f.cell);

describe("AKUN on the real sample", () => {
  it('accepts every code and name, including the BLU 525xxx and "Beban ..." names', () => {
    expect(of("AKUN-BAS")).toEqual([]);
    expect(of("AKUN-JENIS")).toEqual([]);
    expect(of("AKUN-NAMA")).toEqual([]);
  });
  it("finds the BLU equipment bought below the nilai kapitalisasi", () => {
    expect(at("AKUN-KAPITALISASI")).toEqual(["E4373", "E4374", "E4375"]);
    expect(of("AKUN-KAPITALISASI")[2].message).toContain("Kursi");
  });
  it("finds konsumsi under perjalanan dinas biasa", () => {
    expect(at("AKUN-DETIL")).toEqual(["B550"]);
  });
  it('reports konsumsi and penggandaan in the "lainnya" akun once per akun, not per line', () => {
    const lainnya = of("AKUN-LAINNYA");
    expect(lainnya.find((f) => f.cell === "A742")?.message).toMatch(
      /konsumsi 1 baris \("Konsumsi Kuliah Umum"\) -> 521211/
    );
    expect(lainnya.length).toBeLessThanOrEqual(195); // 124 + 71 akun rows of 521119 / 521219
    expect(lainnya.every((f) => f.cell.startsWith("A"))).toBe(true);
  });
});

describe("SATUAN on the real sample", () => {
  it("flags the units a reviewer cannot read, and nothing else", () => {
    expect(at("SATUAN-TIDAK-DIKENAL")).toEqual([
      "D381",
      "D2166",
      "D2768",
      "D2859",
      "D2872",
      "D2874",
      "D2989",
      "D2992",
      "D3810",
    ]);
    expect(of("SATUAN-TIDAK-DIKENAL").find((f) => f.cell === "D2859")?.message).toContain("berisi angka 25000");
  });
  it("flags uang harian in OK and honor per jam in OK, not konsumsi or transport counted in days", () => {
    const cells = at("SATUAN-VOLUME");
    expect(cells).toEqual(expect.arrayContaining(["D337", "D1339"]));
    expect(of("SATUAN-VOLUME").find((f) => f.cell === "D337")?.expected).toBe("OH");
    expect(of("SATUAN-VOLUME").find((f) => f.cell === "D1339")?.expected).toBe("OJ");
    const perKaliInOk = of("SATUAN-VOLUME").filter(
      (f) => f.actual === "OK" && /"[^"]*(konsumsi|transport)[^"]*"/i.test(f.message)
    );
    expect(perKaliInOk).toEqual([]);
    expect(of("SATUAN-VOLUME").find((f) => f.cell === "D2893")).toMatchObject({ actual: "OJ", expected: "OK" }); // konsumsi in orang-jam
    expect(of("SATUAN-VOLUME").find((f) => f.cell === "D337")?.message).toContain('"Uang harian workshop"');
    expect(cells.length).toBeLessThan(150); // of 3,079 detail lines
  });
});

describe("RUMUS on the real sample", () => {
  it("has nothing to say: the export holds no formulas and its text numbers are codes", () => {
    expect(findings.filter((f) => f.rule.startsWith("RUMUS-"))).toEqual([]);
  });
});
