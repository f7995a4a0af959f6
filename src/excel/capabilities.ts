/**
 * What this Excel can do, from its requirement sets. Adapters take the result as a parameter (tests pass
 * their own) and degrade: fewer features with a clear message, never a crash on an older Excel.
 */

/** ExcelApi version each feature needs. */
export const FEATURE_SETS = {
  /** getUsedRangeOrNullObject, workbook.settings */
  usedRangeOrNull: "1.4",
  /** worksheet.getRanges (RangeAreas), RangeFill.pattern, Range.getCellProperties */
  rangeAreas: "1.9",
  /** workbook.comments */
  comments: "1.10",
  /** Range.getMergedAreasOrNullObject */
  mergedAreas: "1.13",
  /** WorksheetChangedEventArgs.triggerSource: tells the add-in's own edits apart */
  triggerSource: "1.14",
  /** worksheet.notes (classic notes) */
  notes: "1.18",
  /** Excel.run({ mergeUndoGroup: true }): several syncs as one undo step */
  mergeUndoGroup: "1.20",
} as const;

export type Feature = keyof typeof FEATURE_SETS;
export type Capabilities = Readonly<Record<Feature, boolean>>;

export type SetChecker = (name: string, version: string) => boolean;

function officeChecker(): SetChecker {
  return (name, version) => {
    try {
      return Office.context.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
}

export function detectCapabilities(isSetSupported: SetChecker = officeChecker()): Capabilities {
  const caps = {} as Record<Feature, boolean>;
  for (const f of Object.keys(FEATURE_SETS) as Feature[]) caps[f] = isSetSupported("ExcelApi", FEATURE_SETS[f]);
  return caps;
}

/** Every feature on: the usual Microsoft 365 Excel. */
export const ALL_CAPABILITIES: Capabilities = detectCapabilities(() => true);

/** Capabilities of an Excel that supports ExcelApi up to `version` ("1.12"). */
export function capabilitiesUpTo(version: string): Capabilities {
  const minor = (v: string) => Number(v.split(".")[1]);
  return detectCapabilities((_name, v) => minor(v) <= minor(version));
}

const FEATURE_LABELS: Record<Feature, string> = {
  usedRangeOrNull: "membaca lembar",
  rangeAreas: "menandai sel",
  comments: "komentar pada sel",
  mergedAreas: "membaca sel gabungan",
  triggerSource: "membedakan perubahan oleh Telaah",
  notes: "catatan (note) pada sel",
  mergeUndoGroup: "membatalkan pengisian dalam satu langkah (Urungkan)",
};

/** Indonesian lines for the pane's settings page: what this Excel lacks and what that costs. */
export function describeMissing(caps: Capabilities): string[] {
  return (Object.keys(FEATURE_SETS) as Feature[])
    .filter((f) => !caps[f])
    .map((f) => `${FEATURE_LABELS[f]} memerlukan ExcelApi ${FEATURE_SETS[f]} (tidak tersedia di Excel ini)`);
}
