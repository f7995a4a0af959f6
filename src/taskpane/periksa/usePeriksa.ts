/**
 * The Periksa tab's actions: read the active sheet, analyze, mark; clear marks; select a finding's
 * cell; apply its fix; export; live mode. Host calls go through HostContext; failures become one
 * MessageBar line in the pane's language.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import { isSbmOverrideSheetName } from "../../core/reference/sbm-override-sheet";
import { colCount, type SheetSnapshot } from "../../core/sheet/snapshot";
import { usePane, useHost, useReportError, useTakeHostResult } from "../context";
import { unwrap } from "../errors";
import type { HostApi, HostResult } from "../host/types";
import type { PaneAnalysis } from "./analysis";
import { findingsTable } from "./findings-view";
import { runAnalysis } from "./analysis-runner";
import { patchSnapshot } from "./patch-snapshot";

export type PeriksaPhase = "idle" | "reading" | "analyzing" | "done";

export interface PeriksaState {
  phase: PeriksaPhase;
  progress?: { done: number; total: number };
  analysis?: PaneAnalysis;
  checkedAt?: Date;
  /** Whether the findings of `analysis` are marked on the sheet. */
  marked: boolean;
}

/** Beyond this many changed rows (a paste), live mode reads the whole sheet again. */
const LIVE_MAX_ROWS = 2000;

interface LastRead {
  snapshot: SheetSnapshot;
  overrideSheets: SheetSnapshot[];
  findingsKey: string;
  marked: boolean;
}

