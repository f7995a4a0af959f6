/**
 * Property-based fuzzing (fast-check) of the layout detector, the tree builder, the analyzer and the
 * parsers: random grids and random text never throw (only a TelaahInputError says a sheet is unusable),
 * and what comes back is well formed.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { createCliEnvironment } from "../../src/cli/environment";
import { createAnalyzer } from "../../src/core/analyzer";
import { TelaahInputError } from "../../src/core/errors";
import { NAMA_BULAN } from "../../src/core/rpa/months";
import { compareFindings, type Finding } from "../../src/core/findings/finding";
import { detectLayout } from "../../src/core/layout/detect";
import type { LayoutResult } from "../../src/core/layout/types";
import type { AnalyzerOptions } from "../../src/core/options";
import { Decimal } from "../../src/core/money/decimal";
import { formatRupiah, parseIndonesianNumber } from "../../src/core/money/parse-number";
import type { RuleEnvironment } from "../../src/core/rules/rule";
import { colCount, type CellValue, type SheetSnapshot } from "../../src/core/sheet/snapshot";
import { buildTree } from "../../src/core/tree/build";
import { LEVEL_ORDER, type BudgetTree } from "../../src/core/tree/types";
import { findVolumeExpression, parseVolumeExpression } from "../../src/core/tree/volume-expression";

/** TELAAH_FUZZ_SCALE=10 runs ten times as many cases (a deeper search than `npm test` has time for). */
const SCALE = Math.max(1, Number(process.env.TELAAH_FUZZ_SCALE ?? 1));
const runs = (n: number) => ({ numRuns: n * SCALE });

const ERRORS = ["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];
const NUMBER_TEXTS = [
  "1.250.000",
  "1.250.000,50",
  "Rp 1.250.000",
  "Rp1,5 jt",
  "(1.000)",
  "12,5%",
  "0",
  "-",
  "1,000,000.5",
  " 30 ",
];
const LABELS = [
  ["KODE", "Kode", "kd", "MAK", "kode akun", "KODE_AKUN"],
  ["URAIAN", "Uraian", "PROGRAM/ KEGIATAN/ KRO/ RO/ KOMPONEN/ SUB KOMPONEN/ AKUN/ DETIL", "URAIAN_ITEM", "keterangan"],
  ["VOLUME", "vol", "VOLKEG", "Volume RO", "Vol 1"],
  ["SATUAN", "sat", "SATKEG", "Sat 1"],
  ["HARGA SATUAN", "hargasat", "Harga", "tarif"],
  ["JUMLAH BIAYA", "jumlah", "TOTAL", "Jumlah (Rp)", "PAGU"],
  ["SD/CP", "sdana", "kdblokir", "Jenis Komponen"],
  ["Rincian Perhitungan", "Sat", "Jml"],
  [...NAMA_BULAN, "%", "Rp", "POK_NILAI_3"],
];
const CODES = [
  "024.12.WA",
  "4223",
  "4223.EBA",
  "4223.EBA.962",
  "EBA",
  "962",
  "051",
  "A",
  "AA",
  "521211",
  "2077.502.001",
  "3996.AE002",
  "52121",
  "9999999",
  "5.2.1",
  "",
  "   521211",
  "A1",
];
const URAIAN = [
  "Belanja Bahan",
  "- Konsumsi rapat [15 OR x 2 KEG]",
  "> Evaluasi PBM",
  " >> Prodi TGM",
  "3 org x 2 hari",
  "[x]",
  "JUMLAH",
  "[0 OR x 0 KEG]",
  "- Honor [1,5 OJ x 2 ORG]",
  "[999999999999 OR x 999999999999 KEG]",
];

/** Strings without braces, so an unfilled "{placeholder}" in a message can be told from cell text. */
const text = (maxLength: number) =>
  fc
    .oneof(fc.string({ unit: "binary", maxLength }), fc.string({ unit: "grapheme", maxLength }))
    .map((s) => s.replace(/[{}]/g, "|"));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  text(24),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(...ERRORS).map((error) => ({ error })),
  fc.constantFrom(...NUMBER_TEXTS),
  fc.constantFrom(...CODES),
  fc.constantFrom(...URAIAN)
);

const numberCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error }) as CellValue) },
  { weight: 2, arbitrary: fc.constant(null) }
);

interface SheetExtras {
  merges: { top: number; left: number; bottom: number; right: number }[];
  hidden: number[];
  formulaCells: [number, number][];
}

function withExtras(name: string, values: CellValue[][], extras: SheetExtras): SheetSnapshot {
  const formulas: (string | undefined)[][] = [];
  for (const [r, c] of extras.formulaCells)
    (formulas[r] ??= [])[c] =
      `=SUM(${String.fromCharCode(65 + (c % 26))}${r + 2}:${String.fromCharCode(65 + (c % 26))}${r + 9})`;
  return {
    name,
    values,
    merges: extras.merges,
    hiddenRows: extras.hidden,
    formulas,
    textNumbers: new Set(["0,0", "3,4"]),
  };
}

