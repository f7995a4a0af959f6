import path from "path";
import type ExcelJS from "exceljs";
import { TelaahInputError } from "../core/errors";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { loadWorkbookBytes, readWorkbookBytes, sheetSnapshot, workbookOfSnapshot } from "./read-xlsx";
import { biffVersion, readBiff2Sheet } from "./xls/biff2";
import { checkBeforeExcelJs, openFastWorkbook, type FastWorkbook } from "./xlsx/fast-workbook";

/** Which reader served a sheet. */
export type ReaderUsed = "fast" | "exceljs" | "biff2";

/**
 * A workbook file opened for reading: its sheet names at once, each sheet's snapshot on demand.
 * Sheets are read by the fast reader (src/cli/xlsx); ExcelJS's full model is loaded only when a
 * command writes a copy, or when the fast reader declines something it cannot read exactly as ExcelJS
 * does. Either way the snapshot is the same (test/cli/xlsx holds the two readers to that).
 */
export interface WorkbookSource {
  readonly file: string;
  readonly sheetNames: readonly string[];
  sheet(index: number): Promise<SheetSnapshot>;
  /** ExcelJS's model of the same file, loaded once. */
  excel(): Promise<ExcelJS.Workbook>;
  /** The reader that served sheet `index`, once it has been read. */
  readerOf(index: number): ReaderUsed | undefined;
}

/** TELAAH_PEMBACA=exceljs turns the fast reader off (to compare, or to rule it out). */
function fastReaderWanted(): boolean {
  return (process.env.TELAAH_PEMBACA ?? "").toLowerCase() !== "exceljs";
}

export async function openWorkbookSource(file: string): Promise<WorkbookSource> {
  const bytes = await readWorkbookBytes(file);
  if (biffVersion(bytes) === 2) return biff2Source(file, bytes);
  let loaded: Promise<ExcelJS.Workbook> | undefined;
  const excel = (): Promise<ExcelJS.Workbook> => {
    if (!loaded) {
      checkBeforeExcelJs(bytes);
      loaded = loadWorkbookBytes(bytes, file);
    }
    return loaded;
  };
  const used: ReaderUsed[] = [];
  let fast: FastWorkbook | undefined;
  if (fastReaderWanted())
    try {
      fast = openFastWorkbook(bytes);
    } catch (e) {
      // Declined (or a fault of the fast reader): ExcelJS reads the file, or says why it cannot.
      if (e instanceof TelaahInputError) throw e;
      fast = undefined;
    }
  const sheetNames = fast ? fast.sheetNames : (await excel()).worksheets.map((w) => w.name);
  return {
    file,
    sheetNames,
    excel,
    readerOf: (index) => used[index],
    async sheet(index: number): Promise<SheetSnapshot> {
      if (fast)
        try {
          const snap = fast.readSheet(index);
          used[index] = "fast";
          return snap;
        } catch (e) {
          // As above: this sheet goes to ExcelJS.
          if (e instanceof TelaahInputError) throw e;
        }
      const ws = (await excel()).worksheets[index];
      if (!ws) throw new RangeError(`no sheet ${index}`);
      used[index] = "exceljs";
      return sheetSnapshot(ws);
    },
  };
}

/**
 * The RKAKL application's BIFF2 .XLS: one sheet, named after the file as Excel names it. ExcelJS cannot
 * read BIFF, so a command that writes a copy gets a new .xlsx workbook holding the sheet's values.
 */
function biff2Source(file: string, bytes: Buffer): WorkbookSource {
  const sheet = readBiff2Sheet(bytes, path.basename(file, path.extname(file)).slice(0, 31), file);
  let built: Promise<ExcelJS.Workbook> | undefined;
  return {
    file,
    sheetNames: [sheet.name],
    excel: () => (built ??= workbookOfSnapshot(sheet)),
    readerOf: (index) => (index === 0 ? "biff2" : undefined),
    async sheet(index: number): Promise<SheetSnapshot> {
      if (index !== 0) throw new RangeError(`no sheet ${index}`);
      return sheet;
    },
  };
}
