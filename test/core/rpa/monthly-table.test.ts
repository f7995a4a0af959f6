import { jenisBelanjaKey, readMonthlyTable } from "../../../src/core/rpa";
import type { CellValue } from "../../../src/core/sheet/snapshot";
import { sheetOf } from "../../helpers/sheets";
import { NAMA_BULAN } from "../../../src/core/rpa/months";

const BULAN = NAMA_BULAN;
const nums = (xs: (import("../../../src/core/money").Decimal | null)[]) =>
  xs.map((v) => (v === null ? null : v.toNumber()));

describe("readMonthlyTable", () => {
  test("Halaman III in ribuan: jenis belanja rows, a No column whose numbers are not jenis belanja", () => {
    const rows: CellValue[][] = [
      ["DIPA PETIKAN HALAMAN III"],
      ["(dalam ribuan rupiah)"],
      ["NO", "KODE", "URAIAN", ...BULAN, "JUMLAH"],
      [51, null, "Catatan tanpa kode", ...Array(12).fill(1), 12],
      [52, "52", "Belanja Barang", 10, 20, ...Array(10).fill(null), 30],
      [53, "", "BELANJA MODAL [53]", 5, ...Array(11).fill(0), 5],
      [54, "", "JUMLAH", 15, 20, ...Array(10).fill(0), 35],
    ];
    const t = readMonthlyTable(sheetOf(rows, { name: "Hal3" }))!;
    expect(t.unit).toBe("ribuan");
    expect(Object.keys(t.series)).toEqual(["52", "53"]);
    expect(nums(t.series["52"]).slice(0, 3)).toEqual([10000, 20000, null]);
    expect(t.pagu).toEqual({ "52": expect.anything(), "53": expect.anything() });
    expect(t.pagu!["52"].toNumber()).toBe(30000);
    expect(t.level).toEqual({ "52": "jenis belanja", "53": "jenis belanja" });
  });

  test("per akun, rolled up by the first two digits; akun rows win over a jenis belanja row that disagrees", () => {
    const rows: CellValue[][] = [
      ["Kode Akun", "Nama", ...BULAN.map((b) => b.slice(0, 3).toUpperCase())],
      ["51", "Belanja Pegawai", 99, 99],
      ["511111", "Gaji", 30, 30],
      ["511121", "Tunjangan", 20, 20],
      ["521211", "Bahan", 7],
    ];
    const t = readMonthlyTable(sheetOf(rows))!;
    expect(t.unit).toBe("rupiah");
    expect(nums(t.series["51"]).slice(0, 2)).toEqual([50, 50]);
    expect(nums(t.series["52"]).slice(0, 2)).toEqual([7, null]);
    expect(t.level["51"]).toBe("akun");
    expect(t.problems.join(" ")).toMatch(/jenis belanja 51 tidak sama/);
    expect(t.pagu).toBeNull();
  });

  test("unit override, no month header, no jenis belanja rows", () => {
    const rows: CellValue[][] = [
      ["Kode", "Uraian", ...BULAN],
      ["52", "Belanja Barang", 1],
    ];
    expect(nums(readMonthlyTable(sheetOf(rows), "ribuan")!.series["52"])[0]).toBe(1000);
    expect(
      readMonthlyTable(
        sheetOf([
          ["a", "b"],
          [1, 2],
        ])
      )
    ).toBeNull();
    const t = readMonthlyTable(
      sheetOf([
        ["Kode", "Uraian", ...BULAN],
        ["001", "Program", 1],
      ])
    )!;
    expect(t.problems.join(" ")).toMatch(/tidak memuat baris jenis belanja/);
  });

  test("jenisBelanjaKey", () => {
    expect(jenisBelanjaKey(["521211"])).toEqual({ jb: "52", level: "akun" });
    expect(jenisBelanjaKey(["", "57 Belanja Bantuan Sosial"])).toEqual({ jb: "57", level: "jenis belanja" });
    expect(jenisBelanjaKey(["Belanja Pegawai"])).toEqual({ jb: "51", level: "jenis belanja" });
    expect(jenisBelanjaKey(["5001.EBA"])).toBeNull();
    expect(jenisBelanjaKey(["051", "Komponen"])).toBeNull();
  });
});
