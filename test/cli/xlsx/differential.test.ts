/**
 * The comparison the differential suites rest on: it must see every way two snapshots can differ that
 * the analyzer would notice, or the suites pass on readers that disagree.
 */
import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { snapshotDifferences } from "./differential";

function snap(over: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: "S",
    values: [[1, "a"], [], [null, { error: "#N/A" }]],
    merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    hiddenRows: [1],
    textNumbers: new Set(["0,1"]),
    numberFormats: [["#,##0"]],
    ...over,
  };
}

describe("snapshotDifferences", () => {
  it("finds nothing between equal snapshots", () => {
    expect(snapshotDifferences(snap(), snap())).toEqual([]);
  });

  it("tells a hole from null, from undefined and from a missing row", () => {
    const holey: (string | number | null)[] = [];
    holey[1] = "a";
    expect(snapshotDifferences(snap({ values: [holey] }), snap({ values: [[null, "a"]] }))).toEqual([
      "snapshot.values[0] keys: fast [1] / exceljs [0,1]",
      "snapshot.values[0][0]: fast undefined / exceljs null",
    ]);
    expect(snapshotDifferences(snap({ values: [[undefined as never, "a"]] }), snap({ values: [holey] }))).toEqual([
      "snapshot.values[0] keys: fast [0,1] / exceljs [1]",
    ]);
    expect(snapshotDifferences(snap({ values: [[1, "a"]] }), snap())).toEqual([
      "snapshot.values.length: fast 1 / exceljs 3",
      "snapshot.values keys: fast [0] / exceljs [0,1,2]",
      "snapshot.values[1]: fast undefined / exceljs []",
      'snapshot.values[2]: fast undefined / exceljs [null,{"error":"#N/A"}]',
    ]);
  });

  it("tells -0 from 0, a number from its text, and sees NaN as NaN", () => {
    expect(snapshotDifferences(snap({ values: [[-0]] }), snap({ values: [[0]] }))).toEqual([
      "snapshot.values[0][0]: fast -0 / exceljs 0",
    ]);
    expect(snapshotDifferences(snap({ values: [["1"]] }), snap({ values: [[1]] }))).toEqual([
      'snapshot.values[0][0]: fast "1" / exceljs 1',
    ]);
    expect(snapshotDifferences(snap({ values: [[NaN]] }), snap({ values: [[NaN]] }))).toEqual([]);
  });

  it("compares text numbers as sets and sees a missing formulas table", () => {
    expect(snapshotDifferences(snap({ textNumbers: new Set(["1,1"]) }), snap())).toEqual([
      'snapshot.textNumbers: only in fast ["1,1"], only in exceljs ["0,1"]',
    ]);
    expect(snapshotDifferences(snap({ formulas: [] }), snap())).toEqual([
      "snapshot.formulas: fast [] / exceljs undefined",
    ]);
    expect(snapshotDifferences(snap({ hiddenRows: [] }), snap())).toEqual([
      "snapshot.hiddenRows.length: fast 0 / exceljs 1",
      "snapshot.hiddenRows keys: fast [] / exceljs [0]",
      "snapshot.hiddenRows[0]: fast undefined / exceljs 1",
    ]);
  });

  it("sees a different error, merge or number format", () => {
    expect(
      snapshotDifferences(snap({ values: [[{ error: "#REF!" }]] }), snap({ values: [[{ error: "#N/A" }]] }))
    ).toEqual(['snapshot.values[0][0].error: fast "#REF!" / exceljs "#N/A"']);
    expect(snapshotDifferences(snap({ merges: [{ top: 0, left: 0, bottom: 1, right: 2 }] }), snap())).toEqual([
      "snapshot.merges[0].right: fast 2 / exceljs 1",
    ]);
    expect(snapshotDifferences(snap({ numberFormats: [[undefined, "#,##0"]] }), snap())).toHaveLength(4);
  });
});