/** Identity of a set of findings as the marks show them (cell, severity, text). */
function findingsKey(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.sheet}!${f.cell}|${f.severity}|${f.rule}|${f.message}`).join("\n");
}

/** The workbook's own standar biaya sheets (SBM_PENGGUNA), read only when they exist. */
async function readOverrideSheets(
  host: HostApi,
  active: string,
  isOverride: (n: string) => boolean
): Promise<SheetSnapshot[]> {
  const names = unwrap(await host.listSheets()).filter((n) => n !== active && isOverride(n));
  const out: SheetSnapshot[] = [];
  for (const n of names) out.push(unwrap(await host.readSheet(n)));
  return out;
}

export function usePeriksa() {
  const host = useHost();
  const { settings, lang, t, notify } = usePane();
  const [state, setState] = useState<PeriksaState>({ phase: "idle", marked: false });
  const [live, setLive] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  /** The last full read, for live mode's row patches. */
  const lastRead = useRef<LastRead | null>(null);
  const stopWatchRef = useRef<(() => Promise<HostResult<void>>) | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const langRef = useRef(lang);
  langRef.current = lang;

  const report = useReportError();

  const reportRef = useRef(report);
  reportRef.current = report;

  const take = useTakeHostResult();

  /**
   * One check of the active sheet, or of `sheet` (live mode, after a fix). `quiet` keeps the previous
   * result on screen while reading.
   */
  const run = useCallback(
    async ({ quiet = false, sheet: sheetName }: { quiet?: boolean; sheet?: string } = {}): Promise<string | null> => {
      abortRef.current?.abort();
      const ac = new AbortController();
      abortRef.current = ac;
      const s = settingsRef.current;
      if (!quiet) setState((prev) => ({ ...prev, phase: "reading", progress: undefined }));
      try {
        const readOptions = {
          signal: ac.signal,
          onProgress: quiet
            ? undefined
            : (done: number, total: number) => setState((prev) => ({ ...prev, progress: { done, total } })),
        };
        const sheet = take(
          await (sheetName ? host.readSheet(sheetName, readOptions) : host.readActiveSheet(readOptions))
        );
        if (!quiet) setState((prev) => ({ ...prev, phase: "analyzing" }));
        const overrideSheets = await readOverrideSheets(host, sheet.name, isSbmOverrideSheetName);
        if (ac.signal.aborted) return null;
        const analysis = await runAnalysis(sheet, s, overrideSheets);
        if (ac.signal.aborted) return null;
        let marked = false;
        if (s.markCells) {
          take(await host.markFindings(sheet.name, analysis.result.findings, langRef.current));
          marked = true;
        }
        lastRead.current = {
          snapshot: sheet,
          overrideSheets,
          findingsKey: findingsKey(analysis.result.findings),
          marked,
        };
        setState({ phase: "done", analysis, checkedAt: new Date(), marked });
        return sheet.name;
      } catch (e) {
        setState((prev) => ({ ...prev, phase: prev.analysis ? "done" : "idle", progress: undefined }));
        report(e);
        return null;
      } finally {
        if (abortRef.current === ac) abortRef.current = null;
      }
    },
    [host, report]
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  /**
   * Live mode: the changed rows (1-based) are read alone and patched into the last snapshot; the
   * whole sheet is checked again in memory, and the marks are redone only when the findings changed.
   * A structural change (rows = []) or a large paste reads the whole sheet again.
   */
  const recheckRows = useCallback(
    async (sheetName: string, rows: number[]) => {
      const last = lastRead.current;
      if (!last || last.snapshot.name !== sheetName || rows.length === 0 || rows.length > LIVE_MAX_ROWS) {
        await run({ quiet: true, sheet: sheetName });
        return;
      }
      try {
        const read = take(
          await host.readRows(
            sheetName,
            rows.map((r) => r - 1),
            colCount(last.snapshot)
          )
        );
        const snapshot = patchSnapshot(last.snapshot, read);
        const analysis = await runAnalysis(snapshot, settingsRef.current, last.overrideSheets);
        const key = findingsKey(analysis.result.findings);
        let marked = last.marked;
        if (settingsRef.current.markCells && (key !== last.findingsKey || !last.marked)) {
          take(await host.markFindings(sheetName, analysis.result.findings, langRef.current));
          marked = true;
        }
        lastRead.current = { snapshot, overrideSheets: last.overrideSheets, findingsKey: key, marked };
        setState({ phase: "done", analysis, checkedAt: new Date(), marked });
      } catch (e) {
        report(e);
      }
    },
    [host, run, take, report]
  );

  const clearMarks = useCallback(async () => {
    try {
      take(await host.clearMarks(state.analysis?.result.sheet));
      setState((prev) => ({ ...prev, marked: false }));
      notify("success", t("periksa.marksCleared"));
    } catch (e) {
      report(e);
    }
  }, [host, notify, t, report, state.analysis]);

  const select = useCallback(
    async (f: Finding) => {
      try {
        take(await host.selectCell(f.sheet, f.cell));
      } catch (e) {
        report(e);
      }
    },
    [host, report]
  );

  const applyFix = useCallback(
    async (f: Finding) => {
      if (!f.fix) return;
      try {
        take(await host.applyFix(f.sheet, f.fix));
        await run({ quiet: true, sheet: f.sheet });
        notify("success", t("periksa.fixApplied", { cell: f.fix.cell }));
      } catch (e) {
        report(e);
      }
    },
    [host, run, notify, t, report]
  );

  const exportFindings = useCallback(
    async (findings: readonly Finding[]) => {
      try {
        const name = take(await host.exportTable(t("export.sheetName"), findingsTable(findings, t, lang)));
        notify("success", t("periksa.exported", { sheet: name }));
      } catch (e) {
        report(e);
      }
    },
    [host, t, lang, notify, report]
  );

  const stopLive = useCallback(async () => {
    const stop = stopWatchRef.current;
    stopWatchRef.current = null;
    if (!stop) return;
    const r = await stop();
    if (!r.ok) reportRef.current(r.error);
  }, []);

  const toggleLive = useCallback(
    async (on: boolean) => {
      setLive(on);
      await stopLive();
      if (!on) return;
      try {
        // Live mode watches the sheet that was checked; it starts with a check when there is none.
        const target = state.analysis?.result.sheet ?? (await run());
        if (!target) {
          setLive(false);
          return;
        }
        // One re-check at a time, in the order the changes came.
        let chain = Promise.resolve();
        stopWatchRef.current = take(
          await host.watchChanges(target, (rows) => {
            chain = chain.then(() => recheckRows(target, rows));
          })
        );
        notify("info", t("periksa.liveOn"));
      } catch (e) {
        setLive(false);
        report(e);
      }
    },
    [stopLive, state.analysis, run, host, notify, t, report]
  );

  useEffect(() => () => void stopLive(), [stopLive]);

  return { state, live, run: () => void run(), cancel, clearMarks, select, applyFix, exportFindings, toggleLive };
}
