import { arithJumlah } from "../../../src/core/rules/arith/arith-jumlah";
import { arithTotal } from "../../../src/core/rules/arith/arith-total";
import { arithVolume } from "../../../src/core/rules/arith/arith-volume";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";
import { rabB2d6, rkaklExport } from "../../fixtures/layouts";
import { runRule, testRule } from "../../helpers/rule-tester";
import type { CellValue } from "../../../src/core/sheet/snapshot";

const akun = (jumlah: number): CellValue[] => ["521211", "Belanja Bahan", 0, null, 0, jumlah];
const line = (uraian: string, vol: CellValue, harga: CellValue, jumlah: CellValue): CellValue[] => [
  null,
  uraian,
  vol,
  "OK",
  harga,
  jumlah,
];

testRule(arithJumlah, {
  valid: [
    { name: "a clean export", sheet: rkaklExport() },
    { name: "RAB formulas", sheet: rabB2d6() },
    {
      name: "a fractional volume within half a rupiah",
      sheet: sheetOf([RKAKL_HEADER, akun(50000), line("- Sewa [1,5 JAM]", 1.5, 33333, 50000)]),
    },
    { name: "lines without numbers", sheet: sheetOf([RKAKL_HEADER, akun(0), line("- catatan", null, null, null)]) },
  ],
  invalid: [
    {
      name: "jumlah not vol x harga",
      sheet: sheetOf([RKAKL_HEADER, akun(22995000), line("- Konsumsi", 73, 45000, 22995000)]),
      expect: [{ cell: "F3", messageId: "salah" }],
    },
    {
      name: "the thousand round-down convention is info",
      sheet: sheetOf([RKAKL_HEADER, akun(12574000), line("- Honor", 2, 6287400, 12574000)]),
      expect: [{ cell: "F3", messageId: "ribuan", severity: "info" }],
    },
    {
      name: "text numbers are read too",
      sheet: sheetOf([RKAKL_HEADER, akun(100), line("- ATK", "2", "1.000", "3.000")]),
      expect: [{ cell: "F3", messageId: "salah" }],
    },
  ],
});

testRule(arithVolume, {
  valid: [
    { name: "a clean export", sheet: rkaklExport() },
    { name: "RAB rincian perhitungan", sheet: rabB2d6() },
    { name: "no expression", sheet: sheetOf([RKAKL_HEADER, akun(3000), line("- Konsumsi PPSM", 3, 1000, 3000)]) },
  ],
  invalid: [
    {
      name: "bracket disagrees with volume",
      sheet: sheetOf([RKAKL_HEADER, akun(156), line("- Konsumsi [52 MHS x 3 PENGU x 3 PGJ]", 156, 1, 156)]),
      expect: [{ cell: "C3", messageId: "beda" }],
    },
  ],
});

testRule(arithTotal, {
  valid: [
    { name: "a clean export", sheet: rkaklExport() },
    { name: "RAB SUM totals", sheet: rabB2d6() },
  ],
  invalid: [
    {
      name: "a wrong akun total is reported once, not at every level above",
      sheet: sheetOf([
        RKAKL_HEADER,
        ["051", "Komponen", 0, null, 0, 300],
        ["521211", "Belanja Bahan", 0, null, 0, 999],
        line("- a", 1, 100, 100),
        line("- b", 1, 200, 200),
      ]),
      expect: [{ cell: "F3", messageId: "salah" }],
    },
    {
      name: "a group total that disagrees with its lines",
      sheet: sheetOf([
        RKAKL_HEADER,
        akun(300),
        [null, "> Kelompok", 0, null, 0, 250],
        line("- a", 1, 100, 100),
        line("- b", 1, 200, 200),
      ]),
      expect: [{ cell: "F3", messageId: "salah" }],
    },
  ],
});

describe("ARITH-TOTAL reports where the error is", () => {
  it("blames the child, not the parent, when the parent matches the detail lines", () => {
    const sheet = sheetOf([
      RKAKL_HEADER,
      ["051", "Komponen", 0, null, 0, 300],
      ["A", "Sub", 0, null, 0, 999],
      ["521211", "Belanja Bahan", 0, null, 0, 300],
      line("- a", 1, 100, 100),
      line("- b", 1, 200, 200),
    ]);
    expect(runRule(arithTotal, sheet).map((r) => r.cell)).toEqual(["F3"]);
  });
  it("offers the recomputed sum as a fix", () => {
    const sheet = sheetOf([RKAKL_HEADER, akun(999), line("- a", 1, 100, 100)]);
    expect(runRule(arithTotal, sheet)[0].input.fix).toMatchObject({ cell: "F2", value: 100 });
  });
});
