/**
 * Reads a worksheet's used range into the core's SheetSnapshot in row blocks. One sync finds the used
 * range and the merged areas; then one sync per block loads values, formulas, number formats and
 * whether the block's rows are hidden. A block with some rows hidden asks for those rows' state in the
 * next block's sync, so the count of syncs follows the blocks, never the rows.
 */
import { looksNumeric, type CellValue, type MergedArea, type SheetSnapshot } from "../core/sheet/snapshot";
import { parseRange, rangeAddress } from "./addresses";
import { payloadBytes, RowBlocker, type Block, type BlockBudget } from "./blocks";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { snapshotValue } from "./cell-values";
import { Syncer } from "./batch";
import { attempt, fail, officeErrorCode, type HostResult } from "./errors";

export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
  blocks: number;
}

export interface ReadSnapshotOptions {
  caps?: Capabilities;
  /** Default: the active worksheet. */
  sheetName?: string;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  budget?: Partial<BlockBudget>;
  /** Sheets larger than this are refused with TOO_LARGE before any cell is read. */
  maxTotalCells?: number;
}

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** The used range, 0-based; the snapshot is padded to absolute coordinates. */
  area: { top: number; left: number; rows: number; columns: number };
  blocks: number;
  syncs: number;
  /** Heaviest block response, in bytes of JSON. */
  maxBlockBytes: number;
}

const DEFAULT_MAX_TOTAL_CELLS = 20_000_000;

export async function readSheetSnapshot(
  context: Excel.RequestContext,
  options: ReadSnapshotOptions = {}
): Promise<HostResult<SheetRead>> {
  return attempt(async (notices) => {
    const caps = options.caps ?? ALL_CAPABILITIES;
    const syncer = new Syncer(context, options.signal);

    const sheets = context.workbook.worksheets;
    const sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    const used = caps.usedRangeOrNull ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Asked of the whole sheet: Excel reports only merges whose top-left cell lies in the range asked
    // (office-js issue 3611). The areas themselves are loaded with the first block, once it is known
    // there are some: RangeAreas.address has listed only top-left cells (office-js issue 1590).
    const merged = caps.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    if (merged) merged.load("areaCount");
    await syncer.sync();

    const name = sheet.name;
    if (used.isNullObject) {
      return {
        snapshot: { name, values: [] },
        area: { top: 0, left: 0, rows: 0, columns: 0 },
        blocks: 0,
        syncs: syncer.count,
        maxBlockBytes: 0,
      };
    }
    const top = used.rowIndex;
    const left = used.columnIndex;
    const rows = used.rowCount;
    const cols = used.columnCount;
    if (rows * cols > (options.maxTotalCells ?? DEFAULT_MAX_TOTAL_CELLS)) {
      fail("TOO_LARGE", `${rows} baris x ${cols} kolom`);
    }

    const acc = new SnapshotBuilder(top, left, cols);
    let mergedAreas: Excel.RangeCollection | undefined;
    let mergesLoaded = false;
    const blocker = new RowBlocker(rows, cols, options.budget);
    let pending: number[] = [];
    let blocks = 0;
    let block: Block | null;
    while ((block = blocker.next())) {
      const first = top + block.start;
      const range = sheet.getRange(
        rangeAddress({ top: first, left, bottom: first + block.count - 1, right: left + cols - 1 })
      );
      range.load("values,formulas,numberFormat,rowHidden");
      // Rows of the previous block whose hidden state was mixed ride along with this block's request.
      const probes = rowProbes(sheet, pending);
      // Queued again after a refused block: a failed sync drops everything queued with it.
      if (merged && !merged.isNullObject && !mergesLoaded) mergedAreas = merged.areas.load("items/address");
      // One sync per block by design: the block size keeps each request under Excel's limits.
      if (!(await syncBlock(syncer, blocker, block))) continue;
      mergesLoaded = mergedAreas !== undefined;
      acc.addHidden(pending, probes);
      const bytes = acc.addBlock(range, first, block.count);
      pending = acc.mixedRows;
      blocker.done(block, bytes);
      blocks++;
      options.onProgress?.({ rowsRead: block.start + block.count, totalRows: rows, blocks });
    }
    if (pending.length) {
      const probes = rowProbes(sheet, pending);
      await syncer.sync();
      acc.addHidden(pending, probes);
    }

    const snapshot = acc.snapshot(name);
    if (mergedAreas) snapshot.merges = toMerges(mergedAreas.items.map((a) => a.address));
    if (!caps.mergedAreas) {
      notices.push({
        code: "NO_MERGES",
        message: "Excel ini tidak dapat melaporkan sel gabungan; judul kolom bergabung mungkin kurang dikenali.",
        messageEn: "This Excel cannot report merged cells; merged column headers may be recognised less well.",
      });
    }
    return {
      snapshot,
      area: { top, left, rows, columns: cols },
      blocks,
      syncs: syncer.count,
      maxBlockBytes: acc.maxBlockBytes,
    };
  });
}

