import { capabilitiesUpTo, describeMissing, detectCapabilities, FEATURE_SETS } from "../../src/excel/capabilities";
import { hostError, toHostError } from "../../src/excel/errors";

describe("capabilities", () => {
  it("maps requirement sets to features", () => {
    const asked: string[] = [];
    const caps = detectCapabilities((name, v) => {
      asked.push(`${name} ${v}`);
      return v === "1.9" || v === "1.4";
    });
    expect(caps.rangeAreas && caps.usedRangeOrNull).toBe(true);
    expect(caps.notes || caps.mergeUndoGroup).toBe(false);
    expect(asked).toContain("ExcelApi 1.18");
    expect(asked.length).toBe(Object.keys(FEATURE_SETS).length);
  });

  it("describes what an older Excel lacks, in Indonesian", () => {
    const lines = describeMissing(capabilitiesUpTo("1.12"));
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^catatan \(note\) pada sel memerlukan ExcelApi 1\.18/)])
    );
    expect(describeMissing(capabilitiesUpTo("1.20"))).toEqual([]);
  });
});

describe("toHostError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
    ["AccessDenied", "PROTECTED"],
    ["ResponsePayloadSizeLimitExceeded", "TOO_LARGE"],
    ["ApiNotFound", "UNSUPPORTED"],
    ["GeneralException", "UNKNOWN"],
  ])("maps Office's %s to %s with an Indonesian message and the code kept as detail", (code, expected) => {
    const e = toHostError(Object.assign(new Error("boom"), { code }));
    expect(e.code).toBe(expected);
    expect(e.message).toBe(hostError(e.code).message);
    expect(e.detail).toBe(`${code}: boom`);
  });
});
