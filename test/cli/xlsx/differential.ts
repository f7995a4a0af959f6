/**
 * Reads one .xlsx both ways, with ExcelJS (the CLI's reference reader) and with the fast reader, and
 * says how they compare. The fast reader may decline (FastReaderDeclined) anywhere; everything else it
 * returns must equal ExcelJS's snapshot exactly: holes in row arrays, -0, NaN and the set of text-typed
 * numbers included. Where ExcelJS cannot read a file at all, the fast reader has to decline it (the
 * file, or at least the sheet whose part is broken), so the CLI's fallback gives the user ExcelJS's
 * message as before.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { loadWorkbook, sheetSnapshot } from "../../../src/cli/read-xlsx";
import { openFastWorkbook } from "../../../src/cli/xlsx/fast-workbook";
import { FastReaderDeclined } from "../../../src/cli/xlsx/declined";

export type Outcome =
  /** Every sheet read by the fast reader equals ExcelJS's. */
  | { kind: "same"; sheets: number }
  /**
   * The fast reader declined (the file, or at least one sheet); what it did read was equal.
   * excelFails: ExcelJS fails there too (the file, or the snapshot of every declined sheet).
   */
  | { kind: "declined"; reasons: string[]; excelFails: boolean };

/** The reference: ExcelJS exactly as the CLI uses it, or the error it stops with. */
type Reference =
  { ok: true; names: string[]; sheets: ({ snap: SheetSnapshot } | { error: string })[] } | { ok: false; error: string };

let scratch: string | undefined;
let counter = 0;

/** loadWorkbook reads a path, so each case is written to a scratch folder removed at exit. */
function scratchFile(bytes: Uint8Array): string {
  if (!scratch) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-fast-xlsx-"));
    scratch = dir;
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const file = path.join(scratch, `case-${++counter}.xlsx`);
  fs.writeFileSync(file, bytes);
  return file;
}

async function reference(bytes: Uint8Array, file?: string): Promise<Reference> {
  let wb;
  try {
    wb = await loadWorkbook(file ?? scratchFile(bytes));
  } catch (e) {
    return { ok: false, error: String((e as Error).message ?? e) };
  }
  const sheets = wb.worksheets.map((ws) => {
    try {
      return { snap: sheetSnapshot(ws) };
    } catch (e) {
      return { error: String((e as Error).message ?? e) };
    }
  });
  return { ok: true, names: wb.worksheets.map((w) => w.name), sheets };
}

/** Runs one fast-reader call: its value, its decline, or a failure for any other exception. */
function attempt<T>(what: string, call: () => T): { value: T } | { declined: string } {
  try {
    return { value: call() };
  } catch (e) {
    if (e instanceof FastReaderDeclined) return { declined: `${what}: ${e.reason}` };
    throw new Error(`fast reader threw instead of declining (${what}): ${(e as Error).stack ?? e}`);
  }
}

/** Compares both readers on one workbook; throws (failing the test) at the first real difference. */
export async function compareReaders(
  bytes: Uint8Array,
  label: string,
  file?: string,
  readWhereExcelFails = false
): Promise<Outcome> {
  const ref = await reference(bytes, file);
  if (readWhereExcelFails) {
    // ExcelJS's own limit, not a fault of the XML: the fast reader must read every sheet.
    expect({ case: label, excelFails: !ref.ok }).toEqual({ case: label, excelFails: true });
    const fast = openFastWorkbook(bytes);
    fast.sheetNames.forEach((_, i) => fast.readSheet(i));
    return { kind: "same", sheets: fast.sheetNames.length };
  }
  const opened = attempt("open", () => openFastWorkbook(bytes));
  if ("declined" in opened) return { kind: "declined", reasons: [opened.declined], excelFails: !ref.ok };
  const fast = opened.value;
  const names = attempt("sheetNames", () => [...fast.sheetNames]);
  if ("declined" in names) return { kind: "declined", reasons: [names.declined], excelFails: !ref.ok };
  const reasons: string[] = [];
  if (!ref.ok) {
    // ExcelJS stops on this file, so there is nothing to compare with. The fast reader reads a sheet
    // only when asked, and by design a broken part it never reads does not stop the others; but the
    // fault has to be found somewhere: a file ExcelJS refuses must not read through in every sheet.
    const read: number[] = [];
    for (let i = 0; i < names.value.length; i++) {
      const got = attempt(`sheet ${i}`, () => fast.readSheet(i));
      if ("declined" in got) reasons.push(got.declined);
      else read.push(i);
    }
    if (reasons.length === 0)
      throw new Error(
        `${label}: ExcelJS rejects the file (${ref.error}) but the fast reader read ` +
          (read.length ? `every sheet (${read.join(", ")})` : "it, a workbook without sheets")
      );
    return { kind: "declined", reasons, excelFails: true };
  }
  expect({ case: label, sheetNames: names.value }).toEqual({ case: label, sheetNames: ref.names });
  let excelFailsToo = true;
  ref.sheets.forEach((want, i) => {
    const got = attempt(`sheet ${i}`, () => fast.readSheet(i));
    if ("declined" in got) {
      reasons.push(got.declined);
      if (!("error" in want)) excelFailsToo = false;
      return;
    }
    if ("error" in want)
      throw new Error(`${label}: ExcelJS's snapshot of sheet ${i} fails (${want.error}); the fast reader read it`);
    const differences = snapshotDifferences(got.value, want.snap);
    expect({ case: label, sheet: i, differences }).toEqual({ case: label, sheet: i, differences: [] });
  });
  if (!reasons.length) return { kind: "same", sheets: ref.sheets.length };
  return { kind: "declined", reasons, excelFails: excelFailsToo };
}

