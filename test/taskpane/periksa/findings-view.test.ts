import type { Finding, Severity } from "../../../src/core/findings/finding";
import { translate } from "../../../src/taskpane/i18n";
import {
  SHOW_ALL,
  familySummary,
  filterFindings,
  findingMessage,
  findingsTable,
  flattenGroups,
  groupFindings,
} from "../../../src/taskpane/periksa/findings-view";

function finding(rule: string, severity: Severity, cell: string, extra: Partial<Finding> = {}): Finding {
  const row = Number(cell.replace(/^[A-Z]+/, ""));
  return {
    rule,
    severity,
    sheet: "Sheet1",
    cell,
    row,
    message: `pesan ${rule} ${cell}`,
    messageEn: `message ${rule} ${cell}`,
    basis: "PMK",
    ...extra,
  };
}

const FINDINGS: Finding[] = [
  finding("ARITH-JUMLAH", "info", "F82"),
  finding("STRUK-KODE", "warning", "A82"),
  finding("ARITH-JUMLAH", "error", "F1251", { expected: "3285000", actual: "22995000" }),
  finding("ARITH-TOTAL", "error", "F10"),
  finding("SBM-UANG-HARIAN", "warning", "E300"),
  finding("ARITH-VOLUME", "warning", "C82"),
];

describe("filterFindings", () => {
  test("shows everything by default", () => {
    expect(filterFindings(FINDINGS, SHOW_ALL)).toHaveLength(FINDINGS.length);
  });

  test("keeps only the chosen severities", () => {
    const r = filterFindings(FINDINGS, { severities: ["error"], families: null });
    expect(r.map((f) => f.cell).sort()).toEqual(["F10", "F1251"]);
  });

  test("keeps only the chosen families", () => {
    const r = filterFindings(FINDINGS, { severities: ["error", "warning", "info"], families: ["STRUK", "SBM"] });
    expect(r.map((f) => f.rule).sort()).toEqual(["SBM-UANG-HARIAN", "STRUK-KODE"]);
  });

  test("no severity chosen shows nothing", () => {
    expect(filterFindings(FINDINGS, { severities: [], families: null })).toEqual([]);
  });
});

describe("groupFindings", () => {
  test("by row: sheet-row order, cells in reading order inside a row", () => {
    const groups = groupFindings(FINDINGS, "row");
    expect(groups.map((g) => g.row)).toEqual([10, 82, 300, 1251]);
    const row82 = groups[1];
    expect(row82.findings.map((f) => f.cell)).toEqual(["A82", "C82", "F82"]);
    expect(row82.counts).toEqual({ error: 0, warning: 2, info: 1 });
    expect(row82.worst).toBe("warning");
  });

  test("by rule: rules with errors first, then by id; sheet order inside", () => {
    const groups = groupFindings(FINDINGS, "rule");
    expect(groups.map((g) => g.rule)).toEqual([
      "ARITH-JUMLAH",
      "ARITH-TOTAL",
      "ARITH-VOLUME",
      "SBM-UANG-HARIAN",
      "STRUK-KODE",
    ]);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["F82", "F1251"]);
    expect(groups[0].worst).toBe("error");
  });

  test("every finding lands in exactly one group", () => {
    for (const by of ["row", "rule"] as const) {
      const all = groupFindings(FINDINGS, by).flatMap((g) => g.findings);
      expect(new Set(all)).toEqual(new Set(FINDINGS));
      expect(all).toHaveLength(FINDINGS.length);
    }
  });
});

describe("flattenGroups", () => {
  test("a header per group followed by its findings; collapsed groups keep only the header", () => {
    const groups = groupFindings(FINDINGS, "row");
    const open = flattenGroups(groups);
    expect(open).toHaveLength(groups.length + FINDINGS.length);
    expect(open[0]).toMatchObject({ kind: "group", key: "row:10" });
    expect(open[1]).toMatchObject({ kind: "finding" });
    const closed = flattenGroups(groups, new Set(["row:82"]));
    expect(closed).toHaveLength(groups.length + FINDINGS.length - 3);
    expect(closed.filter((i) => i.kind === "finding" && i.group.key === "row:82")).toEqual([]);
  });

  test("keys are unique even when two findings share rule and cell", () => {
    const twins = [finding("ARITH-JUMLAH", "error", "F5"), finding("ARITH-JUMLAH", "error", "F5")];
    const keys = flattenGroups(groupFindings(twins, "row")).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("familySummary", () => {
  test("counts per family in the pane's order, only families present", () => {
    expect(familySummary(FINDINGS)).toEqual([
      { family: "ARITH", error: 2, warning: 1, info: 1, total: 4 },
      { family: "STRUK", error: 0, warning: 1, info: 0, total: 1 },
      { family: "SBM", error: 0, warning: 1, info: 0, total: 1 },
    ]);
  });
});

describe("export table and messages", () => {
  test("a header row in the pane's language, then one row per finding in reading order", () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("id", k, p);
    const table = findingsTable(FINDINGS, t, "id");
    expect(table[0]).toEqual(["No", "Sel", "Baris", "Tingkat", "Aturan", "Pesan", "Seharusnya", "Tertulis", "Dasar"]);
    expect(table).toHaveLength(FINDINGS.length + 1);
    expect(table[1]).toEqual([1, "F10", 10, "Kesalahan", "ARITH-TOTAL", "pesan ARITH-TOTAL F10", "", "", "PMK"]);
    expect(table[table.length - 1]).toEqual([
      6,
      "F1251",
      1251,
      "Kesalahan",
      "ARITH-JUMLAH",
      "pesan ARITH-JUMLAH F1251",
      "3285000",
      "22995000",
      "PMK",
    ]);
    const en = findingsTable(FINDINGS, (k, p) => translate("en", k, p), "en");
    expect(en[0][1]).toBe("Cell");
    expect(en[1][5]).toBe("message ARITH-TOTAL F10");
  });

  test("English falls back to the Indonesian message when a finding has no English text", () => {
    const f = finding("X-Y", "info", "A1", { messageEn: undefined });
    expect(findingMessage(f, "en")).toBe("pesan X-Y A1");
    expect(findingMessage(FINDINGS[0], "en")).toBe("message ARITH-JUMLAH F82");
  });
});
