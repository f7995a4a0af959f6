/**
 * The RPA tab's actions: fill (the selection or the whole sheet), update with realisation, read what
 * is on the sheet, and revert the last write. Writes go through the host in blocks; the engine record
 * (which cells Telaah wrote) is kept in the workbook so a later fill may rewrite them.
 */
import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { IkpaResult, PlanNode } from "../../core/rpa";
import { fromA1 } from "../../core/sheet/address";
import { usePane, useHost, useReportError, useTakeHostResult } from "../context";
import type { WriteOutcome } from "../host/types";
import type { MessageKey } from "../i18n";
import { curves, ikpaOf, type Curves } from "./rpa-figures";
import {
  fillRpa,
  isEngineRecord,
  readRpa,
  realisationFrom,
  recordKey,
  updateRpa,
  type EngineRecord,
  type LineRealisation,
  type RpaOutcome,
  type RpaRead,
  type Scope,
} from "./rpa-run";

export type ScopeChoice = "selection" | "sheet";

export interface RpaState {
  busy: boolean;
  sheet?: string;
  curves?: Curves;
  ikpa?: IkpaResult | null;
  findings: Finding[];
  /** The last write, while it can still be reverted. */
  last?: { sheet: string; outcome: WriteOutcome; previousRecord: EngineRecord | null };
}

export function useRpa() {
  const host = useHost();
  const { settings, t, notify } = usePane();
  const [state, setState] = useState<RpaState>({ busy: false, findings: [] });
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const take = useTakeHostResult();
  const report = useReportError();

  const guarded = useCallback(
    async (work: () => Promise<void>) => {
      setState((s) => ({ ...s, busy: true }));
      try {
        await work();
      } catch (e) {
        report(e);
      } finally {
        setState((s) => ({ ...s, busy: false }));
      }
    },
    [report]
  );

  /** The active sheet as a plan, with the engine record saved for it. */
  const readActive = useCallback(async (): Promise<{ read: RpaRead; record: EngineRecord | null }> => {
    const sheet = take(await host.readActiveSheet());
    const raw = take(await host.readSetting(recordKey(sheet.name)));
    const record = isEngineRecord(raw) ? raw : null;
    return { read: readRpa(sheet, settingsRef.current.rpaMode, record), record };
  }, [host, take]);

  const scopeOf = useCallback(
    async (choice: ScopeChoice, sheet: string): Promise<Scope> => {
      if (choice === "sheet") return null;
      const sel = take(await host.selectedRows());
      if (sel.sheet !== sheet) return null;
      return { top: sel.top, bottom: sel.bottom };
    },
    [host, take]
  );

  /** Writes an outcome, saves the record without the cells Excel skipped, shows the figures. */
  const commit = useCallback(
    async (
      read: RpaRead,
      out: RpaOutcome,
      previous: EngineRecord | null,
      realisasi: LineRealisation | undefined,
      /** The RPD IKPA compares with: the plan as it stood before an update rewrote the past months. */
      rpd: readonly PlanNode[],
      doneKey: MessageKey,
      params: Record<string, string | number>
    ) => {
      const name = read.sheet.name;
      let outcome: WriteOutcome | undefined;
      if (out.writes.length) {
        outcome = take(await host.writePlan(name, out.writes));
        const skipped = new Set(
          outcome.skipped.map((a) => {
            const c = fromA1(a);
            return c ? `${c.row},${c.col}` : a;
          })
        );
        const record: EngineRecord = {
          ...out.record,
          cells: out.record.cells.filter(([r, c]) => !skipped.has(`${r},${c}`)),
        };
        take(await host.writeSetting(recordKey(name), record));
        if (outcome.skipped.length)
          notify(
            "warning",
            t("rpa.skipped", { count: outcome.skipped.length, cells: outcome.skipped.slice(0, 5).join(", ") })
          );
      }
      const s = settingsRef.current;
      setState((prev) => ({
        ...prev,
        sheet: name,
        curves: curves(out.result.roots, s, realisasi),
        ikpa: ikpaOf(rpd, realisasi),
        findings: out.findings,
        last: outcome ? { sheet: name, outcome, previousRecord: previous } : prev.last,
      }));
      notify("success", t(doneKey, { ...params, lines: out.lines, cells: outcome?.written ?? 0 }));
    },
    [host, take, notify, t]
  );

  const fill = useCallback(
    (choice: ScopeChoice) =>
      guarded(async () => {
        const { read, record } = await readActive();
        const out = fillRpa(read, settingsRef.current, await scopeOf(choice, read.sheet.name), record);
        await commit(read, out, record, undefined, out.result.roots, "rpa.filled", {});
      }),
    [guarded, readActive, scopeOf, commit]
  );

  /** Realisation up to `month` from `sheetName` (same lines as the plan); months after it are left out. */
  const realisationOf = useCallback(
    async (read: RpaRead, sheetName: string, month: number): Promise<LineRealisation> => {
      const real = readRpa(take(await host.readSheet(sheetName)), settingsRef.current.rpaMode);
      const { byLine, unmatched } = realisationFrom(read, real);
      if (unmatched) notify("warning", t("rpa.unmatched", { count: unmatched, sheet: sheetName }));
      for (const [id, series] of byLine)
        byLine.set(
          id,
          series.map((v, i) => (i < month ? v : null))
        );
      return byLine;
    },
    [host, take, notify, t]
  );

  const update = useCallback(
    (choice: ScopeChoice, realSheet: string, month: number) =>
      guarded(async () => {
        const { read, record } = await readActive();
        const realisasi = await realisationOf(read, realSheet, month);
        const out = updateRpa(
          read,
          realisasi,
          month,
          settingsRef.current,
          await scopeOf(choice, read.sheet.name),
          record
        );
        await commit(read, out, record, realisasi, read.plan.roots, "rpa.updated", {
          month: t(`month.${month}` as MessageKey),
        });
      }),
    [guarded, readActive, realisationOf, scopeOf, commit, t]
  );

  /** Figures for the plan as it stands on the sheet (nothing written); with realisation when a sheet is given. */
  const analyse = useCallback(
    (realSheet: string | null, month: number) =>
      guarded(async () => {
        const { read } = await readActive();
        const realisasi = realSheet ? await realisationOf(read, realSheet, month) : undefined;
        const s = settingsRef.current;
        setState((prev) => ({
          ...prev,
          sheet: read.sheet.name,
          curves: curves(read.plan.roots, s, realisasi),
          ikpa: ikpaOf(read.plan.roots, realisasi),
          findings: read.plan.findings,
        }));
      }),
    [guarded, readActive, realisationOf]
  );

  const revert = useCallback(
    () =>
      guarded(async () => {
        const last = state.last;
        if (!last) return;
        take(await last.outcome.revert());
        take(await host.writeSetting(recordKey(last.sheet), last.previousRecord));
        setState((prev) => ({ ...prev, last: undefined }));
        notify("success", t("rpa.reverted"));
      }),
    [guarded, state.last, take, host, notify, t]
  );

  const listSheets = useCallback(async () => take(await host.listSheets()), [host, take]);

  return { state, fill, update, analyse, revert, listSheets };
}