/** For the common cases: the fast reader must read every sheet, and read it exactly as ExcelJS does. */
export async function expectSame(bytes: Uint8Array, label: string, file?: string): Promise<void> {
  const outcome = await compareReaders(bytes, label, file);
  expect({ case: label, outcome }).toEqual({ case: label, outcome: { kind: "same", sheets: expect.any(Number) } });
}

/** Real files of every kind: read where ExcelJS reads them (declined only where ExcelJS fails). */
export async function expectSameWhereExcelReads(bytes: Uint8Array, label: string, file?: string): Promise<string> {
  const outcome = await compareReaders(bytes, label, file);
  if (outcome.kind === "same") return "same";
  expect({ case: label, declinedWhereExcelReads: outcome.reasons }).toEqual({
    case: label,
    declinedWhereExcelReads: outcome.excelFails ? outcome.reasons : [],
  });
  return `declined where ExcelJS fails too (${outcome.reasons.join("; ")})`;
}

/** For the odd cases: declining is accepted, a different snapshot is not. */
export async function expectSameOrDeclined(
  bytes: Uint8Array,
  label: string,
  file?: string,
  readWhereExcelFails = false
): Promise<Outcome> {
  return compareReaders(bytes, label, file, readWhereExcelFails);
}

const MAX_REPORTED = 25;

/** Every difference between two snapshots, as "path: fast ... / exceljs ..." lines (the first 25). */
export function snapshotDifferences(fast: unknown, excel: unknown): string[] {
  const out: string[] = [];
  diff(fast, excel, "snapshot", out);
  return out.length > MAX_REPORTED ? [...out.slice(0, MAX_REPORTED), `... ${out.length - MAX_REPORTED} more`] : out;
}

function show(v: unknown): string {
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (v instanceof Set) return `Set(${JSON.stringify([...v].sort())})`;
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 200 ? s.slice(0, 200) + "..." : s;
}

function diff(a: unknown, b: unknown, at: string, out: string[]): void {
  if (Object.is(a, b)) return;
  const mismatch = () => out.push(`${at}: fast ${show(a)} / exceljs ${show(b)}`);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return void mismatch();
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set)) return void mismatch();
    const onlyFast = [...a].filter((x) => !b.has(x)).sort();
    const onlyExcel = [...b].filter((x) => !a.has(x)).sort();
    if (onlyFast.length || onlyExcel.length)
      out.push(`${at}: only in fast ${show(onlyFast)}, only in exceljs ${show(onlyExcel)}`);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return void mismatch();
  if (Array.isArray(a) && Array.isArray(b)) {
    // Holes matter: a hole and an explicit undefined or null are different rows to the analyzer's loops.
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (a.length !== b.length) out.push(`${at}.length: fast ${a.length} / exceljs ${b.length}`);
    if (ka.join() !== kb.join()) out.push(`${at} keys: fast [${ka.join()}] / exceljs [${kb.join()}]`);
    for (const k of new Set([...ka, ...kb])) diff((a as never)[k], (b as never)[k], `${at}[${k}]`, out);
    return;
  }
  // Plain objects (the snapshot, merges, errors): toEqual's rule, a key holding undefined counts as absent.
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(oa), ...Object.keys(ob)]);
  for (const k of keys) diff(oa[k], ob[k], `${at}.${k}`, out);
}
