import { rumusGalat } from "../../../src/core/rules/rumus/rumus-galat";
import { rumusKetik } from "../../../src/core/rules/rumus/rumus-ketik";
import { rumusPola } from "../../../src/core/rules/rumus/rumus-pola";
import { rumusSum } from "../../../src/core/rules/rumus/rumus-sum";
import { rumusTeksAngka } from "../../../src/core/rules/rumus/rumus-teks-angka";
import type { CellValue, SheetSnapshot } from "../../../src/core/sheet/snapshot";
import {
  kertasKerja,
  kertasKerjaSakti,
  monsaktiItem,
  RAB_HEADER,
  RAB_MERGES,
  rabB2d6,
  rkaklExport,
  rpa,
} from "../../fixtures/layouts";
import { runRule, testRule } from "../../helpers/rule-tester";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";

const clean = [
  { name: "RKAKL export", sheet: rkaklExport() },
  { name: "kertas kerja", sheet: kertasKerja() },
  { name: "SAKTI kertas kerja", sheet: kertasKerjaSakti() },
  { name: "RAB with formulas", sheet: rabB2d6() },
  { name: "RPA", sheet: rpa() },
  { name: "MonSAKTI items", sheet: monsaktiItem() },
];

/**
 * A RAB sheet: row 4 komponen 051, row 5 akun 521211, then the lines from sheet row 6 on. `jumlah` is
 * a formula or a typed value per line; formulas get the value vol x harga as their cached result.
 */
function rab(
  lines: { jumlah?: CellValue; vol?: CellValue; harga?: CellValue }[],
  akunJumlah: CellValue = `=SUM(H6:H${5 + lines.length})`
): SheetSnapshot {
  const rows: CellValue[][] = [
    ...RAB_HEADER,
    ["051", "Persiapan", null, "Utama", null, null, null, "=SUM(H5)"],
    ["521211", "Belanja Bahan", null, null, null, null, null, akunJumlah],
  ];
  const results: Record<string, CellValue> = {};
  lines.forEach((l, i) => {
    const r = rows.length;
    const vol = l.vol ?? 10;
    const harga = l.harga ?? 1000;
    rows.push([null, `Baris ${i + 1}`, null, null, "10 OR x 1 KEG", vol, harga, l.jumlah ?? `=F${r + 1}*G${r + 1}`]);
    results[`${r},7`] = typeof vol === "number" && typeof harga === "number" ? vol * harga : null;
  });
  return sheetOf(rows, { merges: RAB_MERGES, results });
}

testRule(rumusGalat, {
  valid: [...clean, { name: "formulas without errors", sheet: rab([{}, {}, {}]) }],
  invalid: [
    {
      name: "an error value from Excel in a jumlah cell",
      sheet: sheetOf([
        RKAKL_HEADER,
        ["521211", "Belanja Bahan", 0, null, 0, 100],
        [null, "- ATK", 1, "PKT", 100, { error: "#REF!" }],
      ]),
      expect: [{ cell: "F3", messageId: "galat" }],
    },
    {
      name: "error text pasted into the harga satuan column",
      sheet: sheetOf([
        RKAKL_HEADER,
        ["521211", "Belanja Bahan", 0, null, 0, 100],
        [null, "- ATK", 1, "PKT", "#VALUE!", 100],
      ]),
      expect: [{ cell: "E3", messageId: "galat" }],
    },
    {
      name: "a broken formula is reported where it starts, not in the SUMs it spoils",
      sheet: (() => {
        const s = rab([{}, { jumlah: "=F7*#REF!" }, {}]);
        s.values[6][7] = { error: "#REF!" };
        s.values[4][7] = { error: "#REF!" };
        s.values[3][7] = { error: "#REF!" };
        return s;
      })(),
      expect: [{ cell: "H7", messageId: "galatRumus" }],
    },
    {
      name: "a division by zero in a volume formula",
      sheet: (() => {
        const s = rab([{}, { vol: "=10/0" }, {}]);
        s.values[6][5] = { error: "#DIV/0!" };
        s.values[6][7] = { error: "#DIV/0!" };
        s.values[4][7] = { error: "#DIV/0!" };
        s.values[3][7] = { error: "#DIV/0!" };
        return s;
      })(),
      expect: [{ cell: "F7", messageId: "galatRumus" }],
    },
  ],
});

