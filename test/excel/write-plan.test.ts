import { dec } from "../../src/core/money";
import {
  horizontalRuns,
  revertWrites,
  toPlanWrites,
  writePlanValues,
  type PlanWrite,
} from "../../src/excel/write-plan";
import { SelfWriteGuard } from "../../src/excel/self-writes";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook } from "./fake-workbook";

/** An RPA sheet: Kode | Uraian | Pagu | Jan..Des (Rp), lines from row 2. */
function rpaSheet(lines: number) {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("RPA");
  sheet.setRows(0, 0, [
    ["Kode", "Uraian", "Pagu", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  ]);
  for (let i = 0; i < lines; i++) sheet.setRows(1 + i, 0, [["", `baris ${i}`, 1_200_000]]);
  return { wb, sheet };
}

function planFor(lines: number): PlanWrite[] {
  const out: PlanWrite[] = [];
  for (let i = 0; i < lines; i++)
    for (let m = 0; m < 12; m++) out.push({ row: 1 + i, col: 3 + m, value: 100_000, expect: null });
  return out;
}

describe("writePlanValues", () => {
  it("writes the planned values and keeps each previous content for Batalkan", async () => {
    const { wb, sheet } = rpaSheet(3);
    sheet.setRows(2, 3, [[5]]);
    sheet.setRows(3, 4, [["=C4/12"]]);
    const writes: PlanWrite[] = [
      { row: 1, col: 3, value: 100_000 },
      { row: 2, col: 3, value: 200_000 },
      { row: 3, col: 4, value: 300_000 },
    ];
    const fake = new FakeExcel(wb);
    const res = await writePlanValues(fake.context, writes);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.written).toBe(3);
    expect(sheet.value(1, 3)).toBe(100_000);
    expect(sheet.value(2, 3)).toBe(200_000);
    expect(sheet.value(3, 4)).toBe(300_000);
    expect(res.value.revert.cells).toEqual([
      { row: 1, col: 3, previous: "" },
      { row: 2, col: 3, previous: 5 },
      { row: 3, col: 4, previous: "=C4/12" },
    ]);

    const back = await revertWrites(new FakeExcel(wb).context, res.value.revert);
    if (!back.ok) throw new Error(back.error.message);
    expect(sheet.value(1, 3)).toBe("");
    expect(sheet.value(2, 3)).toBe(5);
    expect(sheet.formula(3, 4)).toBe("=C4/12");
  });

  it("skips a cell the user typed into after the plan was computed", async () => {
    const { wb, sheet } = rpaSheet(2);
    sheet.setRows(1, 5, [[777]]);
    const res = await writePlanValues(new FakeExcel(wb).context, planFor(2));
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.skipped).toEqual(["F2"]);
    expect(res.value.written).toBe(23);
    expect(sheet.value(1, 5)).toBe(777);
    expect(sheet.value(1, 6)).toBe(100_000);
  });

  it("uses two syncs per block however many rows the block holds", async () => {
    const syncs = async (lines: number, perSync: number) => {
      const { wb } = rpaSheet(lines);
      const fake = new FakeExcel(wb);
      const res = await writePlanValues(fake.context, planFor(lines), { cellsPerSync: perSync });
      if (!res.ok) throw new Error(res.error.message);
      expect(res.value.written).toBe(lines * 12);
      return fake.stats.syncs;
    };
    expect(await syncs(10, 20_000)).toBe(3);
    expect(await syncs(300, 20_000)).toBe(3);
    expect(await syncs(300, 1200)).toBe(1 + 2 * 3);
  });

  it("refuses a protected sheet before writing", async () => {
    const { wb, sheet } = rpaSheet(1);
    sheet.protected = true;
    const res = await writePlanValues(new FakeExcel(wb).context, planFor(1));
    expect(res.ok ? "ok" : res.error.code).toBe("PROTECTED");
    expect(sheet.value(1, 3)).toBe("");
  });

  it("tells the live-mode guard which cells it is writing", async () => {
    const { wb } = rpaSheet(1);
    const guard = new SelfWriteGuard(1000);
    const seen: boolean[] = [];
    wb.sheet("RPA")!.changeHandlers.push((e) => seen.push(guard.covers("RPA", e.address)));
    const fake = new FakeExcel(wb, { caps: { ...new FakeExcel(wb).caps, triggerSource: false } });
    await writePlanValues(fake.context, planFor(1), { guard });
    expect(seen).toEqual([true]);
  });
});

describe("toPlanWrites and horizontalRuns", () => {
  it("converts the core's Decimal writes and expects the snapshot's values", () => {
    const snapshot = { name: "RPA", values: [[], [null, null, null, 5]] };
    const writes = toPlanWrites(
      [
        { row: 1, col: 3, kind: "rupiah", value: dec("250000"), asFraction: false },
        { row: 1, col: 4, kind: "percent", value: dec("0.125"), asFraction: true },
      ],
      snapshot
    );
    expect(writes).toEqual([
      { row: 1, col: 3, value: 250000, expect: 5 },
      { row: 1, col: 4, value: 0.125, expect: null },
    ]);
  });

  it("groups adjacent cells of a row into one run", () => {
    const runs = horizontalRuns([
      { row: 2, col: 5, value: 1 },
      { row: 2, col: 3, value: 1 },
      { row: 2, col: 4, value: 1 },
      { row: 3, col: 4, value: 1 },
      { row: 2, col: 7, value: 1 },
    ]);
    expect(runs.map((r) => r.bounds)).toEqual([
      { top: 2, left: 3, bottom: 2, right: 5 },
      { top: 2, left: 7, bottom: 2, right: 7 },
      { top: 3, left: 4, bottom: 3, right: 4 },
    ]);
  });
});
