import { detectLayout } from "../../../src/core/layout/detect";
import { buildTree } from "../../../src/core/tree/build";
import type { BudgetTree } from "../../../src/core/tree/types";
import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";
import { kertasKerja, kertasKerjaSakti, monsaktiItem, rabB2d6, rkaklExport, rpa } from "../../fixtures/layouts";

function tree(sheet: SheetSnapshot): BudgetTree {
  return buildTree(sheet, detectLayout(sheet)!);
}
const levels = (t: BudgetTree) =>
  t.rows.map((r) => `${r.level}${r.kode ? ":" + r.kode : ""}@${r.parent === null ? "-" : t.rows[r.parent].row + 1}`);

describe("buildTree", () => {
  it("builds the hierarchy of an RKAKL export with parents by level", () => {
    expect(levels(tree(rkaklExport()))).toEqual([
      "program:024.12.10@-",
      "kegiatan:4223@2",
      "kro:4223.EBA@3",
      "ro:4223.EBA.962@4",
      "komponen:051@5",
      "subkomponen:A@6",
      "akun:521211@7",
      "detil@8",
      "detil@8",
    ]);
  });

  it("keeps cell columns, volume expressions, akun and path on detail lines", () => {
    const t = tree(rkaklExport());
    const d = t.rows[7];
    expect(d.row).toBe(8);
    expect(d.akun).toBe("521211");
    expect(d.path).toEqual(["024.12.10", "4223", "4223.EBA", "4223.EBA.962", "051", "A", "521211"]);
    expect(d.volume?.value?.toFixed()).toBe("30");
    expect(d.volume?.col).toBe(2);
    expect(d.jumlah?.col).toBe(5);
    expect(d.volumeExpr?.product.toFixed()).toBe("30");
    expect(d.satuan).toBe("OK");
  });

  it("reads the same budget from every layout", () => {
    for (const make of [kertasKerja, rabB2d6]) {
      const t = tree(make());
      const detil = t.rows.filter((r) => r.level === "detil");
      expect(detil.map((r) => r.jumlah?.value?.toFixed() ?? r.jumlah?.formula)).toHaveLength(2);
      expect(detil.every((r) => r.akun === "521211")).toBe(true);
      expect(detil[0].volume?.value?.toFixed()).toBe("30");
      expect(detil[0].volumeExpr?.product.toFixed()).toBe("30");
    }
    const sakti = tree(kertasKerjaSakti());
    expect(sakti.rows[1].volumeExpr?.factors.map((f) => f.unit)).toEqual(["OR", "KEG"]);
  });

  it("keeps RAB formulas beside their values", () => {
    const t = tree(rabB2d6());
    const akun = t.rows.find((r) => r.level === "akun")!;
    expect(akun.jumlah?.formula).toBe("=SUM(H7:H8)");
    expect(akun.jumlah?.value?.toFixed()).toBe("1650000");
  });

  it("reads RPA pagu and month cells", () => {
    const t = tree(rpa());
    expect(t.rows[0].pagu?.value?.toFixed()).toBe("1650000");
    expect(t.rows[0].months).toHaveLength(12);
    expect(t.rows[1].parent).toBe(0);
  });

  it("reads MonSAKTI items as detail lines carrying their akun", () => {
    const t = tree(monsaktiItem());
    expect(t.rows.map((r) => `${r.level}:${r.akun}`)).toEqual(["detil:521211", "detil:521211"]);
  });

  it("nests > and >> groups, AA sub komponen, akun under komponen and old RO forms", () => {
    const t = tree(
      sheetOf([
        RKAKL_HEADER,
        ["2077", "Kegiatan", 0, null, 0, 0],
        ["2077.502", "Output lama", 0, null, 0, 0],
        ["2077.502.001", "Sub output", 0, null, 0, 0],
        ["051", "Komponen", 0, null, 0, 0],
        ["AA", "Sub komponen dua huruf", 0, null, 0, 0],
        ["521211", "Belanja Bahan", 0, null, 0, 0],
        [null, "> Evaluasi PBM", 0, null, 0, 0],
        [null, " >> Prodi TGM", 0, null, 0, 0],
        [null, "  - ATK", 1, "PKT", 10, 10],
        [null, " >> Prodi TRO", 0, null, 0, 0],
        [null, "  - ATK", 1, "PKT", 10, 10],
        [null, "> Lainnya", 0, null, 0, 0],
        ["052", "Komponen kedua", 0, null, 0, 0],
        ["521211", "Akun langsung di bawah komponen", 0, null, 0, 0],
        ["2079.603", "Output lama tanpa sub output", 0, null, 0, 0],
        ["051", "Komponen", 0, null, 0, 0],
      ])
    );
    expect(levels(t)).toEqual([
      "kegiatan:2077@-",
      "kro:2077.502@2",
      "ro:2077.502.001@3",
      "komponen:051@4",
      "subkomponen:AA@5",
      "akun:521211@6",
      "group@7",
      "group@8",
      "detil@9",
      "group@8",
      "detil@11",
      "group@7",
      "komponen:052@4",
      "akun:521211@14",
      "kro:2079.603@2",
      "komponen:051@16",
    ]);
    expect(t.rows[7].groupDepth).toBe(2);
  });

  it("skips blank rows and footers, and flags codes of no known shape", () => {
    const t = tree(
      sheetOf([
        RKAKL_HEADER,
        ["521211", "Belanja Bahan", 0, null, 0, 10],
        [],
        [null, "- ATK", 1, "PKT", 10, 10],
        ["52.1211", "Kode aneh", 0, null, 0, 0],
        [null, "JUMLAH", null, null, null, 10],
      ])
    );
    expect(t.rows.map((r) => r.level)).toEqual(["akun", "detil", "detil"]);
    expect(t.rows[2].unrecognizedKode).toBe("52.1211");
  });

  it("reads text numbers and error values into NumberCells", () => {
    const t = tree(
      sheetOf([
        RKAKL_HEADER,
        ["521211", "Belanja Bahan", 0, null, 0, 10],
        [null, "- ATK", "2", "PKT", "1.250.000", { error: "#REF!" }],
      ])
    );
    const d = t.rows[1];
    expect(d.volume).toMatchObject({ fromText: true });
    expect(d.hargaSatuan?.value?.toFixed()).toBe("1250000");
    expect(d.jumlah?.error).toBe("#REF!");
  });
});

describe("a mistyped akun code on a heading row", () => {
  it("still heads its lines, keeping the typo for STRUK-KODE", () => {
    const t = tree(
      sheetOf([
        RKAKL_HEADER,
        ["051", "Komponen", 0, null, 0, 10],
        ["52121", "Belanja Bahan", 0, null, 0, 10],
        [null, "- ATK", 1, "PKT", 10, 10],
      ])
    );
    expect(levels(t)).toEqual(["komponen:051@-", "akun:52121@2", "detil@3"]);
    expect(t.rows[1].unrecognizedKode).toBe("52121");
    expect(t.rows[2].akun).toBe("52121");
  });
});
