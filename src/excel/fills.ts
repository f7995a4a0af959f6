/**
 * Reading and restoring cell fills in batches. With ExcelApi 1.9, fills are read and written with
 * getCellProperties / setCellProperties (the pair Excel designs to round-trip: colour, pattern, tint)
 * one vertical run at a time; older Excel only knows the colour, read and set per run of cells.
 */
import { toA1 } from "../core/sheet/address";
import { chunkAddresses, compressCells, rangeAddress, type Cell } from "./addresses";
import type { Capabilities } from "./capabilities";
import { NO_FILL_PATTERN, type SavedFill } from "./mark-record";

const FILL_FIELDS = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };

/** Vertical runs of cells in one column, as bounds and cell lists. */
export function columnRuns(cells: readonly Cell[]): Cell[][] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.col);
    if (!rows) byCol.set(c.col, (rows = []));
    rows.push(c.row);
  }
  const runs: Cell[][] = [];
  for (const [col, rowList] of byCol) {
    const rows = [...new Set(rowList)].sort((a, b) => a - b);
    let run: Cell[] = [];
    for (const row of rows) {
      if (run.length && run[run.length - 1].row !== row - 1) {
        runs.push(run);
        run = [];
      }
      run.push({ row, col });
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

function runAddress(run: Cell[]): string {
  return rangeAddress({ top: run[0].row, left: run[0].col, bottom: run[run.length - 1].row, right: run[0].col });
}

/** Queues reading the fill of each cell; the returned function (after sync) gives A1 -> fill. */
export function queueReadFills(
  sheet: Excel.Worksheet,
  cells: readonly Cell[],
  caps: Capabilities
): () => Map<string, SavedFill> {
  const runs = columnRuns(cells);
  if (caps.rangeAreas) {
    const results = runs.map((run) =>
      sheet.getRange(runAddress(run)).getCellProperties({ format: { fill: FILL_FIELDS } })
    );
    return () => {
      const out = new Map<string, SavedFill>();
      runs.forEach((run, i) => {
        const rows = results[i].value;
        run.forEach((cell, j) => {
          const f = rows[j]?.[0]?.format?.fill ?? {};
          out.set(toA1(cell.row, cell.col), {
            color: f.color ?? null,
            pattern: f.pattern ?? null,
            patternColor: f.patternColor ?? null,
            tintAndShade: f.tintAndShade ?? null,
            patternTintAndShade: f.patternTintAndShade ?? null,
          });
        });
      });
      return out;
    };
  }
  const fills = cells.map((c) => sheet.getRange(toA1(c.row, c.col)).format.fill.load("color"));
  return () => {
    const out = new Map<string, SavedFill>();
    cells.forEach((c, i) => {
      const color = fills[i].color;
      // Without patterns, white is the best reading of "no fill".
      const none = !color || color.toUpperCase() === "#FFFFFF";
      out.set(toA1(c.row, c.col), { color, pattern: none ? NO_FILL_PATTERN : "Solid" });
    });
    return out;
  };
}

/** Queues painting cells one solid colour: RangeAreas chunks on 1.9, single runs before. */
export function queuePaint(sheet: Excel.Worksheet, cells: readonly Cell[], color: string, caps: Capabilities): void {
  const runs = compressCells(cells);
  if (caps.rangeAreas) {
    for (const chunk of chunkAddresses(runs)) {
      const fill = sheet.getRanges(chunk).format.fill;
      fill.pattern = "Solid";
      fill.color = color;
    }
    return;
  }
  for (const run of runs) sheet.getRange(run).format.fill.color = color;
}

function settable(f: SavedFill): Excel.CellPropertiesFill {
  const out: Excel.CellPropertiesFill = {};
  if (f.pattern !== null) out.pattern = f.pattern as Excel.FillPattern;
  if (f.color !== null) out.color = f.color;
  if (f.patternColor !== null && f.patternColor !== undefined) out.patternColor = f.patternColor;
  if (f.tintAndShade !== null && f.tintAndShade !== undefined) out.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== null && f.patternTintAndShade !== undefined) {
    out.patternTintAndShade = f.patternTintAndShade;
  }
  return out;
}

/** Queues putting back each cell's saved fill: no fill is cleared, any other fill set as it was read. */
export function queueRestoreFills(
  sheet: Excel.Worksheet,
  cells: ReadonlyMap<string, { cell: Cell; fill: SavedFill }>,
  caps: Capabilities
): void {
  const clear: Cell[] = [];
  const set: { cell: Cell; fill: SavedFill }[] = [];
  for (const e of cells.values()) {
    if (e.fill.pattern === NO_FILL_PATTERN) clear.push(e.cell);
    else set.push(e);
  }

  if (caps.rangeAreas) {
    for (const chunk of chunkAddresses(compressCells(clear))) sheet.getRanges(chunk).format.fill.clear();
    const fillOf = new Map(set.map((e) => [toA1(e.cell.row, e.cell.col), e.fill]));
    for (const run of columnRuns(set.map((e) => e.cell))) {
      const rows = run.map((c) => [{ format: { fill: settable(fillOf.get(toA1(c.row, c.col))!) } }]);
      sheet.getRange(runAddress(run)).setCellProperties(rows);
    }
    return;
  }
  for (const run of compressCells(clear)) sheet.getRange(run).format.fill.clear();
  for (const e of set) if (e.fill.color) sheet.getRange(toA1(e.cell.row, e.cell.col)).format.fill.color = e.fill.color;
}
