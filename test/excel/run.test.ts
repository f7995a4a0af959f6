import { OfficeMockObject } from "office-addin-mock";
import { capabilitiesUpTo, ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { runInExcel, excelRunOptions } from "../../src/excel/run";
import { readSheetSnapshot } from "../../src/excel/read-snapshot";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook } from "./fake-workbook";

/** Excel.run as office-addin-mock's docs mock it: the batch gets the fake context; options are recorded. */
function installExcel(fake: FakeExcel, fail?: string) {
  const seen: unknown[] = [];
  const excel = new OfficeMockObject({
    run: async (options: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => {
      seen.push(options);
      if (fail) throw Object.assign(new Error(fail), { code: fail });
      return batch(fake.context);
    },
  });
  (globalThis as { Excel?: unknown }).Excel = excel;
  return seen;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("runInExcel", () => {
  it("asks for one undo step where ExcelApi 1.20 exists, and says whether it got it", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("RAB").setRows(0, 0, [["Kode"]]);
    const fake = new FakeExcel(wb);
    const seen = installExcel(fake);

    const res = await runInExcel((ctx) => readSheetSnapshot(ctx), { oneUndoStep: true });
    expect(res.ok).toBe(true);
    expect(res.oneUndoStep).toBe(true);
    expect(seen).toEqual([{ mergeUndoGroup: true }]);

    const older = await runInExcel((ctx) => readSheetSnapshot(ctx), {
      oneUndoStep: true,
      caps: capabilitiesUpTo("1.19"),
    });
    expect(older.oneUndoStep).toBe(false);
    expect(seen[1]).toEqual({});
  });

  it("turns a failed Excel.run into a typed error", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("RAB");
    installExcel(new FakeExcel(wb), "InvalidOperationInCellEditMode");
    const res = await runInExcel((ctx) => readSheetSnapshot(ctx));
    expect(res.ok ? "ok" : res.error.code).toBe("CELL_EDIT_MODE");
  });

  it("adds no run options for reads", () => {
    expect(excelRunOptions({ caps: ALL_CAPABILITIES })).toEqual({});
  });
});
