/**
 * A1 address strings for Office.js calls: rectangles, cell lists compressed into column runs, and
 * comma-joined lists for worksheet.getRanges split into chunks Excel accepts.
 */
import { fromA1, toA1 } from "../core/sheet/address";

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Cell {
  row: number;
  col: number;
}

/**
 * getRanges fails on long lists ("The argument is invalid") somewhere past ~8,000 characters, and the
 * point varies (office-js issue 5198); 2,000 keeps well clear of it.
 */
export const MAX_ADDRESS_CHARS = 2000;

export function rangeAddress(b: Bounds): string {
  const a = toA1(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${toA1(b.bottom, b.right)}`;
}

/** Removes the sheet prefix: "Sheet1!A1:B2" or "'Kertas Kerja, 2026'!A1" -> "A1:B2" / "A1". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address.trim() : address.slice(bang + 1).trim();
}

/** "A1:C5" (optionally with a sheet and $) -> 0-based bounds; null when it is not a cell or rectangle. */
export function parseRange(address: string): Bounds | null {
  const [a, b] = stripSheet(address).split(":");
  const s = fromA1(a);
  const e = b === undefined ? s : fromA1(b);
  if (!s || !e) return null;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/**
 * RangeAreas.address ("Sheet1!A1:B2,Sheet1!D4" or "'a,b'!A1:B2,'a,b'!C3") -> rectangles. Sheet names
 * may hold commas inside quotes, so the prefixes go first and only then is the list split.
 */
export function parseAreas(address: string): Bounds[] {
  const bare = address.replace(/(?:'(?:[^']|'')*'|[^'!,\s]+)!/g, "");
  const out: Bounds[] = [];
  for (const part of bare.split(",")) {
    const b = part.trim() ? parseRange(part) : null;
    if (b) out.push(b);
  }
  return out;
}

/**
 * Cells -> addresses of vertical runs per column ("F10:F25", "H7"), in column then row order. Findings
 * sit mostly in one or two columns, so runs keep the lists short.
 */
export function compressCells(cells: Iterable<Cell>): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.col);
    if (!rows) byCol.set(c.col, (rows = []));
    rows.push(c.row);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push(rangeAddress({ top: start, left: col, bottom: prev, right: col }));
      start = prev = r;
    }
  }
  return out;
}

/** Comma-joined address lists, each at most `maxChars` long (one address longer than that stands alone). */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** "B12" -> cell; throws on anything else, since callers pass addresses they built themselves. */
export function cellOf(address: string): Cell {
  const c = fromA1(stripSheet(address));
  if (!c) throw new RangeError(`alamat sel tidak sah: ${address}`);
  return c;
}

export function cellKey(c: Cell): string {
  return toA1(c.row, c.col);
}