testRule(rumusKetik, {
  valid: [
    ...clean,
    { name: "every jumlah a formula", sheet: rab([{}, {}, {}, {}]) },
    { name: "every jumlah typed", sheet: rab([{ jumlah: 10000 }, { jumlah: 10000 }, { jumlah: 10000 }], 30000) },
    { name: "a lone typed line has too few neighbours to judge", sheet: rab([{ jumlah: 10000 }, {}]) },
  ],
  invalid: [
    {
      name: "a typed number between formulas",
      sheet: rab([{}, {}, { jumlah: 10000 }, {}, {}]),
      expect: [{ cell: "H8", messageId: "ketik", severity: "warning" }],
    },
    {
      name: "a typed number at the end of a formula column",
      sheet: rab([{}, {}, {}, { jumlah: 10000 }]),
      expect: [{ cell: "H9", messageId: "ketik", severity: "warning" }],
    },
    {
      name: "a typed total among SUM totals",
      sheet: sheetOf(
        [
          ...RAB_HEADER,
          ["4223.EBA.962", "RO", 1, null, null, null, null, "=SUM(H5)"],
          ["051", "Persiapan", null, "Utama", null, null, null, "=SUM(H6)"],
          ["521211", "Belanja Bahan", null, null, null, null, null, 10000],
          [null, "ATK", null, null, "1 PKT", 1, 10000, "=F7*G7"],
        ],
        {
          merges: RAB_MERGES,
        }
      ),
      expect: [{ cell: "H6", messageId: "ketik", severity: "warning" }],
    },
  ],
});

describe("RUMUS-KETIK", () => {
  it("offers the neighbours' formula, moved to the row, as a fix", () => {
    const [f] = runRule(rumusKetik, rab([{}, {}, { jumlah: 10000 }, {}, {}]));
    expect(f.input.fix).toMatchObject({ cell: "H8", value: "=F8*G8" });
  });
});

testRule(rumusPola, {
  valid: [
    ...clean,
    { name: "one pattern down the column", sheet: rab([{}, {}, {}, {}, {}]) },
    {
      name: "absolute references copied down",
      sheet: rab([{ jumlah: "=F6*$G$2" }, { jumlah: "=F7*$G$2" }, { jumlah: "=F8*$G$2" }]),
    },
    {
      name: "a border between two patterns",
      sheet: rab([{}, {}, {}, { jumlah: "=G9*F9" }, { jumlah: "=G10*F10" }, { jumlah: "=G11*F11" }]),
    },
    { name: "only two formulas: nothing to compare with", sheet: rab([{}, { jumlah: "=F7*G6" }]) },
  ],
  invalid: [
    {
      name: "=F8*G7 among =Fn*Gn",
      sheet: rab([{}, {}, { jumlah: "=F8*G7" }, {}, {}]),
      expect: [{ cell: "H8", messageId: "pola", severity: "warning" }],
    },
    {
      name: "a constant formula among references",
      sheet: rab([{}, {}, { jumlah: "=10000" }, {}, {}]),
      expect: [{ cell: "H8", messageId: "pola", severity: "warning" }],
    },
    {
      name: "two slipped rows next to each other are both found",
      sheet: rab([{}, {}, { jumlah: "=F8*G7" }, { jumlah: "=F9*G8" }, {}, {}]),
      expect: [
        { cell: "H8", messageId: "pola", severity: "warning" },
        { cell: "H9", messageId: "pola", severity: "warning" },
      ],
    },
    {
      name: "the last line of a column",
      sheet: rab([{}, {}, {}, { jumlah: "=F9*G8" }]),
      expect: [{ cell: "H9", messageId: "pola", severity: "warning" }],
    },
  ],
});

