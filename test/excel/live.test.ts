import { startLiveMode, stopLiveMode, type LiveChange } from "../../src/excel/live";
import { capabilitiesUpTo, ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { SelfWriteGuard } from "../../src/excel/self-writes";
import { writePlanValues } from "../../src/excel/write-plan";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook } from "./fake-workbook";

/** Manual timers: the test decides when the debounce delay has passed. */
function manualTimers() {
  let pending: (() => void) | null = null;
  return {
    set: (f: () => void) => ((pending = f), 1),
    clear: () => void (pending = null),
    fire: () => {
      const f = pending;
      pending = null;
      f?.();
    },
    get armed() {
      return pending !== null;
    },
  };
}

function setup(caps = ALL_CAPABILITIES) {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("RAB");
  sheet.setRows(0, 0, [["Kode", "Uraian", "Vol", "Harga", "Jumlah"]]);
  const fake = new FakeExcel(wb, { caps });
  const timers = manualTimers();
  const changes: LiveChange[] = [];
  return { wb, sheet, fake, timers, changes };
}

describe("live mode", () => {
  it("collects the rows the user edits and reports them once typing pauses", async () => {
    const { sheet, fake, timers, changes } = setup();
    const res = await startLiveMode(fake.context, { timers, onChange: (c) => changes.push(c) });
    if (!res.ok) throw new Error(res.error.message);

    sheet.userEdit("C5", 3);
    sheet.userEdit("D5", 1000);
    sheet.userEdit("C9", 2);
    expect(changes).toEqual([]);
    timers.fire();
    expect(changes).toEqual([{ sheet: "RAB", rows: [4, 8], all: false }]);

    const stopped = await stopLiveMode(fake.context, res.value);
    expect(stopped.ok).toBe(true);
    sheet.userEdit("C6", 1);
    expect(timers.armed).toBe(false);
  });

  it("ignores the add-in's own writes by triggerSource", async () => {
    const { wb, fake, timers, changes } = setup();
    await startLiveMode(fake.context, { timers, onChange: (c) => changes.push(c) });
    await writePlanValues(fake.context, [{ row: 4, col: 4, value: 3000 }]);
    expect(timers.armed).toBe(false);
    wb.sheet("RAB")!.userEdit("E5", 1);
    expect(timers.armed).toBe(true);
  });

  it("ignores the add-in's own writes through the guard on Excel without triggerSource", async () => {
    const caps = capabilitiesUpTo("1.13");
    const { wb, fake, timers, changes } = setup(caps);
    let now = 0;
    const guard = new SelfWriteGuard(100, () => now);
    await startLiveMode(fake.context, { caps, guard, timers, onChange: (c) => changes.push(c) });
    await writePlanValues(fake.context, [{ row: 4, col: 4, value: 3000 }], { guard });
    expect(timers.armed).toBe(false);
    now = 1000;
    wb.sheet("RAB")!.userEdit("E5", 1);
    expect(timers.armed).toBe(true);
  });

  it("asks for a whole-sheet check after rows are inserted", async () => {
    const { sheet, fake, timers, changes } = setup();
    await startLiveMode(fake.context, { timers, onChange: (c) => changes.push(c) });
    sheet.userEdit("C5", 3);
    sheet.fire({ address: "7:7", changeType: "RowInserted", source: "Local", triggerSource: "Unknown" });
    timers.fire();
    expect(changes).toEqual([{ sheet: "RAB", rows: [], all: true }]);
  });
});

describe("SelfWriteGuard", () => {
  it("covers changes inside the areas being written, until the grace time has passed", () => {
    let now = 0;
    const guard = new SelfWriteGuard(100, () => now);
    const done = guard.begin("RAB", [
      { top: 1, left: 3, bottom: 1, right: 14 },
      { top: 2, left: 3, bottom: 2, right: 14 },
    ]);
    expect(guard.covers("RAB", "D2:O3")).toBe(true);
    expect(guard.covers("RAB", "C2")).toBe(false);
    expect(guard.covers("Lain", "D2")).toBe(false);
    done();
    now = 50;
    expect(guard.covers("RAB", "D2")).toBe(true);
    now = 200;
    expect(guard.covers("RAB", "D2")).toBe(false);
  });
});
