import { readSheetSnapshot } from "../../src/excel/read-snapshot";
import { capabilitiesUpTo } from "../../src/excel/capabilities";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook } from "./fake-workbook";

function budgetSheet(rows: number, wb = new FakeWorkbook()) {
  const sheet = wb.addSheet("Kertas Kerja");
  sheet.setRows(0, 0, [["RINCIAN KERTAS KERJA SATKER T.A. 2026"]]);
  sheet.setRows(3, 0, [["KODE", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN", "JUMLAH BIAYA"]]);
  for (let i = 0; i < rows; i++) {
    sheet.setRows(4 + i, 0, [["", `- Konsumsi rapat ${i} [15 OR x 1 KEG]`, 15, "OK", 50000, `=C${5 + i}*E${5 + i}`]]);
    sheet.ensure(4 + i, 5).value = 750000;
  }
  return { wb, sheet };
}

describe("readSheetSnapshot", () => {
  it("reads values, formulas, formats, merges and hidden rows into absolute coordinates", async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet("RAB");
    sheet.setRows(2, 1, [
      ["Kode", "Uraian", "Jumlah"],
      ["521211", "Belanja Bahan", "=SUM(D5:D6)"],
      ["", "ATK", 100000],
      ["", "'1.250.000", "#REF!"],
    ]);
    sheet.ensure(3, 3).value = 100000;
    sheet.ensure(4, 3).numberFormat = "#,##0";
    sheet.setRows(6, 1, [["", "Tanggal", 45658]]);
    sheet.ensure(6, 3).numberFormat = "dd/mm/yyyy";
    sheet.cell(5, 2)!.value = "1.250.000";
    sheet.merges = [{ top: 2, left: 1, bottom: 2, right: 2 }];
    sheet.hiddenRows.add(4);
    const fake = new FakeExcel(wb);

    const res = await readSheetSnapshot(fake.context);

    if (!res.ok) throw new Error(res.error.message);
    const snap = res.value.snapshot;
    expect(snap.name).toBe("RAB");
    expect(res.value.area).toEqual({ top: 2, left: 1, rows: 5, columns: 3 });
    expect(snap.values[0]).toEqual([]);
    expect(snap.values[2]).toEqual([null, "Kode", "Uraian", "Jumlah"]);
    expect(snap.values[3]).toEqual([null, "521211", "Belanja Bahan", 100000]);
    expect(snap.values[5]).toEqual([null, null, "1.250.000", { error: "#REF!" }]);
    expect(snap.values[6]).toEqual([null, null, "Tanggal", "2025-01-01"]);
    expect(snap.formulas?.[3]?.[3]).toBe("=SUM(D5:D6)");
    expect(snap.formulas?.[4]?.[3]).toBeUndefined();
    expect(snap.numberFormats?.[4]?.[3]).toBe("#,##0");
    expect(snap.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(snap.hiddenRows).toEqual([4]);
    expect([...(snap.textNumbers ?? [])]).toEqual(["3,1", "5,2"]);
  });

  it("returns an empty snapshot for an empty sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Kosong");
    const res = await readSheetSnapshot(new FakeExcel(wb).context);
    expect(res.ok && res.value.snapshot).toEqual({ name: "Kosong", values: [] });
  });

  it("grows its syncs with blocks, not rows, and keeps every response under the budget", async () => {
    const counts: Record<number, { syncs: number; blocks: number }> = {};
    for (const rows of [200, 2000, 20000]) {
      const { wb } = budgetSheet(rows);
      const fake = new FakeExcel(wb);
      const res = await readSheetSnapshot(fake.context, { budget: { maxBytes: 400_000 } });
      if (!res.ok) throw new Error(res.error.message);
      expect(res.value.syncs).toBe(fake.stats.syncs);
      expect(res.value.snapshot.values.length).toBe(rows + 4);
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(400_000);
      counts[rows] = { syncs: fake.stats.syncs, blocks: res.value.blocks };
    }
    // 100x the rows: far fewer than 100x the syncs, and exactly one sync per block plus the first.
    expect(counts[200].syncs).toBeLessThanOrEqual(2);
    expect(counts[20000].syncs).toBe(counts[20000].blocks + 1);
    expect(counts[20000].syncs).toBeLessThan(counts[200].syncs * 40);
    const bytesPerSync = (20000 * 6 * 40) / 400_000;
    expect(counts[20000].blocks).toBeLessThan(bytesPerSync * 2);
  });

  it("asks for per-row hidden state only in blocks where some rows are hidden, in the next sync", async () => {
    const { wb, sheet } = budgetSheet(3000);
    sheet.hiddenRows.add(10).add(11).add(2500);
    const fake = new FakeExcel(wb);
    const res = await readSheetSnapshot(fake.context, { budget: { maxBytes: 200_000 } });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.snapshot.hiddenRows).toEqual([10, 11, 2500]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(res.value.blocks + 2);
  });

  it("halves a block Excel refuses as too large and carries on", async () => {
    const { wb, sheet } = budgetSheet(1000);
    sheet.merges = [{ top: 0, left: 0, bottom: 0, right: 5 }];
    const fake = new FakeExcel(wb, { maxResponseBytes: 60_000 });
    const res = await readSheetSnapshot(fake.context, { budget: { maxBytes: 1_000_000 } });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.snapshot.values.length).toBe(1004);
    expect(res.value.snapshot.values[1003][1]).toBe("- Konsumsi rapat 999 [15 OR x 1 KEG]");
    // The merged areas were queued with the refused block too, and asked again.
    expect(res.value.snapshot.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  });

  it("reports cell edit mode as a typed error with an Indonesian message", async () => {
    const { wb } = budgetSheet(10);
    const fake = new FakeExcel(wb, { failSync: () => "InvalidOperationInCellEditMode" });
    const res = await readSheetSnapshot(fake.context);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe("CELL_EDIT_MODE");
    expect(res.error.message).toMatch(/mode edit sel/);
  });

  it("stops between blocks when cancelled", async () => {
    const { wb } = budgetSheet(5000);
    const controller = new AbortController();
    let progressCalls = 0;
    const res = await readSheetSnapshot(new FakeExcel(wb).context, {
      budget: { maxBytes: 100_000 },
      signal: controller.signal,
      onProgress: () => {
        if (++progressCalls === 2) controller.abort();
      },
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe("CANCELLED");
    expect(progressCalls).toBe(2);
  });

  it("reads without merged areas on an Excel older than ExcelApi 1.13, and says so", async () => {
    const { wb, sheet } = budgetSheet(5);
    sheet.merges = [{ top: 0, left: 0, bottom: 0, right: 5 }];
    const caps = capabilitiesUpTo("1.12");
    const res = await readSheetSnapshot(new FakeExcel(wb, { caps }).context, { caps });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.snapshot.merges).toBeUndefined();
    expect(res.notices.map((n) => n.code)).toEqual(["NO_MERGES"]);
  });

  it("refuses a sheet over the cell limit before reading any cell", async () => {
    const { wb } = budgetSheet(100);
    const fake = new FakeExcel(wb);
    const res = await readSheetSnapshot(fake.context, { maxTotalCells: 500 });
    expect(res.ok ? "ok" : res.error.code).toBe("TOO_LARGE");
    expect(fake.stats.syncs).toBe(1);
  });
});