describe("RUMUS-POLA", () => {
  it("expects the neighbours' formula moved to the row", () => {
    const [f] = runRule(rumusPola, rab([{}, {}, { jumlah: "=F8*G7" }, {}, {}]));
    expect(f.input).toMatchObject({ expected: "=F8*G8", actual: "=F8*G7", fix: { cell: "H8", value: "=F8*G8" } });
  });
});

testRule(rumusSum, {
  valid: [
    ...clean,
    { name: "a SUM over every line", sheet: rab([{}, {}, {}]) },
    { name: "an addition chain", sheet: rab([{}, {}], "=H6+H7") },
    { name: "a total typed as a number is not a formula to check", sheet: rab([{}, {}], 20000) },
    {
      name: "a komponen SUM over the detail lines (skipping the akun row) still reaches them",
      sheet: sheetOf(
        [
          ...RAB_HEADER,
          ["051", "Persiapan", null, "Utama", null, null, null, "=SUM(H6:H7)"],
          ["521211", "Belanja Bahan", null, null, null, null, null, "=SUM(H6:H7)"],
          [null, "a", null, null, "1 PKT", 1, 10, "=F6*G6"],
          [null, "b", null, null, "1 PKT", 1, 10, "=F7*G7"],
        ],
        { merges: RAB_MERGES }
      ),
    },
  ],
  invalid: [
    {
      name: "=SUM(H6:H7) above three lines",
      sheet: rab([{}, {}, {}], "=SUM(H6:H7)"),
      expect: [{ cell: "H5", messageId: "terlewat" }],
    },
    {
      name: "an addition chain that skips a line",
      sheet: rab([{}, {}, {}], "=H6+H8"),
      expect: [{ cell: "H5", messageId: "terlewat" }],
    },
    {
      name: "a group heading's SUM that misses a line",
      sheet: sheetOf(
        [
          ...RAB_HEADER,
          ["521211", "Belanja Bahan", null, null, null, null, null, "=SUM(H5)"],
          [null, "> Rapat", null, null, null, null, null, "=SUM(H6)"],
          [null, "a", null, null, "1 PKT", 1, 10, "=F6*G6"],
          [null, "b", null, null, "1 PKT", 1, 10, "=F7*G7"],
        ],
        { merges: RAB_MERGES }
      ),
      expect: [{ cell: "H5", messageId: "terlewat" }],
    },
  ],
});

describe("RUMUS-SUM", () => {
  it("names the rows left out and offers a SUM over every child", () => {
    const [f] = runRule(rumusSum, rab([{}, {}, {}], "=SUM(H6:H7)"));
    expect(f.input.data).toMatchObject({ missing: "8" });
    expect(f.input.fix).toMatchObject({ cell: "H5", value: "=SUM(H6:H8)" });
  });
});

testRule(rumusTeksAngka, {
  valid: [
    ...clean,
    {
      name: "a code typed as text is not a number",
      sheet: sheetOf([RKAKL_HEADER, ["521211", "Belanja Bahan", 0, null, 0, 100], [null, "- ATK", 1, "PKT", 100, 100]]),
    },
  ],
  invalid: [
    {
      name: "harga satuan and jumlah typed as text",
      sheet: sheetOf([
        RKAKL_HEADER,
        ["521211", "Belanja Bahan", 0, null, 0, 2000],
        [null, "- ATK", 2, "PKT", "1.000", "2.000"],
      ]),
      expect: [
        { cell: "E3", messageId: "teks", severity: "warning" },
        { cell: "F3", messageId: "teks", severity: "warning" },
      ],
    },
    {
      name: "a cell the reader marked as text",
      sheet: (() => {
        const s = sheetOf([
          RKAKL_HEADER,
          ["521211", "Belanja Bahan", 0, null, 0, 100],
          [null, "- ATK", 1, "PKT", 100, 100],
        ]);
        s.textNumbers = new Set(["2,2"]);
        return s;
      })(),
      expect: [{ cell: "C3", messageId: "teks", severity: "warning" }],
    },
  ],
});

