import { TelaahError, TelaahInputError } from "../../core/errors";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import type { PaneSettings } from "../settings";
import type { PaneAnalysis } from "./analysis";
import type { AnalysisReply, AnalysisRequest } from "./analysis-messages";
import { startAnalysisWorker } from "./analysis-worker-factory";

const loadAnalysis = () => import(/* webpackChunkName: "analysis" */ "./analysis");

type Pending = { resolve: (a: PaneAnalysis) => void; reject: (e: unknown) => void };

let worker: Worker | undefined;
/** Set when the worker could not start or died: from then on the analysis runs in the pane itself. */
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function inThread(sheet: SheetSnapshot, settings: PaneSettings, overrideSheets: readonly SheetSnapshot[]) {
  return loadAnalysis().then((m) => m.analyzeSheet(sheet, settings, overrideSheets));
}

function theWorker(): Worker | undefined {
  if (workerFailed) return undefined;
  if (!worker) {
    try {
      worker = startAnalysisWorker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      workerFailed = true;
      return undefined;
    }
    worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
      const r = e.data;
      const p = pending.get(r.id);
      if (!p) return;
      pending.delete(r.id);
      if (r.ok) p.resolve(r.analysis);
      else p.reject(r.input ? new TelaahInputError(r.message, r.code) : new TelaahError(r.message, "ANALYSIS"));
    };
    worker.onerror = (e) => {
      // The worker could not load or crashed: nothing it was given will come back, so each request is
      // answered in the pane instead, and later ones go there directly.
      e.preventDefault();
      workerFailed = true;
      worker?.terminate();
      worker = undefined;
      const waiting = [...pending.values()];
      pending.clear();
      for (const p of waiting) p.reject(WORKER_LOST);
    };
  }
  return worker;
}

const WORKER_LOST = Symbol("worker lost");

/**
 * Checks a sheet off the pane's UI thread when a worker can be had, in the pane itself otherwise; the
 * result and the errors (TelaahInputError with its Indonesian sentence) are the same either way.
 */
export async function runAnalysis(
  sheet: SheetSnapshot,
  settings: PaneSettings,
  overrideSheets: readonly SheetSnapshot[]
): Promise<PaneAnalysis> {
  const w = theWorker();
  if (!w) return inThread(sheet, settings, overrideSheets);
  const id = nextId++;
  const request: AnalysisRequest = { id, sheet, settings, overrideSheets };
  try {
    return await new Promise<PaneAnalysis>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage(request);
    });
  } catch (e) {
    if (e === WORKER_LOST) return inThread(sheet, settings, overrideSheets);
    throw e;
  }
}

/** Whether checks currently run in a worker (for the settings page and the tests). */
export function analysisRunsInWorker(): boolean {
  return !workerFailed && worker !== undefined;
}
