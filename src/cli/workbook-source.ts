import type ExcelJS from "exceljs";
import { TelaahInputError } from "../core/errors";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { loadWorkbookBytes, readWorkbookBytes, sheetSnapshot, workbookOfSnapshots } from "./read-xlsx";
import { openLegacyWorkbook, type LegacyWorkbook } from "./xls/legacy-workbook";
import { checkBeforeExcelJs, openFastWorkbook, type FastWorkbook } from "./xlsx/fast-workbook";

/** Which reader served a sheet. */
export type ReaderUsed = "fast" | "exceljs" | "biff";

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
  const legacy = openLegacyWorkbook(bytes, file);
  if (legacy) return legacySource(file, legacy);
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
 * A binary Excel workbook (the RKAKL application's BIFF2 .XLS, or Excel 5.0-2003): ExcelJS cannot read
 * these, so a command that writes a copy gets a new .xlsx workbook holding the sheets' values.
 */
function legacySource(file: string, workbook: LegacyWorkbook): WorkbookSource {
  let built: Promise<ExcelJS.Workbook> | undefined;
  const used: ReaderUsed[] = [];
  return {
    file,
    sheetNames: workbook.sheetNames,
    excel: () => (built ??= workbookOfSnapshots(workbook.sheetNames.map((_, i) => workbook.readSheet(i)))),
    readerOf: (index) => used[index],
    async sheet(index: number): Promise<SheetSnapshot> {
      const snap = workbook.readSheet(index);
      used[index] = "biff";
      return snap;
    },
  };
}