describe("RUMUS-TEKS-ANGKA", () => {
  it("offers the number as a fix", () => {
    const [f] = runRule(
      rumusTeksAngka,
      sheetOf([RKAKL_HEADER, ["521211", "Belanja Bahan", 0, null, 0, 1000], [null, "- ATK", 1, "PKT", 1000, "1.000"]])
    );
    expect(f.input.fix).toMatchObject({ cell: "F3", value: 1000 });
  });
  it("counts a whole text column in one finding after the first cells", () => {
    const rows: CellValue[][] = [RKAKL_HEADER, ["521211", "Belanja Bahan", 0, null, 0, 0]];
    for (let i = 0; i < 25; i++) rows.push([null, `- baris ${i}`, 1, "PKT", "1.000", 1000]);
    const got = runRule(rumusTeksAngka, sheetOf(rows));
    expect(got.filter((g) => g.messageId === "teks")).toHaveLength(20);
    const rest = got.filter((g) => g.messageId === "teksLagi");
    expect(rest).toHaveLength(1);
    expect(rest[0].input.data).toMatchObject({ count: 5, cell: "E23" });
  });
});

describe("RUMUS rules on a RAB workbook read from .xlsx", () => {
  /** A RAB as Excel writes it: jumlah filled down as one shared formula, totals as SUM. */
  async function rabWorkbook(seed: (ws: import("exceljs").Worksheet) => void = () => {}): Promise<SheetSnapshot> {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RAB");
    ws.addRow(["RINCIAN ANGGARAN BIAYA (RAB) TAHUN ANGGARAN 2026"]);
    ws.addRow(["Kode", "Uraian", "Volume RO", "Jenis Komponen", "Rincian Perhitungan", null, "Harga Satuan", "Jumlah"]);
    ws.addRow([null, null, null, null, "Sat", "Jml", null, null]);
    for (const m of ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3"]) ws.mergeCells(m);
    ws.addRow(["051", "Persiapan", null, "Utama"]);
    ws.getCell("H4").value = { formula: "SUM(H5)", result: 0 };
    ws.addRow(["521211", "Belanja Bahan"]);
    ws.getCell("H5").value = { formula: "SUM(H6:H11)", result: 0 };
    for (let r = 6; r <= 11; r++) {
      ws.addRow([null, `Baris ${r}`, null, null, "10 OR x 1 KEG", 10, 1000]);
      ws.getCell(`H${r}`).value =
        r === 6 ? { formula: "F6*G6", result: 10000 } : { sharedFormula: "H6", result: 10000 };
    }
    seed(ws);
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    const { sheetSnapshot } = await import("../../../src/cli/read-xlsx");
    return sheetSnapshot(back.worksheets[0]);
  }
  const run = (sheet: SheetSnapshot) =>
    [rumusGalat, rumusKetik, rumusPola, rumusSum, rumusTeksAngka].flatMap((rule) =>
      runRule(rule, sheet).map((f) => `${rule.id} ${f.cell}`)
    );

  it("reports nothing on a clean one (shared formulas are read as formulas)", async () => {
    const sheet = await rabWorkbook();
    expect(sheet.formulas?.[10]?.[7]).toBe("=F11*G11");
    expect(run(sheet)).toEqual([]);
  });

  it("finds each seeded defect on its own cell", async () => {
    const sheet = await rabWorkbook((ws) => {
      ws.getCell("H5").value = { formula: "SUM(H6:H10)", result: 0 }; // leaves out row 11
      ws.getCell("H7").value = { formula: "F8*G7", result: 10000 }; // slipped row
      ws.getCell("H9").value = 10000; // typed among formulas
      ws.getCell("G10").value = "1.000"; // number stored as text
      ws.getCell("F8").value = { error: "#REF!" } as unknown as number; // error value
    });
    expect(run(sheet).sort()).toEqual(
      ["RUMUS-GALAT F8", "RUMUS-KETIK H9", "RUMUS-POLA H7", "RUMUS-SUM H5", "RUMUS-TEKS-ANGKA G10"].sort()
    );
  });
});
