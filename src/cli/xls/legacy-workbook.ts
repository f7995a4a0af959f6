/**
 * Excel's binary formats, as one kind of workbook: the RKAKL application's bare BIFF2 stream (one sheet,
 * named after the file as Excel names it) and Excel 5.0-2003 compound files (BIFF5/BIFF8). Each sheet
 * is read once, when first asked for.
 */
import path from "path";
import { TelaahInputError } from "../../core/errors";
import type { SheetSnapshot } from "../../core/sheet/snapshot";
import { biffVersion, readBiff2Sheet } from "./biff2";
import { openBiff8Workbook, type LegacyWorkbook } from "./biff8";
import { damagedXls, isCompoundFile, readCompoundStream } from "./cfb";

export type { LegacyWorkbook };

/** The workbook in `bytes` when they hold a binary Excel format Telaah reads; null for anything else. */
export function openLegacyWorkbook(bytes: Uint8Array, file: string): LegacyWorkbook | null {
  if (biffVersion(bytes) === 2) {
    const name = path.basename(file, path.extname(file)).slice(0, 31);
    let sheet: SheetSnapshot | undefined;
    return {
      sheetNames: [name],
      readSheet(index) {
        if (index !== 0) throw new RangeError(`no sheet ${index}`);
        return (sheet ??= readBiff2Sheet(bytes, name, file));
      },
    };
  }
  if (!isCompoundFile(bytes)) return null;
  const damaged = () => damagedXls(file);
  const stream = readCompoundStream(bytes, ["Workbook", "Book"], damaged);
  if (!stream)
    throw new TelaahInputError(
      `${file} bukan buku kerja Excel: berkas Office lama ini (mis. dokumen Word) tidak memuat lembar kerja.`,
      "NOT_XLSX"
    );
  const workbook = openBiff8Workbook(stream, file, damaged);
  const read: SheetSnapshot[] = [];
  return {
    sheetNames: workbook.sheetNames,
    readSheet: (index) => (read[index] ??= workbook.readSheet(index)),
  };
}
