import { PROVINCES, PROVINCE_NAMES, provinceByName, resolveProvince } from "../../../src/core/reference/provinces";

describe("provinces", () => {
  it("lists the 38 provinces once each", () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCE_NAMES).size).toBe(38);
    expect(new Set(PROVINCES.map((p) => p.kode)).size).toBe(38);
  });

  it.each([
    ["DKI", "DKI JAKARTA"],
    ["Jakarta", "DKI JAKARTA"],
    ["Prov. DKI Jakarta", "DKI JAKARTA"],
    ["Provinsi D.K.I. Jakarta", "DKI JAKARTA"],
    ["  dki jakarta ", "DKI JAKARTA"],
    ["Jabar", "JAWA BARAT"],
    ["Jateng", "JAWA TENGAH"],
    ["DIY", "DI YOGYAKARTA"],
    ["D.I. Yogyakarta", "DI YOGYAKARTA"],
    ["Yogyakarta", "DI YOGYAKARTA"],
    ["Daerah Istimewa Yogyakarta", "DI YOGYAKARTA"],
    ["NTB", "NUSA TENGGARA BARAT"],
    ["NTT", "NUSA TENGGARA TIMUR"],
    ["Kalbar", "KALIMANTAN BARAT"],
    ["Sulsel", "SULAWESI SELATAN"],
    ["Bangka Belitung", "KEPULAUAN BANGKA BELITUNG"],
    ["Kep. Riau", "KEPULAUAN RIAU"],
    ["Papua", "PAPUA"],
    ["Papua Barat", "PAPUA BARAT"],
    ["Papua Barat Daya", "PAPUA BARAT DAYA"],
    ["Papua Pegunungan", "PAPUA PEGUNUNGAN"],
    ["Prop. Papua Selatan", "PAPUA SELATAN"],
    ["Papua Tengah", "PAPUA TENGAH"],
    ["31", "DKI JAKARTA"],
  ])("resolveProvince(%j) = %s", (text, nama) => {
    expect(resolveProvince(text)?.nama).toBe(nama);
  });

  it.each(["", "   ", "Jawa", "Kota Semarang", "Papua Utara", "Atlantis", undefined, null])(
    "does not guess for %j",
    (text) => {
      expect(resolveProvince(text)).toBeUndefined();
    }
  );

  it("provinceByName accepts canonical keys only", () => {
    expect(provinceByName("DKI JAKARTA").label).toBe("DKI Jakarta");
    expect(() => provinceByName("DKI")).toThrow(RangeError);
  });
});
