/**
 * Writes bare BIFF2 worksheet streams, as the RKAKL-DIPA application's .XLS export is written: a BOF,
 * one record per cell, an EOF. For fixtures made by code; `records` gives the raw pieces for broken ones.
 */
type Cell = string | number | boolean | null | { error: number } | { formula: number | string | boolean };

export interface Biff2Options {
  /** FORMAT records, in order: a cell's format index points into this list. */
  formats?: string[];
  /** Format index per "row,col". */
  formatOf?: Record<string, number>;
  codePage?: number;
  date1904?: boolean;
  /** 0-based rows written with height 0 (hidden). */
  hiddenRows?: number[];
  /** BOF stream type: 0x10 worksheet, 0x20 chart. */
  streamType?: number;
  eof?: boolean;
}

/** One record: type, length, body. */
export function record(type: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, body]);
}

function cellHead(row: number, col: number, format = 0): Buffer {
  const b = Buffer.alloc(7);
  b.writeUInt16LE(row, 0);
  b.writeUInt16LE(col, 2);
  b[5] = format & 0x3f;
  return b;
}

const byteString = (text: string, encoding: BufferEncoding = "latin1") => {
  const chars = Buffer.from(text, encoding);
  return Buffer.concat([Buffer.from([chars.length]), chars]);
};

/** A little-endian IEEE double, as every BIFF number is stored. */
export function double(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n, 0);
  return b;
}

export function biff2Records(rows: Cell[][], opts: Biff2Options = {}): Buffer[] {
  const out: Buffer[] = [record(0x0009, Buffer.from([0x02, 0x00, opts.streamType ?? 0x10, 0x00]))];
  if (opts.codePage !== undefined) out.push(record(0x0042, Buffer.from([opts.codePage & 0xff, opts.codePage >> 8])));
  if (opts.date1904) out.push(record(0x0022, Buffer.from([1, 0])));
  for (const f of opts.formats ?? []) out.push(record(0x001e, byteString(f)));
  for (const r of opts.hiddenRows ?? []) {
    const b = Buffer.alloc(13);
    b.writeUInt16LE(r, 0);
    out.push(record(0x0008, b));
  }
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      const head = cellHead(r, c, opts.formatOf?.[`${r},${c}`]);
      if (v === null) out.push(record(0x0001, head));
      else if (typeof v === "string") out.push(record(0x0004, Buffer.concat([head, byteString(v)])));
      else if (typeof v === "number")
        out.push(
          Number.isInteger(v) && v >= 0 && v < 65536
            ? record(0x0002, Buffer.concat([head, Buffer.from([v & 0xff, v >> 8])]))
            : record(0x0003, Buffer.concat([head, double(v)]))
        );
      else if (typeof v === "boolean") out.push(record(0x0005, Buffer.concat([head, Buffer.from([v ? 1 : 0, 0])])));
      else if ("error" in v) out.push(record(0x0005, Buffer.concat([head, Buffer.from([v.error, 1])])));
      else {
        // FORMULA: the cached result, flags, and a one-token formula (tInt 0) that is never read back.
        const res = v.formula;
        const result =
          typeof res === "number"
            ? double(res)
            : Buffer.from([typeof res === "string" ? 0 : 1, 0, res === true ? 1 : 0, 0, 0, 0, 0xff, 0xff]);
        out.push(record(0x0006, Buffer.concat([head, result, Buffer.from([0, 3, 0x1e, 0, 0])])));
        if (typeof res === "string") out.push(record(0x0007, byteString(res)));
      }
    })
  );
  if (opts.eof !== false) out.push(record(0x000a, Buffer.alloc(0)));
  return out;
}

export function writeBiff2(rows: Cell[][], opts: Biff2Options = {}): Buffer {
  return Buffer.concat(biff2Records(rows, opts));
}
