import { compareBudgets, monthSeries, type SheetCell } from "../../src/core/compare";
import { fromA1 } from "../../src/core/sheet/address";
import { cellAt, type CellValue, type SheetSnapshot } from "../../src/core/sheet/snapshot";
import { capabilitiesUpTo } from "../../src/excel/capabilities";
import {
  rencanaRealisasiCells,
  writeKomparasiSheet,
  writeRencanaRealisasiSheet,
} from "../../src/excel/komparasi-sheet";
import { rpa } from "../fixtures/layouts";
import { sheetOf } from "../helpers/sheets";
import { allLines, sampleBudget, toRkakl, treeOf } from "../core/compare/budget-model";

/** A recording stand-in for the few Office.js calls the writer makes; writes apply at once, syncs are counted. */
class FakeSheet {
  cells = new Map<string, SheetCell>();
  formats = new Map<string, unknown>();
  bold = new Set<string>();
  fills = new Map<string, string>();
  indents = new Map<string, number>();
  groups: string[] = [];
  merges: string[] = [];
  chartList: { type: string; source: string; title: string; x: string[] }[] = [];
  charts = {
    add: (type: string, source: { address: string }, by: string) => {
      expect(by).toBe("Columns");
      const chart = { type, source: source.address, title: "", x: [] as string[] };
      this.chartList.push(chart);
      return {
        title: {
          set text(v: string) {
            chart.title = v;
          },
        },
        setPosition: () => undefined,
        series: { getItemAt: () => ({ setXAxisValues: (r: { address: string }) => void chart.x.push(r.address) }) },
      };
    },
  };
  frozenRows = 0;
  writes = 0;
  constructor(readonly name: string) {}
  private cellsOf(address: string): string[] {
    const [a, b] = address.split(":");
    const s = fromA1(a);
    const e = fromA1(b ?? a);
    if (!s || !e) return [address];
    const out: string[] = [];
    for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) out.push(`${r},${c}`);
    return out;
  }
  private grid(address: string, v: unknown[][], into: Map<string, unknown>) {
    const [a] = address.split(":");
    const s = fromA1(a)!;
    v.forEach((row, i) => row.forEach((x, j) => into.set(`${s.row + i},${s.col + j}`, x)));
  }
  getRange(address: string) {
    const sheet = this;
    const format = {
      font: {
        set bold(v: boolean) {
          if (v) for (const c of sheet.cellsOf(address)) sheet.bold.add(c);
        },
      },
      fill: {
        set color(v: string) {
          for (const c of sheet.cellsOf(address)) sheet.fills.set(c, v);
        },
      },
      set indentLevel(v: number) {
        for (const c of sheet.cellsOf(address)) sheet.indents.set(c, v);
      },
      horizontalAlignment: "",
      wrapText: false,
      columnWidth: 0,
    };
    return {
      address,
      format,
      set formulas(v: SheetCell[][]) {
        sheet.writes++;
        sheet.grid(address, v, sheet.cells as Map<string, unknown>);
      },
      set numberFormat(v: string[][]) {
        sheet.grid(address, v, sheet.formats);
      },
      merge: () => void sheet.merges.push(address),
      group: (by: string) => {
        expect(by).toBe("ByRows");
        sheet.groups.push(address);
      },
    };
  }
  getRanges(list: string) {
    const parts = list.split(",").map((a) => this.getRange(a));
    const format = {
      font: {
        set bold(v: boolean) {
          for (const p of parts) p.format.font.bold = v;
        },
      },
      fill: {
        set color(v: string) {
          for (const p of parts) p.format.fill.color = v;
        },
      },
      set indentLevel(v: number) {
        for (const p of parts) p.format.indentLevel = v;
      },
    };
    return { format };
  }
  freezePanes = { freezeRows: (n: number) => void (this.frozenRows = n) };
  activate() {}
  at(a1: string): SheetCell | undefined {
    const p = fromA1(a1)!;
    return this.cells.get(`${p.row},${p.col}`);
  }
}

function fakeExcel(existing: string[] = []) {
  const added: FakeSheet[] = [];
  let syncs = 0;
  const worksheets = {
    items: existing.map((name) => ({ name })),
    load: () => undefined,
    add: (name: string) => {
      const sheet = new FakeSheet(name);
      added.push(sheet);
      return sheet;
    },
  };
  const context = { workbook: { worksheets }, sync: async () => void syncs++ } as unknown as Excel.RequestContext;
  return { context, added, syncs: () => syncs };
}

