/**
 * analyzeSbm reads each distinct line once per run: the match it shares between alike lines must be the
 * very match each line gets on its own, on sheets whose lines repeat (the real sample, the goldens) and
 * on lines alike but for their satuan, akun or volume units.
 */
import fs from "fs";
import path from "path";
import { openWorkbookSource } from "../../../../src/cli/workbook-source";
import { resolveOptions, type AnalyzerOptions } from "../../../../src/core/options";
import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { analyzeSbm } from "../../../../src/core/rules/sbm/context";
import { matchSbm } from "../../../../src/core/rules/sbm/matcher";
import { detectLayout } from "../../../../src/core/layout/detect";
import type { SheetSnapshot } from "../../../../src/core/sheet/snapshot";
import { buildTree } from "../../../../src/core/tree/build";
import { RAB_HEADER, RAB_MERGES } from "../../../fixtures/layouts";
import { sheetOf } from "../../../helpers/sheets";
import { budget, JATENG } from "./sheets";

const reference = createReferenceData();
const GOLDEN = path.resolve(__dirname, "../../../fixtures/golden");
const SAMPLE = path.resolve(__dirname, "../../../../contoh/poltekes_632242_RKA-KL1810.xlsx");

function expectSharedMatchesEqualOwn(sheet: SheetSnapshot, partial: Partial<AnalyzerOptions>): number {
  const tree = buildTree(sheet, detectLayout(sheet)!);
  const options = resolveOptions(partial);
  const run = analyzeSbm(tree, options, reference);
  expect(run.canRun).toBe(true);
  const env = { reference, tahun: run.tahun!, ...(run.satker ? { satker: run.satker } : {}) };
  let matched = 0;
  for (const row of tree.rows) {
    if (row.level !== "detil") continue;
    const own = matchSbm(row, env);
    expect({ row: row.row, match: run.matches.get(row.index) }).toEqual({ row: row.row, match: own });
    if (own) {
      matched++;
      expect(run.byFamily.get(own.family)?.some((m) => m.index === row.index)).toBe(true);
    }
  }
  return matched;
}

describe("analyzeSbm", () => {
  it("gives lines alike but for satuan each their own match", () => {
    const line = "Uang harian perjalanan dinas ke Surabaya";
    const sheet = budget(
      "524111",
      [`${line} [2 ORG x 3 HARI]`, 6, "OH", 900000],
      [`${line} [2 ORG x 3 HARI]`, 6, "PKT", 900000],
      [`${line} [2 ORG x 3 HARI]`, 6, "OH", 900000],
      [`${line} [2 ORG x 3 KALI]`, 6, "OK", 900000]
    );
    expect(expectSharedMatchesEqualOwn(sheet, JATENG)).toBe(2);
  });

  it("gives lines alike but for the units of their rincian (RAB B.2.d.6) or their akun each their own match", () => {
    const sheet = sheetOf(
      [
        ...RAB_HEADER,
        ["051", "Persiapan", null, "Utama", null, null, null, 0],
        ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, null, null, 0],
        [null, "Uang harian ke Bandung", null, null, "2 ORG x 3 HARI", 6, 450000, 2700000],
        [null, "Uang harian ke Bandung", null, null, "2 ORG x 3 KALI", 6, 450000, 2700000],
        [null, "Uang harian ke Bandung", null, null, "2 ORG x 3 HARI", 6, 450000, 2700000],
        ["524113", "Belanja Perjalanan Dinas Dalam Kota", null, null, null, null, null, 0],
        [null, "Uang harian ke Bandung", null, null, "2 ORG x 3 HARI", 6, 450000, 2700000],
      ],
      { merges: RAB_MERGES }
    );
    expect(expectSharedMatchesEqualOwn(sheet, JATENG)).toBe(3);
  });

  it.each(["kertas-kerja-cacat.xlsx", "rab-cacat.xlsx", "rab-bersih.xlsx"])(
    "shares matches only where they are the same, on the golden %s",
    async (name) => {
      const source = await openWorkbookSource(path.join(GOLDEN, name));
      expect(expectSharedMatchesEqualOwn(await source.sheet(0), {})).toBeGreaterThan(100);
    }
  );

  it("shares matches only where they are the same, on the real sample read as TA2026", async () => {
    expect(fs.existsSync(SAMPLE)).toBe(true);
    const source = await openWorkbookSource(SAMPLE);
    expect(expectSharedMatchesEqualOwn(await source.sheet(0), JATENG)).toBeGreaterThan(100);
  });
});
