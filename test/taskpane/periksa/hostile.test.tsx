/**
 * @jest-environment jsdom
 */
/**
 * The hostile corpus (test/hostile/corpus.ts) in the task pane: each workbook Excel could open is put
 * into the in-memory Excel (fake-context.ts) as Excel would show it, and checked by the Periksa tab's
 * own hook (usePeriksa, through the real Excel host: read in blocks, SBM_PENGGUNA sheets, analysis,
 * marks). Each case ends in a report or in one Indonesian MessageBar line, never a crash or a hang,
 * and the same way as `telaah periksa` ends for the same file: unusable there is an error message
 * here, and a report here holds the CLI's findings.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { ReactNode } from "react";
import App from "../../../src/taskpane/App";
import { HostContext, PaneProvider, usePane, type Notice } from "../../../src/taskpane/context";
import { createExcelHost } from "../../../src/taskpane/host/excel-host";
import type { SettingsStore } from "../../../src/taskpane/host/types";
import { usePeriksa, type PeriksaState } from "../../../src/taskpane/periksa/usePeriksa";
import { ALL_CAPABILITIES } from "../../../src/excel/capabilities";
import { readSheetSnapshot } from "../../../src/excel/read-snapshot";
import { openWorkbookSource } from "../../../src/cli/workbook-source";
import { toA1 } from "../../../src/core/sheet/address";
import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { FakeExcel } from "../../excel/fake-context";
import type { FakeWorkbook } from "../../excel/fake-workbook";
import { fakeWorkbookFrom } from "../../excel/workbook-from-xlsx";
import { runCli } from "../../helpers/cli";
import { corpusForTests, writeMillionCells, type HostileCase } from "../../hostile/corpus";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Cases the pane never meets, and why. Every other case of the corpus must be checked here: a new
 * corpus case fails the first test until it is either covered or listed.
 */
const NOT_IN_THE_PANE: Record<string, string> = {
  "an empty file": "Excel cannot open it",
  "random bytes": "Excel cannot open it",
  "corrupt bytes behind a zip signature": "Excel cannot open it",
  "a workbook cut in half": "Excel cannot open it",
  "a workbook with flipped bytes all through it": "Excel cannot open it",
  "CSV text renamed .xlsx": "Excel cannot open it as a workbook",
  "an old binary .xls": "Excel cannot open it",
  "an Excel 97-2003 .xls with a wrong jumlah": "the fake Excel is built with ExcelJS, which reads no BIFF",
  "a password-protected .xls": "Excel asks for the password itself",
  "an old Office file that is no workbook (Word)": "Excel cannot open it",
  "a directory": "not a file",
  "a missing path": "no file",
  "a zip that holds no workbook": "Excel cannot open it",
  "--lembar naming a sheet that does not exist": "the pane checks the active sheet: there is no name to mistype",
  "--sbm naming a directory": "the pane's file picker hands over a file's text, never a folder",
  // The pane itself reads a merged area as one address; this test builds its fake Excel with ExcelJS,
  // which cannot load a merge over 17 billion cells.
  "a merge over the whole sheet": "the fake Excel is built with ExcelJS, which hangs on this merge",
  "a merge over the whole sheet, in a workbook left to ExcelJS": "as above",
  "a ZIP bomb left to ExcelJS": "the refusal is the CLI's, before ExcelJS unpacks the file; Excel opens files itself",
  // Excel opens .XLS files itself and hands the pane their cells; the fake Excel is built with ExcelJS,
  // which reads no BIFF. The CLI's BIFF2 reader is held to the .xlsx path in test/cli/xls.
  "the RKAKL application's .XLS (BIFF2) with a wrong jumlah":
    "the fake Excel is built with ExcelJS, which reads no BIFF",
  "a BIFF2 .XLS cut short": "Excel's own refusal",
  "a BIFF2 chart, no worksheet": "Excel opens it as a chart, with no cells to check",
  "an Excel 4.0 (BIFF4) stream": "the fake Excel is built with ExcelJS, which reads no BIFF",
};

