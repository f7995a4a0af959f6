/**
 * "Periksa" marks: each cell with a finding gets one fill for its worst severity, painted over many cells
 * per call, and a note (ExcelApi 1.18) or else a comment (1.10) with the findings' messages. Every cell's
 * previous fill is read first, so "Hapus tanda" (marks-clear.ts) can put it back exactly.
 */
import type { Finding, Severity } from "../core/findings/finding";
import { toA1 } from "../core/sheet/address";
import { cellOf, compressCells, type Cell } from "./addresses";
import { chunked, qualified, Syncer } from "./batch";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { attempt, fail, type HostNotice, type HostResult } from "./errors";
import { queuePaint, queueReadFills } from "./fills";
import { clearMarksOn } from "./marks-clear";
import {
  DEFAULT_MARK_COLORS,
  groupFills,
  queueLoadRecord,
  recordFrom,
  queueSaveRecord,
  type MarkRecord,
  type SavedFill,
} from "./mark-record";

export interface MarkOptions {
  caps?: Capabilities;
  /** Default: the active worksheet. Findings about other sheets are left out. */
  sheetName?: string;
  colors?: Partial<Record<Severity, string>>;
  /** Add notes/comments with the messages (default true). */
  notes?: boolean;
  language?: "id" | "en";
  /** Keep the record in the workbook so marks can be cleared after reopening (default true). */
  persist?: boolean;
  /** Cells handled per sync (reads and writes). */
  cellsPerSync?: number;
  signal?: AbortSignal;
}

export interface MarkOutcome {
  record: MarkRecord;
  cells: number;
  notes: number;
  comments: number;
  /** Cells that already had a note or comment of the user's: coloured, message not attached. */
  skippedNotes: number;
  syncs: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const LABEL: Record<"id" | "en", Record<Severity, string>> = {
  id: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};
const MAX_NOTE_CHARS = 1500;

interface Target {
  cell: Cell;
  a1: string;
  severity: Severity;
  findings: Finding[];
}

function targetsOf(findings: readonly Finding[], sheet: string): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const cell = cellOf(f.cell);
    const a1 = toA1(cell.row, cell.col);
    const t = out.get(a1);
    if (!t) out.set(a1, { cell, a1, severity: f.severity, findings: [f] });
    else {
      t.findings.push(f);
      if (RANK[f.severity] > RANK[t.severity]) t.severity = f.severity;
    }
  }
  return out;
}

export function noteText(findings: readonly Finding[], language: "id" | "en" = "id"): string {
  const head = language === "id" ? `Telaah: ${findings.length} temuan` : `Telaah: ${findings.length} finding(s)`;
  const lines = findings.map((f) => {
    const msg = language === "en" ? (f.messageEn ?? f.message) : f.message;
    return `• [${LABEL[language][f.severity]}] ${f.rule}: ${msg}`;
  });
  const text = [head, ...lines].join("\n");
  return text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text;
}

