import { dimensiOfUnits, resolveSatuan, SATUAN_PERATURAN } from "../../../src/core/reference/satuan";

describe("satuan", () => {
  it.each([
    ["OH", "OH"],
    ["o-h", "OH"],
    ["Org/Hari", "OH"],
    ["ORANG / HARI", "OH"],
    ["O.H", "OH"],
    ["OJ", "OJ"],
    ["org/jam", "OJ"],
    ["OK", "OK"],
    ["OB", "OB"],
    ["Orang/Bulan", "OB"],
    ["OR", "ORG"],
    ["ORG", "ORG"],
    ["Orang", "ORG"],
    ["PST", "ORG"],
    ["HR", "HARI"],
    ["KL", "KALI"],
    ["BLN", "BULAN"],
    ["PKT", "PKT"],
    ["Paket", "PKT"],
    ["EXP", "EKS"],
    ["Eksemplar", "EKS"],
    ["LBR", "LBR"],
    ["M2", "M2"],
    ["m²", "M2"],
    ["unit", "UNIT"],
    ["DUS", "KOTAK"],
    ["Box", "KOTAK"],
    ["KEG", "KEG"],
    ["Kegiatan", "KEG"],
    ["MLM", "MALAM"],
  ])("resolveSatuan(%j) = %s", (text, kode) => {
    expect(resolveSatuan(text)?.kode).toBe(kode);
  });

  it.each(["", "QQQ", "25000", undefined])("unknown unit %j", (t) => {
    expect(resolveSatuan(t)).toBeUndefined();
  });

  it("gives the counted things of a volume expression", () => {
    expect(dimensiOfUnits(["ORG", "HARI"])).toEqual(["orang", "hari"]);
    expect(resolveSatuan("OH")!.dimensi).toEqual(["orang", "hari"]);
    expect(resolveSatuan("OK")!.dimensi).toEqual(["orang", "kali"]);
    expect(dimensiOfUnits(["ORG", "ZZZ"])).toBeNull();
    expect(dimensiOfUnits(["", "KALI"])).toEqual(["kali"]);
  });

  it("ships the regulation's satuan list", () => {
    expect(SATUAN_PERATURAN.some((s) => s.satuan === "orang/hari")).toBe(true);
  });
});
