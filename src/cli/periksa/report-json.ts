import type { FindingSummary } from "../../core/findings/finding";
import type { CheckedFile, FileOutcome } from "./check-file";

/** One file's `--json` object: `{ file, sheet, layout, summary, findings }`, the contract of issue 2. */
export function checkedJson(c: CheckedFile) {
  return {
    file: c.file,
    sheet: c.sheet,
    layout: c.layout.kind,
    summary: c.summary,
    findings: c.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      basis: f.basis,
    })),
  };
}

export interface BatchTotals extends FindingSummary {
  files: number;
  checked: number;
  unusable: number;
}

export function batchTotals(outcomes: readonly FileOutcome[]): BatchTotals {
  const t: BatchTotals = { files: outcomes.length, checked: 0, unusable: 0, error: 0, warning: 0, info: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      t.unusable++;
      continue;
    }
    t.checked++;
    t.error += o.checked.summary.error;
    t.warning += o.checked.summary.warning;
    t.info += o.checked.summary.info;
  }
  return t;
}

/** A run over many files: `{ files: [one file's object | { file, error }], summary }`. */
export function batchJson(outcomes: readonly FileOutcome[]) {
  return {
    files: outcomes.map((o) => (o.ok ? checkedJson(o.checked) : { file: o.file, error: o.reason })),
    summary: batchTotals(outcomes),
  };
}
