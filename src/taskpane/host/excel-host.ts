/**
 * The real HostApi: every call is one runInExcel (src/excel/run.ts, the one Excel.run wrapper) around
 * an adapter from src/excel (reading, marking, writing plan values, live mode) or from
 * excel-actions.ts (selecting, fixing, exporting, workbook settings).
 */
import { detectCapabilities, type Capabilities } from "../../excel/capabilities";
import { toHostError, type HostResult } from "../../excel/errors";
import { startLiveMode, stopLiveMode } from "../../excel/live";
import { markFindings } from "../../excel/marks";
import { clearMarks } from "../../excel/marks-clear";
import { readSheetSnapshot } from "../../excel/read-snapshot";
import { runInExcel } from "../../excel/run";
import { SelfWriteGuard } from "../../excel/self-writes";
import { revertWrites, writePlanValues } from "../../excel/write-plan";
import {
  applyFix,
  exportTable,
  listSheets,
  readSetting,
  selectCell,
  selectedRows,
  writeSetting,
  readRows,
} from "./excel-actions";
import type { HostApi, ReadOptions } from "./types";

export function createExcelHost(caps: Capabilities = detectCapabilities()): HostApi {
  /** Tells live mode which changes are the add-in's own on an Excel without triggerSource. */
  const guard = new SelfWriteGuard();
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<HostResult<T>>, oneUndoStep = false) =>
    runInExcel(batch, { caps, oneUndoStep });

  const read = (sheetName: string | undefined, o: ReadOptions = {}) =>
    run(async (context) => {
      const r = await readSheetSnapshot(context, {
        caps,
        sheetName,
        signal: o.signal,
        onProgress: o.onProgress ? (p) => o.onProgress!(p.rowsRead, p.totalRows) : undefined,
      });
      return r.ok ? { ...r, value: r.value.snapshot } : r;
    });

  return {
    readActiveSheet: (o) => read(undefined, o),
    readSheet: (name, o) => read(name, o),
    listSheets: () => run((c) => listSheets(c)),
    readRows: (sheet, rows, columns) => run((c) => readRows(c, sheet, rows, columns)),
    selectCell: (sheet, cell) => run((c) => selectCell(c, sheet, cell)),
    applyFix: (sheet, fix) => run((c) => applyFix(c, sheet, fix), true),
    exportTable: (base, rows) => run((c) => exportTable(c, base, rows)),
    selectedRows: () => run((c) => selectedRows(c)),
    readSetting: (key) => run((c) => readSetting(c, key)),
    writeSetting: (key, value) => run((c) => writeSetting(c, key, value)),
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
    async writePlan(sheet, writes) {
      const r = await run((c) => writePlanValues(c, writes, { sheetName: sheet, guard }), true);
      if (!r.ok) return r;
      const record = r.value.revert;
      const revert = async (): Promise<HostResult<void>> => {
        const back = await run((c) => revertWrites(c, record, { guard }), true);
        return back.ok ? { ...back, value: undefined } : back;
      };
      return {
        ok: true,
        notices: r.notices,
        value: { written: r.value.written, skipped: r.value.skipped, undoable: r.oneUndoStep, revert },
      };
    },
    async watchChanges(sheet, onRows) {
      const started = await run((c) =>
        startLiveMode(c, {
          caps,
          sheetName: sheet,
          guard,
          onChange: (change) => onRows(change.all ? [] : change.rows.map((r) => r + 1)),
        })
      );
      if (!started.ok) return started;
      const mode = started.value;
      const stop = async (): Promise<HostResult<void>> => {
        try {
          // The handler belongs to the context it was added in: removed through that same context.
          return await Excel.run(mode.registration.context, (c) => stopLiveMode(c, mode));
        } catch (e) {
          return { ok: false, error: toHostError(e) };
        }
      };
      return { ok: true, notices: started.notices, value: stop };
    },
  };
}
