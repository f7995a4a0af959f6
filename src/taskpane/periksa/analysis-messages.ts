import type { SheetSnapshot } from "../../core/sheet/snapshot";
import type { PaneSettings } from "../settings";
import type { PaneAnalysis } from "./analysis";

/** What the pane sends the analysis worker: everything is plain data, cloned on the way. */
export interface AnalysisRequest {
  id: number;
  sheet: SheetSnapshot;
  settings: PaneSettings;
  overrideSheets: readonly SheetSnapshot[];
}

/** The worker's answer: the analysis, or the error as data (classes do not survive the crossing). */
export type AnalysisReply =
  | { id: number; ok: true; analysis: PaneAnalysis }
  | { id: number; ok: false; input: boolean; message: string; code?: string };
