import { findVolumeExpression, parseVolumeExpression } from "../../../src/core/tree/volume-expression";

describe("volume expressions", () => {
  it.each([
    ["- Konsumsi rapat [15 OR x 1 KEG]", "15 OR|1 KEG", "15"],
    ["Fotocopy materi  [175 PST x 3 KEG x 1 PKT]", "175 PST|3 KEG|1 PKT", "525"],
    ["Buku [130 BH]", "130 BH", "130"],
    ["Uang harian 3 org x 2 hari", "3 ORG|2 HARI", "6"],
    ["[2 ORGx3HARI]", "2 ORG|3 HARI", "6"],
    ["Sewa [1,5 M2 x 10 UNIT]", "1.5 M2|10 UNIT", "15"],
    ["Konsumsi ujian [10 0RG x 5 MK]", "10 0RG|5 MK", "50"],
    ["Catatan [lihat TOR] lalu [4 OK x 2 KL]", "4 OK|2 KL", "8"],
  ])("%s", (text, factors, product) => {
    const e = findVolumeExpression(text);
    expect(e?.factors.map((f) => `${f.value.toFixed()} ${f.unit}`).join("|")).toBe(factors);
    expect(e?.product.toFixed()).toBe(product);
  });
  it.each(["Konsumsi PPSM", "[lihat TOR]", "Rapat tahun 2026", ""])("finds none in %p", (text) => {
    expect(findVolumeExpression(text)).toBeNull();
  });
  it("parses a bare expression", () => {
    expect(parseVolumeExpression("3 ORG x 2 HARI")?.product.toFixed()).toBe("6");
    expect(parseVolumeExpression("abc")).toBeNull();
  });
});