/** What no user should see in a message: a stack frame, an error class, the "unexpected" fallback. */
const CRASH_SIGNS = [
  /\bat \S+/,
  /Error:/,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/,
  /\bundefined\b/,
  /\[object/,
  /\bNaN\b/,
  /Kesalahan tak terduga/,
];

/** One Indonesian sentence about the user's sheet, nothing technical. */
function expectIndonesianSentence(text: string) {
  for (const sign of CRASH_SIGNS) expect(text).not.toMatch(sign);
  expect(text).not.toContain("\n");
  expect(text).toMatch(/[.)]$/);
  expect(text.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
  expect(text).toMatch(/\b(lembar|tabel|anggaran|tidak|bukan|baris)\b/i);
  expect(text).not.toMatch(/\b(the|sheet|cannot|found|error|failed)\b/i);
}

// ---- the pane, driven through its own hook -----------------------------------------------------------

function memoryStore(value: unknown): SettingsStore {
  return { load: () => value, save: () => undefined };
}

/** Excel.run as Office.js runs it, over the fake workbook's context. */
function installExcel(fake: FakeExcel) {
  (globalThis as { Excel?: unknown }).Excel = {
    run: (_options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(fake.context),
  };
}

interface Probe {
  periksa?: ReturnType<typeof usePeriksa>;
  notices: Notice[];
}

/** Renders nothing; hands the Periksa tab's hook and the pane's message area to the test. */
function PeriksaProbe({ probe }: { probe: Probe }) {
  probe.periksa = usePeriksa();
  probe.notices = usePane().notices;
  return null;
}

async function mount(node: ReactNode): Promise<{ root: Root; container: HTMLElement }> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return { root, container };
}

async function unmount({ root, container }: { root: Root; container: HTMLElement }) {
  await act(async () => root.unmount());
  container.remove();
}

/** Lets the pane's async work (Excel.run, the lazily loaded analysis) move on. */
const tick = () => act(() => new Promise<void>((r) => setTimeout(r, 1)));

type PaneOutcome =
  { kind: "report"; state: PeriksaState; notices: Notice[] } | { kind: "unusable"; message: string; notices: Notice[] };

/** Presses "Periksa lembar aktif" (the hook's run) and waits until the check is over. */
async function checkInPane(wb: FakeWorkbook, settings?: object): Promise<PaneOutcome> {
  installExcel(new FakeExcel(wb, { caps: ALL_CAPABILITIES }));
  const probe: Probe = { notices: [] };
  const mounted = await mount(
    <PaneProvider store={memoryStore(settings)}>
      <HostContext.Provider value={createExcelHost(ALL_CAPABILITIES)}>
        <PeriksaProbe probe={probe} />
      </HostContext.Provider>
    </PaneProvider>
  );
  try {
    await act(async () => probe.periksa!.run());
    const busy = () => ["reading", "analyzing"].includes(probe.periksa!.state.phase);
    while (busy()) await tick();
    const { state } = probe.periksa!;
    const errors = probe.notices.filter((n) => n.intent === "error");
    if (state.phase === "done" && state.analysis) return { kind: "report", state, notices: probe.notices };
    expect(errors).toHaveLength(1);
    return { kind: "unusable", message: errors[0].text, notices: probe.notices };
  } finally {
    await unmount(mounted);
  }
}

// ---- the CLI on the same file ------------------------------------------------------------------------

interface CliFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  row: number;
  message: string;
}

type CliOutcome =
  | { kind: "report"; sheet: string; layout: string; summary: Record<string, number>; findings: CliFinding[] }
  | { kind: "unusable"; err: string };

async function checkInCli(c: HostileCase): Promise<CliOutcome> {
  const r = await runCli(["periksa", c.file, "--json", ...(c.args ?? [])]);
  if (r.code === 2) return { kind: "unusable", err: r.err };
  expect([0, 1]).toContain(r.code);
  return { kind: "report", ...JSON.parse(r.out) };
}

/** The pane's settings for a case's CLI arguments: --sbm FILE is the CSV chosen in Pengaturan. */
function settingsFor(c: HostileCase): object | undefined {
  const args = c.args ?? [];
  const i = args.indexOf("--sbm");
  if (i < 0) return undefined;
  const file = args[i + 1];
  // File.text() in the pane decodes UTF-8 as readFile(…, "utf8") does, bad bytes included.
  return { userSbm: { name: path.basename(file), text: fs.readFileSync(file, "utf8") } };
}

