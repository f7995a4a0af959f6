import type { Severity } from "./findings/finding";

/** perencanaan = RKA/RAB planning (SBM is a hard ceiling); pelaksanaan = execution. */
export type Tahap = "perencanaan" | "pelaksanaan";

export interface AnalyzerOptions {
  /** Tahun anggaran; undefined = from the title block, else SBM checks report they could not run. */
  tahun?: number;
  /** The satker's province (any spelling or alias); undefined = from the title block. */
  provinsi?: string;
  /** Default perencanaan. */
  tahap: Tahap;
  /** Sheet to read; default the first sheet holding a budget table. */
  lembar?: string;
  /** Per-rule severity, or "off" to silence it. Configuration owns severity; rules only suggest. */
  severity?: Record<string, Severity | "off">;
}

export const DEFAULT_OPTIONS: AnalyzerOptions = { tahap: "perencanaan" };

export function resolveOptions(partial: Partial<AnalyzerOptions> = {}): AnalyzerOptions {
  const o = { ...DEFAULT_OPTIONS, ...partial };
  if (o.tahap !== "perencanaan" && o.tahap !== "pelaksanaan") {
    throw new RangeError(`tahap harus "perencanaan" atau "pelaksanaan", bukan "${String(o.tahap)}"`);
  }
  if (o.tahun !== undefined && (!Number.isInteger(o.tahun) || o.tahun < 2000 || o.tahun > 2100)) {
    throw new RangeError(`tahun anggaran tidak wajar: ${o.tahun}`);
  }
  return o;
}
