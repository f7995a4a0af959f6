import { Decimal } from "../../../src/core/money";
import { rkaklExport } from "../../fixtures/layouts";
import { curves, ikpaOf } from "../../../src/taskpane/rpa/rpa-figures";
import { fillRpa, readRpa, realisationFrom, updateRpa } from "../../../src/taskpane/rpa/rpa-run";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/settings";
import { applied, LINES, pctCol, rpaSheet, rpCol } from "./rpa-sheets";

const rowOf = (uraian: string) => 4 + LINES.findIndex((l) => l[1] === uraian);
const rupiahOfRow = (writes: { row: number; col: number; value: number | string }[], row: number) =>
  Array.from(
    { length: 12 },
    (_, i) => writes.find((w) => w.row === row && w.col === rpCol(i + 1))?.value as number | undefined
  );

describe("reading the RPA sheet", () => {
  test("a sheet that is not an RPA is refused with a clear message", () => {
    expect(() => readRpa(rkaklExport(), "rupiah")).toThrow(/bukan lembar RPA/);
  });
});

describe("filling", () => {
  test("every empty month is written, each line exact to its pagu, % consistent with Rp", () => {
    const out = fillRpa(readRpa(rpaSheet(LINES), "rupiah"), DEFAULT_SETTINGS, null);
    const konsumsi = rupiahOfRow(out.writes, rowOf("Konsumsi rapat"));
    expect(konsumsi.every((v) => typeof v === "number")).toBe(true);
    expect(konsumsi.reduce((a, b) => a! + b!, 0)).toBe(1500000);
    const gaji = rupiahOfRow(out.writes, rowOf("Gaji pokok"));
    expect(gaji.reduce((a, b) => a! + b!, 0)).toBe(13000000);
    // Flat with gaji ke-13 (July) and THR (March): those months are double (to the rupiah the split allows).
    expect(Math.abs(gaji[2]! - 2 * gaji[0]!)).toBeLessThanOrEqual(1);
    expect(Math.abs(gaji[6]! - 2 * gaji[0]!)).toBeLessThanOrEqual(1);
    const pct = out.writes.find((w) => w.row === rowOf("Konsumsi rapat") && w.col === pctCol(1))!.value as number;
    expect(pct / 100).toBeCloseTo(konsumsi[0]! / 1500000 / 100, 8);
    expect(out.lines).toBe(3);
    expect(out.record.cells).toHaveLength(out.writes.length);
  });

  test("a month the user typed is kept and the rest fills around it", () => {
    const lines = LINES.map((l) => (l[1] === "Konsumsi rapat" ? ([l[0], l[1], l[2], { 1: 300000 }] as typeof l) : l));
    const out = fillRpa(readRpa(rpaSheet(lines), "rupiah"), DEFAULT_SETTINGS, null);
    const row = rowOf("Konsumsi rapat");
    expect(out.writes.some((w) => w.row === row && w.col === rpCol(1))).toBe(false);
    expect(
      rupiahOfRow(out.writes, row)
        .slice(1)
        .reduce((a, b) => a! + b!, 0)
    ).toBe(1200000);
  });

  test("the selection limits the writes to its lines and the lines beneath them", () => {
    const row = rowOf("Belanja Bahan");
    const out = fillRpa(readRpa(rpaSheet(LINES), "rupiah"), DEFAULT_SETTINGS, { top: row + 1, bottom: row + 1 });
    const rows = new Set(out.writes.map((w) => w.row));
    expect([...rows].sort()).toEqual([rowOf("Belanja Bahan"), rowOf("Konsumsi rapat"), rowOf("Fotocopy")].sort());
  });

  test("in % mode a single column per month is read and written as percentages", () => {
    const out = fillRpa(readRpa(rpaSheet(LINES, { onlyRupiah: true }), "percent"), DEFAULT_SETTINGS, null);
    const row = rowOf("Konsumsi rapat");
    const values = out.writes.filter((w) => w.row === row).map((w) => w.value as number);
    expect(values).toHaveLength(12);
    // Fractions (the column has no % format yet), each rounded to the places that keep its rupiah exact.
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  test("a profile that cannot be used stops the fill with its reason", () => {
    const s = {
      ...DEFAULT_SETTINGS,
      profiles: { ...DEFAULT_SETTINGS.profiles, "52": { kind: "jadwal" as const, bulan: "" } },
    };
    expect(() => fillRpa(readRpa(rpaSheet(LINES), "rupiah"), s, null)).toThrow(/Profil RPA tidak dapat dipakai: 52/);
  });
});

describe("the engine record", () => {
  const first = fillRpa(readRpa(rpaSheet(LINES), "rupiah"), DEFAULT_SETTINGS, null);
  const filledSheet = applied(rpaSheet(LINES), first.writes);
  const bySchedule = {
    ...DEFAULT_SETTINGS,
    profiles: { ...DEFAULT_SETTINGS.profiles, "52": { kind: "jadwal" as const, bulan: "3-5" } },
  };

  test("without it, a filled sheet reads as typed and nothing is rewritten", () => {
    const again = fillRpa(readRpa(filledSheet, "rupiah"), bySchedule, null);
    expect(again.writes).toEqual([]);
  });

  test("with it, the cells Telaah wrote are rewritten by the new profile", () => {
    const read = readRpa(filledSheet, "rupiah", first.record);
    expect(read.adopted).toBe(first.writes.length);
    const again = fillRpa(read, bySchedule, null, first.record);
    const konsumsi = rupiahOfRow(again.writes, rowOf("Konsumsi rapat"));
    expect(konsumsi).toEqual([0, 0, 500000, 500000, 500000, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("a cell the user changed after the fill is theirs: kept, and the line re-planned around it", () => {
    const row = rowOf("Konsumsi rapat");
    const edited = applied(filledSheet, [{ row, col: rpCol(2), value: 400000 }]);
    const read = readRpa(edited, "rupiah", first.record);
    const again = fillRpa(read, bySchedule, null, first.record);
    expect(again.writes.some((w) => w.row === row && w.col === rpCol(2))).toBe(false);
    const rest = rupiahOfRow(again.writes, row);
    expect(rest[1]).toBeUndefined();
    expect(rest.filter((v) => v !== undefined).reduce((a, b) => a! + b!, 0)).toBe(1100000);
    expect(again.record.cells.some(([r, c]) => r === row && c === rpCol(2))).toBe(false);
  });
});

describe("update with realisation, curves and IKPA", () => {
  const first = fillRpa(readRpa(rpaSheet(LINES), "rupiah"), DEFAULT_SETTINGS, null);
  const planSheet = applied(rpaSheet(LINES), first.writes);
  const realLines = LINES.map((l) => (l[0] === null ? ([l[0], l[1], l[2], { 1: 100000, 2: 100000 }] as typeof l) : l));
  const realSheet = rpaSheet(realLines, { name: "Realisasi" });

  test("realisation lines are matched by code path and uraian", () => {
    const plan = readRpa(planSheet, "rupiah", first.record);
    const { byLine, unmatched } = realisationFrom(plan, readRpa(realSheet, "rupiah"));
    expect(unmatched).toBe(0);
    expect(byLine.size).toBe(3);
    for (const series of byLine.values())
      expect(series.slice(0, 2).map((v) => v?.toNumber())).toEqual([100000, 100000]);
  });

  test("past months take the realisation; the rest of each pagu is re-planned after them", () => {
    const plan = readRpa(planSheet, "rupiah", first.record);
    const { byLine } = realisationFrom(plan, readRpa(realSheet, "rupiah"));
    const out = updateRpa(plan, byLine, 2, DEFAULT_SETTINGS, null, first.record);
    const konsumsi = rupiahOfRow(out.writes, rowOf("Konsumsi rapat"));
    expect(konsumsi.slice(0, 2)).toEqual([100000, 100000]);
    expect(konsumsi.reduce((a, b) => a! + b!, 0)).toBe(1500000);
  });

  test("curves end at 100% of the pagu; realisation stops at its last month", () => {
    const plan = readRpa(planSheet, "rupiah", first.record);
    const { byLine } = realisationFrom(plan, readRpa(realSheet, "rupiah"));
    const c = curves(first.result.roots, DEFAULT_SETTINGS, byLine);
    expect(c.ideal[11]).toBe(100);
    expect(c.rencana[11]).toBe(100);
    expect(c.realisasi.slice(2)).toEqual(Array(10).fill(null));
    expect(c.realisasi[1]).toBeCloseTo((600000 / 14650000) * 100, 2);
    expect(c.pagu.equals(new Decimal(14650000))).toBe(true);
  });

  test("IKPA: none without realisation; realisation equal to the plan scores 100", () => {
    expect(ikpaOf(first.result.roots, undefined)).toBeNull();
    const exact = new Map<string, (Decimal | null)[]>();
    const plan = readRpa(planSheet, "rupiah", first.record);
    for (const [id, series] of realisationFrom(plan, readRpa(planSheet, "rupiah")).byLine)
      exact.set(
        id,
        series.map((v, i) => (i < 3 ? v : null))
      );
    const ikpa = ikpaOf(first.result.roots, exact)!;
    expect(ikpa.months.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(ikpa.averageDeviation!.toNumber()).toBe(0);
    expect(ikpa.score!.toNumber()).toBe(100);
  });
});
