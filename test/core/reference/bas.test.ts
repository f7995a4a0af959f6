import {
  basAkun,
  compareAkunName,
  jenisBelanja,
  normalizeAkunName,
  sameAkunName,
} from "../../../src/core/reference/bas";

describe("BAS akun", () => {
  it("looks up by code with name, jenis belanja and status", () => {
    const a = basAkun("521211")!;
    expect(a.uraian).toBe("Belanja Bahan");
    expect(a.jenisBelanja).toBe("52");
    expect(a.status).toBe("VERIFIED");
    expect(a.sumber).toMatch(/RKAKL-DIPA 2018/);
    expect(basAkun("999999")).toBeUndefined();
  });

  it("prefers the current name, keeps the 2018 one, and marks it UNVERIFIED", () => {
    const a = basAkun("524111")!;
    expect(a.uraian).toBe("Belanja Perjalanan Dinas Biasa");
    expect(a.uraian2018).toBe("Belanja perjalanan biasa");
    expect(a.uraianStatus).toBe("UNVERIFIED");
  });

  it("marks later codes UNVERIFIED and 59xxxx as accrual-only", () => {
    expect(basAkun("521121")?.status).toBe("UNVERIFIED");
    expect(basAkun("592211")?.akrual).toBe(true);
    expect(basAkun("521211")?.akrual).toBe(false);
  });

  it("knows which jenis belanja a K/L may use", () => {
    expect(jenisBelanja("52")?.dipakaiKL).toBe(true);
    expect(jenisBelanja("537112")?.dipakaiKL).toBe(true);
    expect(jenisBelanja("54")?.dipakaiKL).toBe(false);
    expect(jenisBelanja("58")?.dipakaiKL).toBe(false);
  });

  it.each([
    ["Beban Jasa Profesi", "Belanja Jasa Profesi"],
    ["Beban Tunj. Anak PNS", "Belanja Tunjangan Anak PNS"],
    ["BELANJA BAHAN", "Belanja Bahan"],
    ["Honor Output Kegiatan", "Belanja Honor Output Kegiatan"],
  ])("%s and %s are the same name", (a, b) => {
    expect(sameAkunName(a, b)).toBe(true);
  });

  it("does not equate different names", () => {
    expect(sameAkunName("Belanja Bahan", "Belanja Barang")).toBe(false);
    expect(normalizeAkunName("Beban Perjalanan Dinas Biasa")).toBe("perjalanan dinas biasa");
  });

  it("compares a written name with every accepted name of the code", () => {
    expect(compareAkunName("524111", "Beban Perjalanan Dinas Biasa")).toBe("sama");
    expect(compareAkunName("524111", "Belanja perjalanan biasa")).toBe("sama");
    expect(compareAkunName("521213", "Belanja Honor Output Kegiatan Satker")).toBe("mirip");
    expect(compareAkunName("521211", "Belanja Jasa Profesi")).toBe("beda");
    expect(compareAkunName("000000", "x")).toBeUndefined();
  });
});
