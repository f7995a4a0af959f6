import { detectLayout } from "../../../src/core/layout/detect";
import { Decimal } from "../../../src/core/money";
import { fillPlan, planFromTree, planWrites, type CellWrite } from "../../../src/core/rpa";
import type { CellValue, SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { buildTree } from "../../../src/core/tree/build";
import { rpa } from "../../fixtures/layouts";
import { sheetOf } from "../../helpers/sheets";

const M = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

function plan(sheet: SheetSnapshot) {
  const layout = detectLayout(sheet)!;
  expect(layout.kind).toBe("rpa");
  return planFromTree(buildTree(sheet, layout), sheet);
}
const at = (writes: CellWrite[], row: number, col: number) => writes.find((w) => w.row === row && w.col === col);

describe("planFromTree / planWrites (RPA sheet <-> plan tree)", () => {
  test("the layout fixture: akun and its two lines, every month cell writable, % as fractions", () => {
    const sheet = rpa();
    const p = plan(sheet);
    expect(p.roots).toHaveLength(1);
    expect(p.roots[0]).toMatchObject({ akun: "521211", pagu: new Decimal(1650000) });
    expect(p.roots[0].children.map((c) => c.pagu.toNumber())).toEqual([1500000, 150000]);
    expect(p.roots[0].ref).toMatchObject({ sheet: "Sheet1", row: 5, cell: "C5" });
    expect(p.roots[0].ref!.monthCells![0]).toBe("E5");
    expect(p.percentAsFraction.every(Boolean)).toBe(true);
    const filled = fillPlan(p.roots);
    const writes = planWrites(p, filled.roots);
    expect(writes).toHaveLength(3 * 12 * 2);
    // Konsumsi rapat (row index 5), January: the ideal curve 6/96 of 1.500.000
    expect(at(writes, 5, 4)!.value.toNumber()).toBe(93750);
    expect(at(writes, 5, 3)!.value.toNumber()).toBe(0.0625);
  });

  test("typed cells are read (Rp, % as number or fraction); formulas and errors are neither typed nor written", () => {
    const header: CellValue[] = ["Kode", "Uraian", "Pagu", ...M.flatMap((m) => [`${m} %`, `${m} Rp`])];
    const line: CellValue[] = [null, "Rapat", 1000, ...Array(24).fill(null)];
    line[3] = 10; // January 10 (percent as a number, no format)
    line[6] = 200; // February Rp 200
    line[8] = "=C2*0.3"; // March Rp formula
    line[10] = { error: "#REF!" }; // April Rp error
    const sheet = sheetOf([header, ["521211", "Belanja Bahan", 1000], line], { results: { "2,8": 300 } });
    sheet.numberFormats = [];
    const p = plan(sheet);
    const [lineNode] = p.roots[0].children;
    expect(lineNode.months[0]).toMatchObject({ state: "typed", percent: new Decimal(10) });
    expect(lineNode.months[1]).toMatchObject({ state: "typed", rupiah: new Decimal(200) });
    expect(lineNode.months[2].state).toBe("empty");
    expect(p.formulaCells).toBe(2);
    expect(p.percentAsFraction.every((f) => !f)).toBe(true); // the user typed 10 for 10%
    const writes = planWrites(p, fillPlan(p.roots).roots);
    expect(at(writes, 2, 4)!.value.toNumber()).toBe(100); // Rp from the typed 10%
    expect(at(writes, 2, 3)).toBeUndefined(); // the typed % stays
    expect(at(writes, 2, 5)!.value.toNumber()).toBe(20); // February % as a number, like the user's
    expect(at(writes, 2, 8)).toBeUndefined(); // formula
    expect(at(writes, 2, 10)).toBeUndefined(); // error
  });

  test("a % cell formatted as percent holds a fraction", () => {
    const header: CellValue[] = ["Kode", "Uraian", "Pagu", ...M.flatMap((m) => [`${m} %`, `${m} Rp`])];
    const line: CellValue[] = [null, "Rapat", 1000, 0.25, ...Array(23).fill(null)];
    const sheet = sheetOf([header, ["521211", "Belanja Bahan", 1000], line]);
    sheet.numberFormats = [[], [], [undefined, undefined, undefined, "0%"]];
    const p = plan(sheet);
    expect(p.roots[0].children[0].months[0].percent!.toNumber()).toBe(25);
    expect(p.percentAsFraction[0]).toBe(true);
  });

  test("lines without a pagu are not plan lines; a fractional pagu is rounded with a finding", () => {
    const header: CellValue[] = ["Kode", "Uraian", "Pagu", ...M.flatMap((m) => [`${m} %`, `${m} Rp`])];
    const sheet = sheetOf([
      header,
      ["521211", "Belanja Bahan", null],
      [null, "Keterangan saja", null],
      [null, "Rapat", 1000.4],
    ]);
    const p = plan(sheet);
    expect(p.roots[0].children).toHaveLength(1);
    expect(p.roots[0].pagu.toNumber()).toBe(1000);
    expect(p.findings.map((f) => [f.rule, f.cell])).toEqual([["RPA-PAGU-PECAHAN", "C4"]]);
  });

  test("an RPA without all twelve month columns or without pagu is unusable", () => {
    const sheet = sheetOf([
      ["Kode", "Uraian", "Pagu", ...M.slice(0, 8)],
      ["521211", "Belanja Bahan", 10],
    ]);
    expect(() => plan(sheet)).toThrow(/September, Oktober, November, Desember/);
  });
});