/** Resolves `='Sheet'!A1` against the source snapshots. */
function resolve(formula: SheetCell | undefined, sources: Record<string, SheetSnapshot>): CellValue | undefined {
  const m = typeof formula === "string" ? /^='((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(formula) : null;
  if (!m) return undefined;
  const p = fromA1(m[2])!;
  return cellAt(sources[m[1].replace(/''/g, "'")], p.row, p.col);
}

describe("writeKomparasiSheet", () => {
  const before = sampleBudget();
  const after = sampleBudget();
  allLines(after).find((x) => x.line.uraian === "Konsumsi rapat persiapan")!.line.factors[0][0] = 20;
  allLines(after)
    .find((x) => x.line.uraian === "Printer laser")!
    .akun.lines.splice(1, 1);
  const semula = toRkakl(before, "Semula");
  const menjadi = toRkakl(after, "Menjadi");
  const result = compareBudgets(treeOf(semula), treeOf(menjadi));
  const sources = { Semula: semula, Menjadi: menjadi };

  it("writes every line with live formulas back to the source cells, in blocks", async () => {
    const fake = fakeExcel(["Semula", "Menjadi", "Komparasi"]);
    const r = await writeKomparasiSheet(fake.context, result, { blockRows: 10 });
    if (!r.ok) throw new Error(r.error.detail);
    if (!r.ok) return;
    const [sheet] = fake.added;
    expect(r.value.sheet).toBe("Komparasi (2)");
    expect(sheet.name).toBe("Komparasi (2)");
    const rows = result.aligned.length;
    expect(r.value.rows).toBe(rows);
    // 1 sync for the names, one per block of 10 rows, one at the end.
    expect(r.value.syncs).toBe(1 + Math.ceil(rows / 10) + 1);
    expect(fake.syncs()).toBe(r.value.syncs);

    for (let i = 0; i < rows; i++) {
      const n = 7 + i;
      const a = result.aligned[i];
      const jumlahA = resolve(sheet.at(`F${n}`), sources);
      const jumlahB = resolve(sheet.at(`J${n}`), sources);
      if (a.semula !== undefined) expect(jumlahA).toBe(result.totalSemula[a.semula].toNumber());
      else expect(sheet.at(`F${n}`)).toBe("");
      if (a.menjadi !== undefined) expect(jumlahB).toBe(result.totalMenjadi[a.menjadi].toNumber());
      else expect(sheet.at(`J${n}`)).toBe("");
      expect(sheet.at(`K${n}`)).toBe(`=J${n}-F${n}`);
      expect(sheet.at(`L${n}`)).toBe(`=IF(N(F${n})=0,"",K${n}/F${n})`);
      const uraian = resolve(sheet.at(`B${n}`), sources);
      expect(typeof uraian).toBe("string");
    }
    const changedRow = 7 + result.aligned.findIndex((a) => a.status === "changed");
    expect(sheet.at(`M${changedRow}`)).toBe("Berubah: rincian, volume, jumlah");
    expect(resolve(sheet.at(`C${changedRow}`), sources)).toBe(30);
    expect(resolve(sheet.at(`G${changedRow}`), sources)).toBe(40);
    expect(resolve(sheet.at(`E${changedRow}`), sources)).toBe(50000);
    expect(sheet.fills.get(`${changedRow - 1},0`)).toBe("#FFF2CC");
    const removedRow = 7 + result.aligned.findIndex((a) => a.status === "removed");
    expect(sheet.at(`M${removedRow}`)).toBe("Dihapus");
    expect(sheet.fills.get(`${removedRow - 1},12`)).toBe("#F4CCCC");
    // Kode as text formulas only where the source has no kode cell: here every kode is a live reference.
    expect(sheet.at("A7")).toBe("='Menjadi'!A2");
    expect(resolve(sheet.at("A7"), sources)).toBe("024.12.10");
    const total = 7 + rows;
    expect(sheet.at(`B${total}`)).toBe("JUMLAH");
    expect(sheet.at(`F${total}`)).toBe("=SUM(F7)");
    expect(sheet.frozenRows).toBe(6);
    expect(sheet.merges).toEqual(["C5:F5", "G5:J5"]);
  });

  it("groups each parent's rows by level and bolds parents", async () => {
    const fake = fakeExcel();
    const r = await writeKomparasiSheet(fake.context, result);
    expect(r.ok).toBe(true);
    const [sheet] = fake.added;
    // Program at row 7 groups everything under it; each akun groups its lines.
    expect(sheet.groups[0]).toBe(`8:${6 + result.aligned.length}`);
    const akunRows = result.aligned.map((a, i) => [a, 7 + i] as const).filter(([a]) => a.level === "akun");
    for (const [, n] of akunRows) expect(sheet.groups.some((g) => g.startsWith(`${n + 1}:`))).toBe(true);
    for (const [, n] of akunRows) expect(sheet.bold.has(`${n - 1},1`)).toBe(true);
    const line = 7 + result.aligned.findIndex((a) => a.level === "detil");
    expect(sheet.bold.has(`${line - 1},1`)).toBe(false);
    expect(sheet.indents.get(`${line - 1},1`)).toBe(result.aligned[line - 7].depth);
  });

  it("adds a jenis belanja table with SUMIFS per side and a chart over it", async () => {
    const fake = fakeExcel();
    await writeKomparasiSheet(fake.context, result);
    const [sheet] = fake.added;
    const last = 6 + result.aligned.length;
    expect(sheet.at("Q5")).toBe("Jenis belanja");
    expect(sheet.at("Q6")).toBe("51 BELANJA PEGAWAI");
    expect(sheet.at("R7")).toBe(`=SUMIFS($F$7:$F$${last},$N$7:$N$${last},"52")`);
    expect(sheet.at("S8")).toBe(`=SUMIFS($J$7:$J$${last},$O$7:$O$${last},"53")`);
    expect(sheet.chartList).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: "Q5:S8",
        title: "Semula dan menjadi per jenis belanja",
      }),
    ]);
    // Each line carries its jenis belanja on each side for the SUMIFS.
    const line = 7 + result.aligned.findIndex((a) => a.level === "detil");
    expect(sheet.at(`N${line}`)).toBe('="51"');
  });

  it("writes only changed rows and their parents when asked, and degrades without row grouping", async () => {
    const fake = fakeExcel();
    const r = await writeKomparasiSheet(fake.context, result, { onlyChanged: true, caps: capabilitiesUpTo("1.9") });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows).toBeLessThan(result.aligned.length);
    expect(r.notices.map((n) => n.code)).toEqual(["NO_OUTLINE"]);
    expect(fake.added[0].groups).toEqual([]);
  });

  it("turns an Office error into a typed result", async () => {
    const fake = fakeExcel();
    (fake.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      throw Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
    };
    const r = await writeKomparasiSheet(fake.context, result);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("CELL_EDIT_MODE");
  });
});

