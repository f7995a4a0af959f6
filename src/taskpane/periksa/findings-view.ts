/**
 * What the Periksa tab shows, computed from the analyzer's findings without React: filters, groups
 * (by sheet row or by rule), the flat list the virtualized view renders, the summary per family and
 * the table exported to a new sheet. Pure, so test/taskpane tests it in node.
 */
import {
  compareFindings,
  ruleFamily,
  type Finding,
  type FindingSummary,
  type Severity,
} from "../../core/findings/finding";
import type { Lang, MessageKey, Translate } from "../i18n";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Families in the order the pane lists them; unknown families follow, alphabetically. */
export const FAMILY_ORDER = ["ARITH", "STRUK", "AKUN", "SBM", "SATUAN", "RUMUS", "RPA"] as const;

export type GroupBy = "row" | "rule";

export interface FindingFilter {
  /** Severities shown; empty = none. */
  severities: readonly Severity[];
  /** Families shown; null = every family. */
  families: readonly string[] | null;
}

export const SHOW_ALL: FindingFilter = { severities: SEVERITIES, families: null };

export interface FindingGroup {
  /** "row:1251" or "rule:ARITH-JUMLAH". */
  key: string;
  by: GroupBy;
  /** The sheet row (by row) or the rule id (by rule). */
  row?: number;
  rule?: string;
  findings: Finding[];
  counts: FindingSummary;
  worst: Severity;
}

export type ListItem =
  | { kind: "group"; key: string; group: FindingGroup }
  | { kind: "finding"; key: string; finding: Finding; group: FindingGroup };

export interface FamilyCount extends FindingSummary {
  family: string;
  total: number;
}

const ids = new WeakMap<Finding, number>();
let nextId = 1;
/** A stable key for a finding object (two findings may share rule and cell). */
export function findingId(f: Finding): number {
  let id = ids.get(f);
  if (id === undefined) ids.set(f, (id = nextId++));
  return id;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const sev = new Set(filter.severities);
  const fam = filter.families ? new Set(filter.families) : null;
  return findings.filter((f) => sev.has(f.severity) && (!fam || fam.has(ruleFamily(f.rule))));
}

function countOf(findings: readonly Finding[]): FindingSummary {
  const c: FindingSummary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function worstOf(c: FindingSummary): Severity {
  return c.error ? "error" : c.warning ? "warning" : "info";
}

/**
 * By row: sheet-row order, findings in reading order inside. By rule: the most severe rules first,
 * then rule id; inside a rule, sheet order.
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy): FindingGroup[] {
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = by === "row" ? `row:${f.row}` : `rule:${f.rule}`;
    const list = buckets.get(k);
    if (list) list.push(f);
    else buckets.set(k, [f]);
  }
  const groups: FindingGroup[] = [];
  for (const [key, list] of buckets) {
    list.sort(compareFindings);
    const counts = countOf(list);
    const g: FindingGroup = { key, by, findings: list, counts, worst: worstOf(counts) };
    if (by === "row") g.row = list[0].row;
    else g.rule = list[0].rule;
    groups.push(g);
  }
  if (by === "row") groups.sort((a, b) => a.row! - b.row!);
  else
    groups.sort(
      (a, b) => SEVERITY_RANK[a.worst] - SEVERITY_RANK[b.worst] || (a.rule! < b.rule! ? -1 : a.rule! > b.rule! ? 1 : 0)
    );
  return groups;
}

/** The rows of the virtualized list: a header per group, then its findings unless collapsed. */
export function flattenGroups(groups: readonly FindingGroup[], collapsed: ReadonlySet<string> = new Set()): ListItem[] {
  const items: ListItem[] = [];
  for (const g of groups) {
    items.push({ kind: "group", key: g.key, group: g });
    if (collapsed.has(g.key)) continue;
    for (const f of g.findings) items.push({ kind: "finding", key: `f${findingId(f)}`, finding: f, group: g });
  }
  return items;
}

function familyRank(family: string): number {
  const i = (FAMILY_ORDER as readonly string[]).indexOf(family);
  return i < 0 ? FAMILY_ORDER.length : i;
}

/** Counts per family, in FAMILY_ORDER, only families that occur. */
export function familySummary(findings: readonly Finding[]): FamilyCount[] {
  const map = new Map<string, FamilyCount>();
  for (const f of findings) {
    const family = ruleFamily(f.rule);
    let c = map.get(family);
    if (!c) map.set(family, (c = { family, error: 0, warning: 0, info: 0, total: 0 }));
    c[f.severity]++;
    c.total++;
  }
  return [...map.values()].sort(
    (a, b) => familyRank(a.family) - familyRank(b.family) || (a.family < b.family ? -1 : 1)
  );
}

/** The label key of a family; null for a family the catalogue does not know (show its code). */
export function familyKey(family: string): MessageKey | null {
  return (FAMILY_ORDER as readonly string[]).includes(family) ? (`family.${family}` as MessageKey) : null;
}

export function findingMessage(f: Finding, lang: Lang): string {
  return lang === "en" && f.messageEn ? f.messageEn : f.message;
}

/**
 * The findings as a table for a new sheet: a header row, then one row per finding in reading order.
 * Rows are numbers, everything else text (a cell address stays text, not a reference).
 */
export function findingsTable(findings: readonly Finding[], t: Translate, lang: Lang): (string | number)[][] {
  const header = (["no", "cell", "row", "severity", "rule", "message", "expected", "actual", "basis"] as const).map(
    (c) => t(`export.col.${c}`)
  );
  const rows = [...findings]
    .sort(compareFindings)
    .map((f, i) => [
      i + 1,
      f.cell,
      f.row,
      t(`severity.${f.severity}`),
      f.rule,
      findingMessage(f, lang),
      f.expected ?? "",
      f.actual ?? "",
      f.basis,
    ]);
  return [header, ...rows];
}
