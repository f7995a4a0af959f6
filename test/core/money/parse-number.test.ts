import { parseIndonesianNumber, formatRupiah, formatPercent } from "../../../src/core/money/parse-number";
import { dec } from "../../../src/core/money/decimal";

describe("parseIndonesianNumber", () => {
  it.each([
    ["1.250.000", "1250000"],
    ["1.250.000,50", "1250000.5"],
    ["Rp 1.250.000", "1250000"],
    ["Rp1.250.000,-".replace(",-", ""), "1250000"],
    ["rp. 530.000", "530000"],
    ["1,5", "1.5"],
    ["1.250", "1250"],
    ["12,5%", "12.5"],
    ["(1.000)", "-1000"],
    ["-2.500", "-2500"],
    ["Rp 1,5 jt", "1500000"],
    ["2 miliar", "2000000000"],
    ["250 rb", "250000"],
    ["1,250,000", "1250000"],
    ["0.5", "0.5"],
    [" 42 ", "42"],
  ])("%s -> %s", (text, expected) => {
    expect(parseIndonesianNumber(text)?.toFixed()).toBe(expected);
  });

  it.each(["", "abc", "1.2.3,4,5", "Rp", "12-3", "#REF!"])("rejects %p", (text) => {
    expect(parseIndonesianNumber(text)).toBeNull();
  });

  it("passes numbers through and rejects non-finite ones", () => {
    expect(parseIndonesianNumber(1250000)?.toFixed()).toBe("1250000");
    expect(parseIndonesianNumber(Number.NaN)).toBeNull();
    expect(parseIndonesianNumber(null)).toBeNull();
  });
});

describe("formatting", () => {
  it("formats rupiah with dots and a comma for fractions", () => {
    expect(formatRupiah(dec("1250000"))).toBe("Rp1.250.000");
    expect(formatRupiah(dec("-1250.5"))).toBe("-Rp1.250,5");
    expect(formatRupiah(dec("999"), false)).toBe("999");
  });
  it("formats percent with a comma", () => {
    expect(formatPercent(dec("12.345"))).toBe("12,35%");
    expect(formatPercent(dec("50"))).toBe("50%");
  });
});
