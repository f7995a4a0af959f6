/**
 * The real HostApi: every call is one Excel.run around an adapter from src/excel (reading, marking,
 * writing plan values, live mode) or from excel-actions.ts (selecting, fixing, exporting).
 */
import { detectCapabilities, type Capabilities } from "../../excel/capabilities";
import { attempt, toHostError, type HostResult } from "../../excel/errors";
import { markFindings } from "../../excel/marks";
import { clearMarks } from "../../excel/marks-clear";
import { readSheetSnapshot } from "../../excel/read-snapshot";
import { applyFix, exportTable, listSheets, selectCell, selectedRows } from "./excel-actions";
import type { HostApi, ReadOptions } from "./types";

/**
 * Excel.run itself can fail (its closing sync, or before the batch starts); that failure becomes a
 * HostResult like any adapter's, so the pane always gets a message it can show.
 */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    return { ok: false, error: toHostError(e) };
  }
}

export function createExcelHost(caps: Capabilities = detectCapabilities()): HostApi {
  const read = (sheetName: string | undefined, o: ReadOptions = {}) =>
    run(async (context) => {
      const r = await readSheetSnapshot(context, {
        caps,
        sheetName,
        signal: o.signal,
        onProgress: o.onProgress ? (p) => o.onProgress!(p.rowsRead, p.totalRows) : undefined,
      });
      return r.ok ? { ok: true as const, value: r.value.snapshot, notices: r.notices } : r;
    });

  return {
    readActiveSheet: (o) => read(undefined, o),
    readSheet: (name, o) => read(name, o),
    listSheets: () => run((c) => listSheets(c)),
    selectCell: (sheet, cell) => run((c) => selectCell(c, sheet, cell)),
    applyFix: (sheet, fix) => run((c) => applyFix(c, sheet, fix)),
    exportTable: (base, rows) => run((c) => exportTable(c, base, rows)),
    selectedRows: () => run((c) => selectedRows(c)),
    markFindings: (sheet, findings, language) =>
      run(async (c) => {
        const r = await markFindings(c, findings, { caps, sheetName: sheet, language });
        return r.ok ? { ...r, value: { marked: r.value.cells } } : r;
      }),
    clearMarks: (sheet) =>
      run(async (c) => {
        const r = await clearMarks(c, { caps, sheetName: sheet });
        return r.ok ? { ...r, value: { cleared: r.value.restored } } : r;
      }),
    writeCells: () => attempt(async () => ({ written: 0, undoable: false, revert: () => attempt(async () => undefined) })),
    watchChanges: () => attempt(async () => async () => undefined),
  };
}
