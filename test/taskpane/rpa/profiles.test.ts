import { profileWeights, type Profile } from "../../../src/core/rpa";
import { parseMonths, profilesFromSettings } from "../../../src/taskpane/rpa/profiles";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/settings";

/** Each month's weight scaled so the twelve sum to `total` (weights only matter by their ratios). */
function shares(p: Profile, total: number): number[] {
  const w = profileWeights(p).map((d) => d.toNumber());
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.round((x / sum) * total * 1000) / 1000);
}

describe("RPA profiles from the pane's settings", () => {
  test("months as the engine reads them", () => {
    expect(parseMonths("3-5, 8")).toEqual([3, 4, 5, 8]);
    expect(parseMonths("2,7,11")).toEqual([2, 7, 11]);
    expect(() => parseMonths("13")).toThrow(/bulan "13"/);
  });

  test("the defaults give 51 flat with gaji ke-13 in July and THR in March, the others the ideal curve", () => {
    const { profiles, problems } = profilesFromSettings(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(Object.keys(profiles).sort()).toEqual(["51", "52", "53", "57"]);
    expect(shares(profiles["51"], 14)).toEqual([1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1]);
    expect(shares(profiles["52"], 96)).toEqual([6, 6, 6, 8, 10, 12, 12, 12, 12, 4, 4, 4]);
  });

  test("the ideal curve takes the settings' shape", () => {
    const s = { ...DEFAULT_SETTINGS, ideal: { awal: 2, puncak: 10, bulanPuncak: 4, akhir: 1 } };
    expect(shares(profilesFromSettings(s).profiles["53"], 69)).toEqual([2, 2, 2, 10, 10, 10, 10, 10, 10, 1, 1, 1]);
  });

  test("schedule, termin and manual choices; a bad one is a problem for its jenis belanja only", () => {
    const s = {
      ...DEFAULT_SETTINGS,
      profiles: {
        "51": { kind: "flat" as const },
        "52": { kind: "jadwal" as const, bulan: "3-5" },
        "53": { kind: "termin" as const, bulan: "6/9", uangMukaPersen: 20, retensiPersen: 5 },
        "57": { kind: "manual" as const, bobot: "1;1;1" },
      },
    };
    const { profiles, problems } = profilesFromSettings(s);
    expect(shares(profiles["52"], 3)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    // Uang muka 20% the month before the first termin, retensi 5% in December, the rest split over June and September.
    expect(shares(profiles["53"], 100)).toEqual([0, 0, 0, 0, 20, 37.5, 0, 0, 37.5, 0, 0, 5]);
    expect(profiles["57"]).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^57: .*12 bobot/);
  });
});