export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: MarkOptions = {}
): Promise<HostResult<MarkOutcome>> {
  return attempt(async (notices) => {
    const caps = options.caps ?? ALL_CAPABILITIES;
    const perSync = options.cellsPerSync ?? 2000;
    const colors = { ...DEFAULT_MARK_COLORS, ...options.colors };
    const language = options.language ?? "id";
    const syncer = new Syncer(context, options.signal);

    const sheets = context.workbook.worksheets;
    const sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    sheet.protection.load("protected");
    await syncer.sync();
    if (sheet.protection.protected) fail("PROTECTED");
    const name = sheet.name;

    // Marks from an earlier check come off first, so their colours are never taken for the user's fills.
    if (caps.usedRangeOrNull) {
      const saved = queueLoadRecord(context, name);
      await syncer.sync();
      const previous = recordFrom(saved);
      if (previous) await clearMarksOn(context, sheet, previous, caps, syncer, notices, perSync);
    }

    const targets = [...targetsOf(findings, name).values()];
    const noteMode = options.notes === false ? "none" : caps.notes ? "notes" : caps.comments ? "comments" : "none";
    if (options.notes !== false && noteMode === "none") notices.push(NO_NOTES);

    // Read: previous fills, and which cells already carry a note or comment of the user's.
    const previous = new Map<string, { cell: Cell; fill: SavedFill }>();
    const occupied = new Set<string>();
    if (noteMode === "comments") for (const a1 of await commentedCells(context, name, syncer)) occupied.add(a1);
    for (const batch of chunked(targets, perSync)) {
      const fills = queueReadFills(
        sheet,
        batch.map((t) => t.cell),
        caps
      );
      const existing =
        noteMode === "notes" ? batch.map((t) => sheet.notes.getItemOrNullObject(t.a1).load("content")) : [];
      // One sync per batch of cells, never per cell.
      await syncer.sync();
      const read = fills();
      for (const t of batch) previous.set(t.a1, { cell: t.cell, fill: read.get(t.a1)! });
      existing.forEach((n, i) => {
        if (!n.isNullObject) occupied.add(batch[i].a1);
      });
    }

    // Write: colours per severity, then the messages.
    const record: MarkRecord = { version: 1, sheet: name, colors, marked: [], previous: [], notes: [], comments: [] };
    record.previous = groupFills(previous);
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const cells = targets.filter((t) => t.severity === severity).map((t) => t.cell);
      if (cells.length) record.marked.push({ severity, cells: compressCells(cells) });
    }
    const writable = targets.filter((t) => !occupied.has(t.a1));
    const batches = chunked(targets, perSync);
    for (let b = 0; b < batches.length; b++) {
      const batch = batches[b];
      for (const severity of ["error", "warning", "info"] as Severity[]) {
        const cells = batch.filter((t) => t.severity === severity).map((t) => t.cell);
        if (cells.length) queuePaint(sheet, cells, colors[severity], caps);
      }
      const added: { t: Target; text: string; comment?: Excel.Comment }[] = [];
      for (const t of batch) {
        if (noteMode === "none" || occupied.has(t.a1)) continue;
        const text = noteText(t.findings, language);
        if (noteMode === "notes") {
          sheet.notes.add(t.a1, text);
          added.push({ t, text });
        } else {
          const comment = context.workbook.comments.add(qualified(name, t.a1), text);
          comment.load("id");
          added.push({ t, text, comment });
        }
      }
      // Saved with every batch, so an interrupted run can still be cleared; comment ids are only known
      // after the sync, so a final save adds them.
      if (options.persist !== false && caps.usedRangeOrNull) queueSaveRecord(context, withMessages(record, added));
      await syncer.sync();
      for (const a of added) {
        if (a.comment) record.comments.push({ id: a.comment.id, cell: a.t.a1, content: a.text });
        else record.notes.push({ cell: a.t.a1, content: a.text });
      }
    }
    if (record.comments.length && options.persist !== false && caps.usedRangeOrNull) {
      queueSaveRecord(context, record);
      await syncer.sync();
    }

    const skipped = noteMode === "none" ? 0 : targets.length - writable.length;
    if (skipped) notices.push(skippedNotice(skipped));
    return {
      record,
      cells: targets.length,
      notes: record.notes.length,
      comments: record.comments.length,
      skippedNotes: skipped,
      syncs: syncer.count,
    };
  });
}

/** The record as it will be once this batch's notes exist (for saving in the same sync). */
function withMessages(record: MarkRecord, added: { t: Target; text: string; comment?: Excel.Comment }[]): MarkRecord {
  const notes = added.filter((a) => !a.comment).map((a) => ({ cell: a.t.a1, content: a.text }));
  return { ...record, notes: [...record.notes, ...notes] };
}

/** Cells of this sheet that already hold a comment thread (two syncs, whatever the number of cells). */
async function commentedCells(context: Excel.RequestContext, sheet: string, syncer: Syncer): Promise<string[]> {
  const comments = context.workbook.comments;
  comments.load("items");
  await syncer.sync();
  const locations = comments.items.map((c) => c.getLocation().load("address"));
  await syncer.sync();
  const prefix = new Set([`${sheet}!`, `'${sheet.replace(/'/g, "''")}'!`]);
  return locations
    .map((l) => l.address)
    .filter((a) => [...prefix].some((p) => a.startsWith(p)))
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

const NO_NOTES: HostNotice = {
  code: "NO_NOTES",
  message: "Excel ini tidak mendukung catatan atau komentar dari add-in; sel hanya diberi warna.",
  messageEn: "This Excel does not support notes or comments from add-ins; cells are only coloured.",
};

function skippedNotice(n: number): HostNotice {
  return {
    code: "NOTES_SKIPPED",
    message: `${n} sel sudah memiliki catatan/komentar Anda; sel itu hanya diberi warna.`,
    messageEn: `${n} cell(s) already had your note/comment; those cells are only coloured.`,
  };
}