describe("writeRencanaRealisasiSheet", () => {
  const plan = rpa();
  const MONTH_COL = (m: number) => 3 + (m - 1) * 2 + 1;
  const withMonths = (s: SheetSnapshot, name: string, amount: (m: number) => number | null): SheetSnapshot => {
    const values = s.values.map((r) => [...r]);
    for (const r of [4]) for (let m = 1; m <= 12; m++) values[r][MONTH_COL(m)] = amount(m);
    return { ...sheetOf(values, { name }), merges: s.merges };
  };
  const rencana = withMonths(plan, "RPA", () => 137500);
  const realisasi = withMonths(plan, "Realisasi", (m) => (m <= 3 ? 100000 : null));

  it("refers to the months of both sheets and writes both charts", async () => {
    const a = monthSeries(treeOf(rencana));
    const b = monthSeries(treeOf(realisasi));
    expect(a.values.map((v) => v?.toNumber())).toEqual(new Array(12).fill(137500));
    expect(b.values.slice(0, 4).map((v) => v?.toNumber() ?? null)).toEqual([100000, 100000, 100000, null]);
    const cells = rencanaRealisasiCells(a, b);
    expect(cells[3][3]).toBe(`=IF(COUNT('RPA'!E5)=0,"",SUM('RPA'!E5))`);
    expect(cells[4][4]).toBe(`=IF(COUNT('Realisasi'!G5)=0,"",SUM('Realisasi'!G5))`);
    expect(cells[3][6]).toBe('=IF(E4="","",IF(N(D4)=0,IF(N(E4)>0,100,0),MIN(100,ABS(E4-D4)/D4*100)))');
    const fake = fakeExcel();
    const r = await writeRencanaRealisasiSheet(fake.context, a, b);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.syncs).toBe(2);
    const [sheet] = fake.added;
    expect(sheet.name).toBe("Rencana vs Realisasi");
    expect(sheet.at("A4")).toBe("Januari");
    expect(sheet.at("B15")).toBe("=SUM($D$4:D15)");
    expect(sheet.chartList.map((c) => [c.type, c.source])).toEqual([
      ["Line", "A3:C15"],
      ["ColumnClustered", "D3:E15"],
    ]);
    expect(sheet.chartList[1].x).toEqual(["A4:A15", "A4:A15"]);
  });
});