/** One address per merged area ("'Kertas Kerja'!A1:F1"), so the sheet prefix is cut at its last "!". */
function toMerges(addresses: readonly string[]): MergedArea[] {
  const out: MergedArea[] = [];
  for (const a of addresses) {
    const b = parseRange(a);
    if (b) out.push({ top: b.top, left: b.left, bottom: b.bottom, right: b.right });
  }
  return out;
}

/** Whole-row ranges asking whether each row is hidden. Fresh proxies per attempt: a failed sync drops them. */
function rowProbes(sheet: Excel.Worksheet, rows: readonly number[]): Excel.Range[] {
  return rows.map((r) => sheet.getRange(`${r + 1}:${r + 1}`).load("rowHidden"));
}

/** Syncs one block; false when Excel refused it as too large and the block was halved for a retry. */
async function syncBlock(syncer: Syncer, blocker: RowBlocker, block: Block): Promise<boolean> {
  try {
    await syncer.sync();
    return true;
  } catch (e) {
    const code = officeErrorCode(e);
    const tooLarge = code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
    if (tooLarge && blocker.shrink(block)) return false;
    throw e;
  }
}

/** Collects loaded blocks into the snapshot's absolute, sparse arrays. */
class SnapshotBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | undefined)[][] = [];
  private readonly numberFormats: (string | undefined)[][] = [];
  private readonly hiddenRows: number[] = [];
  private readonly textNumbers = new Set<string>();
  private hasFormula = false;
  /** Rows of the last block whose hidden state was mixed, to be asked one by one. */
  mixedRows: number[] = [];
  maxBlockBytes = 0;

  constructor(
    top: number,
    private readonly left: number,
    private readonly cols: number
  ) {
    for (let r = 0; r < top; r++) this.values.push([]);
  }

  addHidden(rows: readonly number[], probes: readonly Excel.Range[]): void {
    probes.forEach((p, i) => {
      if (p.rowHidden) this.hiddenRows.push(rows[i]);
    });
  }

  /** Takes a loaded block; returns the bytes it weighed. */
  addBlock(range: Excel.Range, first: number, count: number): number {
    const { values, formulas, numberFormat, rowHidden } = range;
    const bytes = payloadBytes(values, formulas, numberFormat);
    this.maxBlockBytes = Math.max(this.maxBlockBytes, bytes);
    for (let i = 0; i < count; i++) this.addRow(first + i, values[i], formulas[i], numberFormat[i]);
    this.mixedRows = [];
    if (rowHidden === true) for (let i = 0; i < count; i++) this.hiddenRows.push(first + i);
    else if (rowHidden !== false) this.mixedRows = Array.from({ length: count }, (_, i) => first + i);
    return bytes;
  }

  private addRow(r: number, rowValues: unknown[], rowFormulas?: unknown[], rowFormats?: unknown[]): void {
    const { left, cols } = this;
    let line: CellValue[] | null = null;
    for (let j = 0; j < cols; j++) {
      const c = left + j;
      const fmt = rowFormats?.[j];
      const format = typeof fmt === "string" ? fmt : undefined;
      const v = snapshotValue(rowValues[j], format);
      const f = rowFormulas?.[j];
      const isFormula = typeof f === "string" && f.startsWith("=");
      if (v !== null) {
        if (!line) line = new Array<CellValue>(left + cols).fill(null);
        line[c] = v;
        if (!isFormula && typeof v === "string" && looksNumeric(v)) this.textNumbers.add(`${r},${c}`);
      }
      if (isFormula) {
        (this.formulas[r] ??= [])[c] = f;
        this.hasFormula = true;
      }
      if (format && format !== "General") (this.numberFormats[r] ??= [])[c] = format;
    }
    this.values[r] = line ?? [];
  }

  snapshot(name: string): SheetSnapshot {
    const snap: SheetSnapshot = {
      name,
      values: this.values,
      numberFormats: this.numberFormats,
      hiddenRows: this.hiddenRows.sort((a, b) => a - b),
      textNumbers: this.textNumbers,
    };
    if (this.hasFormula) snap.formulas = this.formulas;
    return snap;
  }
}