async function workbookOf(file: string, active?: string): Promise<FakeWorkbook> {
  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.readFile(file);
  return fakeWorkbookFrom(xlsx, active);
}

const keyOf = (f: { rule: string; severity: string; sheet: string; cell: string; message: string }) => ({
  rule: f.rule,
  severity: f.severity,
  sheet: f.sheet,
  cell: f.cell,
  message: f.message,
});

/** The pane and the CLI agree on a case; returns the pane's outcome for further checks. */
async function expectSameAsCli(c: HostileCase, active?: (cli: CliOutcome) => string | undefined) {
  const cli = await checkInCli(c);
  expect({ name: c.name, cli: cli.kind }).toEqual({ name: c.name, cli: c.expect });
  const pane = await checkInPane(await workbookOf(c.file, active?.(cli)), settingsFor(c));
  expect({ name: c.name, pane: pane.kind }).toEqual({ name: c.name, pane: c.expect });
  if (pane.kind === "unusable") {
    expectIndonesianSentence(pane.message);
    if (c.message) expect(pane.message).toMatch(c.message);
    // No technical detail line under it either: the user's sheet, not Excel, is the problem.
    expect(pane.notices.find((n) => n.intent === "error")?.detail).toBeUndefined();
  } else if (cli.kind === "report") {
    const result = pane.state.analysis!.result;
    expect(pane.notices.filter((n) => n.intent === "error")).toEqual([]);
    expect({ name: c.name, sheet: result.sheet, layout: result.layout.kind, summary: result.summary }).toEqual({
      name: c.name,
      sheet: cli.sheet,
      layout: cli.layout,
      summary: cli.summary,
    });
    expect(result.findings.map(keyOf)).toEqual(cli.findings.map(keyOf));
    // Marked, as the pane does by default: the marks went through Excel without a failure.
    expect(pane.state.marked).toBe(true);
  }
  return pane;
}

/**
 * A snapshot as plain, comparable data: non-empty cells by A1 address, lists sorted. Empty text counts
 * as empty: Excel's Range.values shows a cell holding "" as it shows an empty one.
 */
function comparable(snap: SheetSnapshot) {
  const byCell = (grid: readonly (readonly unknown[] | undefined)[] | undefined) => {
    const out: Record<string, unknown> = {};
    grid?.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") out[toA1(r, c)] = v;
      })
    );
    return out;
  };
  return {
    name: snap.name,
    values: byCell(snap.values),
    formulas: byCell(snap.formulas),
    numberFormats: byCell(snap.numberFormats),
    merges: [...(snap.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: snap.hiddenRows ?? [],
    textNumbers: [...(snap.textNumbers ?? [])].sort(),
  };
}

// ---- the corpus --------------------------------------------------------------------------------------

const corpus = corpusForTests("telaah-pane-hostile-");
afterAll(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const inPane = () => corpus.cases.filter((c) => !(c.name in NOT_IN_THE_PANE));

describe("hostile workbooks in the Periksa tab", () => {
  it("covers every case of the corpus Excel could open, and skips only those it could not", () => {
    const names = corpus.cases.map((c) => c.name);
    for (const skipped of Object.keys(NOT_IN_THE_PANE)) expect(names).toContain(skipped);
    expect(inPane().map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "a workbook whose only sheet is empty",
        "a sheet that is not a budget (daftar hadir)",
        "merged cells across data",
        "hidden rows (header included)",
        "error values in every data cell",
        "numbers typed as text",
        "formulas returning errors",
        "odd unicode (RTL, zero-width, emoji, combining marks, controls, lone surrogates)",
      ])
    );
  });

  it("ends each unusable sheet with one Indonesian message, as the CLI ends it with exit 2", async () => {
    const unusable = inPane().filter((c) => c.expect === "unusable");
    expect(unusable.length).toBeGreaterThanOrEqual(4);
    for (const c of unusable) await expectSameAsCli(c);
  }, 60_000);

  it("reports each usable sheet with the CLI's findings", async () => {
    const usable = inPane().filter((c) => c.expect === "report");
    expect(usable.length).toBeGreaterThanOrEqual(10);
    for (const c of usable) {
      // The pane checks the active sheet: the user opens the one the CLI found the budget on.
      await expectSameAsCli(c, (cli) => (cli.kind === "report" ? cli.sheet : undefined));
    }
  }, 120_000);

  it("reads each sheet Excel shows into the snapshot the CLI reads from the file", async () => {
    for (const c of inPane()) {
      const source = await openWorkbookSource(c.file);
      const xlsx = new ExcelJS.Workbook();
      await xlsx.xlsx.readFile(c.file);
      const wb = fakeWorkbookFrom(xlsx);
      for (let i = 0; i < source.sheetNames.length; i++) {
        const read = await readSheetSnapshot(new FakeExcel(wb).context, { sheetName: source.sheetNames[i] });
        if (!read.ok) throw new Error(`${c.name}: ${read.error.message}`);
        const pane = comparable(read.value.snapshot);
        const cli = comparable(await source.sheet(i));
        expect({ case: c.name, ...pane }).toEqual({ case: c.name, ...cli });
      }
    }
  }, 60_000);

  it("says which sheet holds no budget when the active one is empty, though another sheet holds one", async () => {
    const pane = await checkInPane(await workbookOf(path.join(corpus.dir, "banyak-lembar.xlsx")));
    expect(pane.kind).toBe("unusable");
    if (pane.kind !== "unusable") return;
    expectIndonesianSentence(pane.message);
    expect(pane.message).toMatch(/^Lembar "Kosong" tidak memuat tabel anggaran/);
  });

  it("finds the wrong jumlah among numbers typed as text, as the CLI does", async () => {
    const pane = await checkInPane(await workbookOf(path.join(corpus.dir, "angka-teks.xlsx")));
    if (pane.kind !== "report") throw new Error(`expected a report, got ${pane.kind}`);
    const jumlah = pane.state.analysis!.result.findings.filter(
      (f) => f.rule === "ARITH-JUMLAH" && f.severity === "error"
    );
    expect(jumlah.map((f) => f.cell)).toEqual(["F9"]);
  });
});

