import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { patchSnapshot, type RowRead } from "../../../src/taskpane/periksa/patch-snapshot";

const base: SheetSnapshot = {
  name: "Sheet1",
  values: [
    ["kode", "uraian", "jumlah"],
    [null, "Konsumsi", 100],
    [null, "Fotocopy", "1.000"],
  ],
  formulas: [[], [undefined, undefined, "=A1"]],
  numberFormats: [[], [undefined, undefined, "#,##0"]],
  textNumbers: new Set(["2,2"]),
  hiddenRows: [1],
};

const row = (r: number, values: RowRead["values"], extra: Partial<RowRead> = {}): RowRead => ({
  row: r,
  values,
  formulas: [],
  numberFormats: [],
  textNumberCols: [],
  ...extra,
});

describe("patchSnapshot", () => {
  test("replaces the rows read, keeps the others and leaves the original untouched", () => {
    const out = patchSnapshot(base, [row(2, [null, "Fotocopy", 1000])]);
    expect(out.values[2]).toEqual([null, "Fotocopy", 1000]);
    expect(out.values[1]).toBe(base.values[1]);
    expect(out.textNumbers!.has("2,2")).toBe(false);
    expect(base.values[2]).toEqual([null, "Fotocopy", "1.000"]);
    expect(base.textNumbers!.has("2,2")).toBe(true);
    expect(out.hiddenRows).toEqual([1]);
  });

  test("formulas, number formats and text numbers follow the new reading", () => {
    const out = patchSnapshot(base, [
      row(1, [null, "Konsumsi", 200], { formulas: [undefined, undefined, "=B9*2"], textNumberCols: [1] }),
    ]);
    expect(out.formulas![1]).toEqual([undefined, undefined, "=B9*2"]);
    expect(out.numberFormats![1]).toBeUndefined();
    expect(out.textNumbers!.has("1,1")).toBe(true);
  });

  test("a row typed below the last one extends the sheet; no formula left means no formulas", () => {
    const out = patchSnapshot(base, [row(1, [null, "Konsumsi", 100]), row(5, ["521211", "Belanja Bahan"])]);
    expect(out.values).toHaveLength(6);
    expect(out.values[4]).toEqual([]);
    expect(out.values[5]).toEqual(["521211", "Belanja Bahan"]);
    expect(out.formulas).toBeUndefined();
  });
});
