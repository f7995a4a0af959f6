/**
 * The analysis off the pane's UI thread: a large sheet takes a second or more to check, and the pane
 * should keep drawing (and answering "Batal") meanwhile. Reached only through analysis-runner.ts.
 */
import { TelaahInputError } from "../../core/errors";
import { analyzeSheet } from "./analysis";
import type { AnalysisReply, AnalysisRequest } from "./analysis-messages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(reply: AnalysisReply): void;
  /** Checks answered here; the browser tests read it to know the check ran off the UI thread. */
  telaahAnalyses: number;
};
scope.telaahAnalyses = 0;

scope.onmessage = (e) => {
  const { id, sheet, settings, overrideSheets } = e.data;
  let reply: AnalysisReply;
  try {
    reply = { id, ok: true, analysis: analyzeSheet(sheet, settings, overrideSheets) };
  } catch (err) {
    reply =
      err instanceof TelaahInputError
        ? { id, ok: false, input: true, message: err.message, code: err.code }
        : { id, ok: false, input: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.telaahAnalyses++;
  scope.postMessage(reply);
};