describe("a large sheet in the Periksa tab", () => {
  // The corpus's million cells (20,000 rows x 50 columns) at full size: read in blocks from the
  // in-memory Excel, checked and marked; about half a minute with the CLI's run and ExcelJS's load.
  it("checks a sheet of a million cells as the CLI does", async () => {
    const file = await writeMillionCells(path.join(corpus.dir, "sejuta-sel.xlsx"));
    const pane = await expectSameAsCli({ name: "a million cells", file, expect: "report" });
    if (pane.kind !== "report") return;
    expect(pane.state.analysis!.result.layout.kind).toBe("kertas-kerja");
    expect(pane.state.analysis!.result.stats.rows).toBe(20_000);
    expect(pane.state.analysis!.result.summary.error).toBe(0);
  }, 240_000);
});

describe("the Periksa tab on a sheet that is not a budget", () => {
  it("shows the message in an error MessageBar, in Indonesian, and lists no findings", async () => {
    const wb = await workbookOf(path.join(corpus.dir, "daftar-hadir.xlsx"));
    const mounted = await mount(<App host={createExcelHost(ALL_CAPABILITIES)} store={memoryStore(undefined)} />);
    installExcel(new FakeExcel(wb, { caps: ALL_CAPABILITIES }));
    try {
      const q = (id: string) => mounted.container.querySelector(`[data-testid="${id}"]`);
      const button = q("run-check") as HTMLButtonElement;
      expect(button.textContent).toContain("Periksa lembar aktif");
      await act(async () => button.click());
      for (let i = 0; i < 500 && !q("notice-error"); i++) await tick();
      const bar = q("notice-error");
      expect(bar).not.toBeNull();
      const text = bar!.textContent ?? "";
      expect(text).toContain("Terjadi kesalahan");
      const message = text.replace("Terjadi kesalahan", "").trim();
      expectIndonesianSentence(message);
      expect(message).toBe(
        'Lembar "Daftar Hadir" tidak memuat tabel anggaran (baris judul kode/uraian/jumlah tidak ditemukan).'
      );
      expect(q("summary")).toBeNull();
      expect(q("findings-list")).toBeNull();
      expect(q("finding")).toBeNull();
      expect((q("run-check") as HTMLButtonElement).disabled).toBe(false);
    } finally {
      await unmount(mounted);
    }
  }, 60_000);
});