const extrasArb = (rows: number, cols: number): fc.Arbitrary<SheetExtras> =>
  fc.record({
    merges: fc.array(
      fc
        .record({ top: fc.nat(rows + 2), left: fc.nat(cols + 2), h: fc.nat(3), w: fc.nat(3) })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 4 }
    ),
    hidden: fc.array(fc.nat(rows + 2), { maxLength: 5 }),
    formulaCells: fc.array(fc.tuple(fc.nat(rows + 2), fc.nat(cols + 2)), { maxLength: 5 }),
  });

/** Any grid: sparse rows of anything. */
const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .array(fc.sparseArray(anyCell, { maxLength: 14 }), { maxLength: 45 })
  .chain((values) => extrasArb(values.length, 14).map((extras) => withExtras("Acak", values, extras)));

/** A grid that looks like a budget: title rows, a header of known labels in any order, budget-ish rows. */
const budgetSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    title: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 4 }),
    header: fc
      .shuffledSubarray(LABELS, { minLength: 2 })
      .chain((groups) => fc.tuple(...groups.map((g) => fc.constantFrom(...g)))),
    secondHeader: fc.option(fc.array(fc.constantFrom("Sat", "Jml", "%", "Rp", "", "Vol 2"), { maxLength: 8 }), {
      nil: undefined,
    }),
    numbering: fc.boolean(),
    rows: fc.array(
      fc.tuple(
        fc.constantFrom(...CODES),
        fc.oneof(fc.constantFrom(...URAIAN), text(40)),
        numberCell,
        fc.constantFrom("OK", "OH", "PKT", "", "ORG"),
        numberCell,
        numberCell,
        anyCell
      ),
      { maxLength: 40 }
    ),
  })
  .chain((s) => {
    const values: CellValue[][] = [...s.title, s.header as CellValue[]];
    if (s.secondHeader) values.push(s.secondHeader);
    if (s.numbering) values.push(s.header.map((_, i) => `(${i + 1})`));
    for (const r of s.rows) values.push(r as CellValue[]);
    return extrasArb(values.length, s.header.length).map((extras) => withExtras("Anggaran", values, extras));
  });

function expectWellFormedLayout(sheet: SheetSnapshot, layout: LayoutResult) {
  const width = Math.max(colCount(sheet), 1);
  expect(layout.headerTop).toBeGreaterThanOrEqual(0);
  expect(layout.headerBottom).toBeGreaterThanOrEqual(layout.headerTop);
  expect(layout.dataStart).toBeGreaterThan(layout.headerBottom);
  expect(layout.confidence).toBeGreaterThanOrEqual(0);
  expect(layout.confidence).toBeLessThanOrEqual(1);
  for (const c of Object.values(layout.columns)) expect(c! >= 0 && c! < width).toBe(true);
  const months = layout.months.map((m) => m.month);
  expect(new Set(months).size).toBe(months.length);
  for (const m of months) expect(m >= 1 && m <= 12).toBe(true);
  for (const p of layout.problems) expect(typeof p).toBe("string");
}

function expectWellFormedTree(sheet: SheetSnapshot, tree: BudgetTree) {
  let lastRow = tree.layout.dataStart - 1;
  tree.rows.forEach((r, i) => {
    expect(r.index).toBe(i);
    expect(r.row).toBeGreaterThan(lastRow);
    expect(r.row).toBeLessThan(sheet.values.length);
    lastRow = r.row;
    expect(LEVEL_ORDER).toContain(r.level);
    if (r.parent === null) expect(tree.roots).toContain(i);
    else {
      expect(r.parent).toBeLessThan(i);
      expect(tree.rows[r.parent].children).toContain(i);
      expect(tree.rows[r.parent].level).not.toBe("detil");
    }
    for (const c of r.children) expect(tree.rows[c].parent).toBe(i);
    if (r.kode) expect(r.path[r.path.length - 1]).toBe(r.kode);
    for (const n of [r.volume, r.hargaSatuan, r.jumlah, r.pagu]) if (n?.value) expect(n.value.isFinite()).toBe(true);
    if (r.volumeExpr) expect(r.volumeExpr.factors.length).toBeGreaterThan(0);
  });
  expect(new Set(tree.roots).size).toBe(tree.roots.length);
}

function expectWellFormedFindings(findings: Finding[]) {
  for (const f of findings) {
    expect(f.rule).toMatch(/^(ARITH|STRUK|AKUN|SBM|SATUAN|RUMUS|RPA)-[A-Z0-9-]+$/);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(Number.isInteger(f.row) && f.row >= 1).toBe(true);
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    expect(Number(f.cell.replace(/^[A-Z]+/, ""))).toBe(f.row);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\{[A-Za-z]+\}/);
    expect(f.basis.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < findings.length; i++)
    expect(compareFindings(findings[i - 1], findings[i])).toBeLessThanOrEqual(0);
}

let environment: (o: AnalyzerOptions) => RuleEnvironment;
beforeAll(async () => {
  environment = await createCliEnvironment({});
});

