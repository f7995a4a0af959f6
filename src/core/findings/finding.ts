/** A finding is data, not text: hosts render it (pane list, cell note, CLI line, JSON). */
export type Severity = "error" | "warning" | "info";

export type RuleFamily = "ARITH" | "STRUK" | "AKUN" | "SBM" | "SATUAN" | "RUMUS" | "RPA";

export interface FindingFix {
  /** A1 address of the cell the fix writes. */
  cell: string;
  /** The value to write: a number (rupiah, volume) or a formula/text. */
  value: number | string;
  /** Indonesian label for the button: "Ubah jumlah menjadi Rp1.250.000". */
  label: string;
}

export interface Finding {
  /** Family prefix and id: "ARITH-JUMLAH", "SBM-UANG-HARIAN". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Indonesian message naming the value found, the value allowed and why. */
  message: string;
  /** The same in English, for the pane's language switch. */
  messageEn?: string;
  expected?: string;
  actual?: string;
  /** Regulation and reference row the finding relies on. */
  basis: string;
  fix?: FindingFix;
}

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

export function ruleFamily(rule: string): string {
  const i = rule.indexOf("-");
  return i < 0 ? rule : rule.slice(0, i);
}

/** Sheet-row order, then column, then rule id: the order a reviewer reads. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.row !== b.row) return a.row - b.row;
  if (a.cell.length !== b.cell.length) return a.cell.length - b.cell.length;
  if (a.cell !== b.cell) return a.cell < b.cell ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
