import { analyzerOptions, DEFAULT_SETTINGS, sanitizeSettings } from "../../src/taskpane/settings";
import { luminance, themeKind } from "../../src/taskpane/theme";

describe("settings", () => {
  test("anything unreadable gives the defaults", () => {
    for (const raw of [undefined, null, 42, "x", [], { lang: "fr", tahap: "lain", tahun: 1999 }]) {
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  test("valid values are kept, invalid ones fall back one by one", () => {
    const s = sanitizeSettings({
      lang: "en",
      tahun: 2026,
      tahap: "pelaksanaan",
      provinsi: "JAWA TENGAH",
      bulanGaji13: null,
      bulanThr: 13,
      ideal: { awal: 3, puncak: -1, bulanPuncak: 10, akhir: 2 },
      profiles: { "52": { kind: "jadwal", bulan: "3-5" }, "53": { kind: "roket" } },
      rpaMode: "percent",
      markCells: false,
      groupBy: "rule",
      userSbm: { name: "sbm.csv", text: "tahun;kode;nilai" },
    });
    expect(s.lang).toBe("en");
    expect(s.tahun).toBe(2026);
    expect(s.tahap).toBe("pelaksanaan");
    expect(s.bulanGaji13).toBeNull();
    expect(s.bulanThr).toBe(DEFAULT_SETTINGS.bulanThr);
    expect(s.ideal).toEqual({
      awal: 3,
      puncak: DEFAULT_SETTINGS.ideal.puncak,
      bulanPuncak: DEFAULT_SETTINGS.ideal.bulanPuncak,
      akhir: 2,
    });
    expect(s.profiles["52"]).toEqual({ kind: "jadwal", bulan: "3-5" });
    expect(s.profiles["53"]).toEqual(DEFAULT_SETTINGS.profiles["53"]);
    expect(s.rpaMode).toBe("percent");
    expect(s.markCells).toBe(false);
    expect(s.groupBy).toBe("rule");
    expect(s.userSbm).toEqual({ name: "sbm.csv", text: "tahun;kode;nilai" });
  });

  test("sanitizing does not share nested objects with the defaults", () => {
    const s = sanitizeSettings(undefined);
    s.ideal.awal = 99;
    s.profiles["52"] = { kind: "manual" };
    expect(DEFAULT_SETTINGS.ideal.awal).toBe(6);
    expect(DEFAULT_SETTINGS.profiles["52"].kind).toBe("ideal");
  });

  test("the analyzer gets tahun and provinsi only when set", () => {
    expect(analyzerOptions(DEFAULT_SETTINGS)).toEqual({ tahap: "perencanaan" });
    expect(analyzerOptions({ ...DEFAULT_SETTINGS, tahun: 2026, provinsi: "BALI" })).toEqual({
      tahap: "perencanaan",
      tahun: 2026,
      provinsi: "BALI",
    });
  });
});

describe("theme from Office", () => {
  test("luminance of hex colours", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("#000")).toBe(0);
    expect(luminance("not a colour")).toBeNull();
  });

  test("a dark Office body selects the dark theme; forced colours the high-contrast one", () => {
    expect(themeKind("#262626", false)).toBe("dark");
    expect(themeKind("#FFFFFF", false)).toBe("light");
    expect(themeKind(undefined, false)).toBe("light");
    expect(themeKind("#FFFFFF", true)).toBe("contrast");
  });
});
