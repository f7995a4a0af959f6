import { cellAt, cellText, type SheetSnapshot } from "../sheet/snapshot";
import type { TitleBlock } from "./types";

const MAX_TITLE_TEXT = 300;

/** Value of a "LABEL : value" cell, or the next non-empty cell to its right. */
function valueBeside(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  text: string
): { text: string; col: number } | null {
  const after = /[:=]\s*(.+)$/.exec(text);
  if (after && after[1].trim()) return { text: after[1].trim(), col };
  const width = sheet.values[row]?.length ?? 0;
  for (let c = col + 1; c < width && c <= col + 6; c++) {
    const t = cellText(cellAt(sheet, row, c))
      .replace(/^[:\s]+/, "")
      .trim();
    if (t) return { text: t, col: c };
  }
  return null;
}

/**
 * Reads the facts of the title block above the header: LOKASI / PROVINSI, TAHUN ANGGARAN (or "TA 2026"
 * in a title), SATKER. Province text is returned as written; reference data resolves aliases.
 */
export function readTitleBlock(sheet: SheetSnapshot, beforeRow: number): TitleBlock {
  const block: TitleBlock = { sources: {} };
  for (let r = 0; r < beforeRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]).trim();
      // Title facts are short; a very long cell is a note, and its regexes could backtrack for seconds.
      if (!text || text.length > MAX_TITLE_TEXT) continue;
      if (!block.provinsi && /^(lokasi|provinsi|prov\.?)\b/i.test(text)) {
        const v = valueBeside(sheet, r, c, text);
        if (v) {
          // "KOTA SEMARANG, JAWA TENGAH": the province is the last part.
          const parts = v.text
            .split(/[,/]/)
            .map((p) => p.trim())
            .filter(Boolean);
          block.provinsi = (parts[parts.length - 1] ?? v.text).replace(/^prov(insi|\.)?\s+/i, "").trim();
          block.sources.provinsi = { row: r, col: v.col };
        }
      }
      if (!block.tahun) {
        const m =
          /(?:tahun anggaran|\bt\.?\s?a\.?)\s*:?\s*(20\d{2})\b/i.exec(text) ?? /^tahun\s*:?\s*(20\d{2})$/i.exec(text);
        if (m) {
          block.tahun = Number(m[1]);
          block.sources.tahun = { row: r, col: c };
        } else if (/^tahun anggaran\s*:?$/i.test(text)) {
          const v = valueBeside(sheet, r, c, text);
          const y = v && /\b(20\d{2})\b/.exec(v.text);
          if (y && v) {
            block.tahun = Number(y[1]);
            block.sources.tahun = { row: r, col: v.col };
          }
        }
      }
      if (!block.satker && /^(satker|satuan kerja)\b/i.test(text)) {
        const v = valueBeside(sheet, r, c, text);
        if (v) {
          block.satker = v.text;
          block.sources.satker = { row: r, col: v.col };
        }
      }
    }
  }
  return block;
}
