/**
 * "Hapus tanda": puts back each marked cell's previous fill and removes the notes and comments Telaah
 * added. A cell whose fill the user changed after marking keeps the user's fill, and a note or comment
 * the user edited stays; the outcome counts both.
 */
import { toA1 } from "../core/sheet/address";
import type { Cell } from "./addresses";
import { chunked, Syncer } from "./batch";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { attempt, fail, type HostNotice, type HostResult } from "./errors";
import { queueReadFills, queueRestoreFills } from "./fills";
import { queueLoadRecord, recordCells, recordFrom, type MarkRecord, type SavedFill } from "./mark-record";

export interface ClearOptions {
  caps?: Capabilities;
  /** The record returned by markFindings; default: the one saved in the workbook for the sheet. */
  record?: MarkRecord;
  /** Default: the record's sheet, else the active worksheet. */
  sheetName?: string;
  cellsPerSync?: number;
  signal?: AbortSignal;
}

export interface ClearOutcome {
  restored: number;
  /** Cells whose fill the user changed after marking: left as the user made them. */
  keptUserFill: number;
  notesRemoved: number;
  commentsRemoved: number;
  /** Notes/comments the user edited after marking: left in place. */
  keptEdited: number;
  syncs: number;
}

export async function clearMarks(
  context: Excel.RequestContext,
  options: ClearOptions = {}
): Promise<HostResult<ClearOutcome>> {
  return attempt(async (notices) => {
    const caps = options.caps ?? ALL_CAPABILITIES;
    const syncer = new Syncer(context, options.signal);
    const sheets = context.workbook.worksheets;
    const sheetName = options.sheetName ?? options.record?.sheet;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    sheet.protection.load("protected");
    await syncer.sync();
    if (sheet.protection.protected) fail("PROTECTED");

    const saved = caps.usedRangeOrNull ? queueLoadRecord(context, sheet.name) : undefined;
    if (saved) await syncer.sync();
    const record = options.record ?? (saved ? recordFrom(saved) : null);
    if (!record) {
      notices.push({
        code: "NOTHING_TO_CLEAR",
        message: "Tidak ada tanda Telaah pada lembar ini.",
        messageEn: "There are no Telaah marks on this sheet.",
      });
      return { restored: 0, keptUserFill: 0, notesRemoved: 0, commentsRemoved: 0, keptEdited: 0, syncs: syncer.count };
    }
    const outcome = await clearMarksOn(context, sheet, record, caps, syncer, notices, options.cellsPerSync, saved);
    return { ...outcome, syncs: syncer.count };
  });
}

/**
 * Clears one record's marks on a sheet already loaded; used by clearMarks and by markFindings before it
 * marks again. Reads the current state in batches, then restores in batches.
 */
export async function clearMarksOn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  record: MarkRecord,
  caps: Capabilities,
  syncer: Syncer,
  notices: HostNotice[],
  cellsPerSync = 2000,
  saved?: Excel.Setting
): Promise<Omit<ClearOutcome, "syncs">> {
  const cells = [...recordCells(record).values()];
  let restored = 0;
  let keptUserFill = 0;
  for (const batch of chunked(cells, cellsPerSync)) {
    const current = queueReadFills(
      sheet,
      batch.map((e) => e.cell),
      caps
    );
    // One sync to read a batch of cells and one to restore it; never one per cell.
    await syncer.sync();
    const now = current();
    const restore = new Map<string, { cell: Cell; fill: SavedFill }>();
    for (const e of batch) {
      const a1 = toA1(e.cell.row, e.cell.col);
      const painted = e.severity ? record.colors[e.severity] : undefined;
      if (painted && stillPainted(now.get(a1), painted)) restore.set(a1, e);
      else keptUserFill++;
    }
    queueRestoreFills(sheet, restore, caps);
    await syncer.sync();
    restored += restore.size;
  }

  let notesRemoved = 0;
  let commentsRemoved = 0;
  let keptEdited = 0;
  for (const batch of chunked(record.notes, cellsPerSync)) {
    if (!caps.notes) break;
    const notes = batch.map((n) => sheet.notes.getItemOrNullObject(n.cell).load("content"));
    await syncer.sync();
    notes.forEach((n, i) => {
      if (n.isNullObject) return;
      if (n.content === batch[i].content) {
        n.delete();
        notesRemoved++;
      } else keptEdited++;
    });
    await syncer.sync();
  }
  for (const batch of chunked(record.comments, cellsPerSync)) {
    if (!caps.comments) break;
    const comments = batch.map((c) => context.workbook.comments.getItemOrNullObject(c.id).load("content"));
    await syncer.sync();
    comments.forEach((c, i) => {
      if (c.isNullObject) return;
      if (c.content === batch[i].content) {
        c.delete();
        commentsRemoved++;
      } else keptEdited++;
    });
    await syncer.sync();
  }
  if (saved && !saved.isNullObject) {
    saved.delete();
    await syncer.sync();
  }
  if (keptUserFill) {
    notices.push({
      code: "FILL_CHANGED",
      message: `${keptUserFill} sel tidak dikembalikan warnanya karena sudah Anda ubah setelah diperiksa.`,
      messageEn: `${keptUserFill} cell(s) kept the fill you gave them after the check.`,
    });
  }
  if (keptEdited) {
    notices.push({
      code: "NOTE_EDITED",
      message: `${keptEdited} catatan/komentar dibiarkan karena isinya sudah Anda ubah.`,
      messageEn: `${keptEdited} note(s)/comment(s) were kept because you edited them.`,
    });
  }
  return { restored, keptUserFill, notesRemoved, commentsRemoved, keptEdited };
}

function stillPainted(fill: SavedFill | undefined, painted: string): boolean {
  if (!fill || !fill.color) return false;
  const samePattern = fill.pattern === null || fill.pattern === "Solid";
  return samePattern && fill.color.toUpperCase() === painted.toUpperCase();
}