/** The whole core on one sheet: a result, or a TelaahInputError; anything else fails the property. */
function analyzeChecked(sheet: SheetSnapshot) {
  const layout = detectLayout(sheet);
  if (layout) {
    expectWellFormedLayout(sheet, layout);
    expectWellFormedTree(sheet, buildTree(sheet, layout));
  }
  try {
    const result = createAnalyzer({}, { environment }).analyze(sheet, layout);
    expectWellFormedFindings(result.findings);
    const s = result.summary;
    expect(s.error + s.warning + s.info).toBe(result.findings.length);
  } catch (e) {
    if (!(e instanceof TelaahInputError)) throw e;
  }
}

describe("fuzzing the core with random grids", () => {
  it("detectLayout, buildTree and the analyzer never throw on any grid", () => {
    fc.assert(
      fc.property(randomSheet, (sheet) => analyzeChecked(sheet)),
      runs(300)
    );
  });

  it("detectLayout, buildTree and the analyzer never throw on budget-like grids, and find their header", () => {
    let found = 0;
    fc.assert(
      fc.property(budgetSheet, (sheet) => {
        analyzeChecked(sheet);
        if (detectLayout(sheet)) found++;
      }),
      runs(300)
    );
    // The generator must exercise the tree and the rules, not only "no budget here".
    expect(found).toBeGreaterThan(30);
  });
});

describe("fuzzing the parsers", () => {
  it("parseIndonesianNumber never throws and returns null or a finite Decimal", () => {
    fc.assert(
      fc.property(fc.oneof(text(80), fc.constantFrom(...NUMBER_TEXTS), fc.anything()), (input) => {
        const d = parseIndonesianNumber(input);
        if (d !== null) expect(d.isFinite()).toBe(true);
      }),
      runs(2000)
    );
  });

  it("parseIndonesianNumber reads back every amount formatRupiah writes", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(BigInt(10) ** BigInt(17)), max: BigInt(10) ** BigInt(17) }),
        fc.nat(2),
        (units, places) => {
          const amount = new Decimal(units.toString()).div(new Decimal(10).pow(places));
          expect(parseIndonesianNumber(formatRupiah(amount))?.equals(amount)).toBe(true);
          expect(parseIndonesianNumber(formatRupiah(amount, false))?.equals(amount)).toBe(true);
        }
      ),
      runs(1000)
    );
  });

  it("findVolumeExpression and parseVolumeExpression never throw; a result is a consistent product", () => {
    fc.assert(
      fc.property(fc.oneof(text(200), fc.constantFrom(...URAIAN)), (s) => {
        for (const e of [findVolumeExpression(s), parseVolumeExpression(s)]) {
          if (!e) continue;
          expect(e.factors.length).toBeGreaterThan(0);
          const product = e.factors.reduce((p, f) => p.times(f.value), new Decimal(1));
          expect(e.product.equals(product)).toBe(true);
          for (const f of e.factors) expect(f.value.isNegative()).toBe(false);
        }
      }),
      runs(2000)
    );
  });

  it("findVolumeExpression reads a generated [n UNIT x m UNIT ...] after any plain uraian", () => {
    const factor = fc.record({
      n: fc.integer({ min: 1, max: 9999 }),
      unit: fc.constantFrom("OR", "ORG", "HARI", "KEG", "PKT", "OJ", "OH", "KALI", "BLN", "EKS", "M2"),
    });
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z ,-]{0,60}$/),
        fc.array(factor, { minLength: 1, maxLength: 5 }),
        (prefix, factors) => {
          const e = findVolumeExpression(`${prefix} [${factors.map((f) => `${f.n} ${f.unit}`).join(" x ")}]`);
          expect(e).not.toBeNull();
          expect(e!.factors.map((f) => [f.value.toNumber(), f.unit])).toEqual(factors.map((f) => [f.n, f.unit]));
          expect(e!.product.toNumber()).toBe(factors.reduce((p, f) => p * f.n, 1));
        }
      ),
      runs(500)
    );
  });
});

describe("fuzzing the CLI with random workbooks", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-fuzz-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    "telaah periksa gives exit 0/1 with a report, or 2 with one line, for random .xlsx files",
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(randomSheet, budgetSheet), async (sheet) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("Lembar");
          sheet.values.forEach((row, r) =>
            (row ?? []).forEach((v, c) => {
              if (v === undefined || v === null) return;
              ws.getCell(r + 1, c + 1).value = (
                typeof v === "object"
                  ? { error: v.error }
                  : typeof v === "number" && !Number.isFinite(v)
                    ? String(v)
                    : v
              ) as ExcelJS.CellValue;
            })
          );
          const file = path.join(dir, `acak-${n++}.xlsx`);
          await wb.xlsx.writeFile(file);
          let out = "";
          let err = "";
          const code = await main(["periksa", file], { out: (t) => (out += t), err: (t) => (err += t) });
          expect([0, 1, 2]).toContain(code);
          if (code === 2) {
            expect(err).toMatch(/^telaah: [^\n]+\n$/);
            expect(err).not.toMatch(/galat tak terduga/);
          } else {
            expect(err).toBe("");
            expect(out).toMatch(/^Telaah: /);
          }
        }),
        runs(40)
      );
    },
    120_000 * SCALE
  );
});
