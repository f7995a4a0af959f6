/**
 * Writes Excel 97-2003 workbooks for tests: BIFF8 (or BIFF5) record streams inside a compound file, as
 * Excel lays them out, with knobs for the awkward parts a reader must survive: shared strings split
 * across CONTINUE records (between strings, and inside one with a change of character width), rich
 * and phonetic runs, RK and MULRK numbers, the mini stream, and a FAT long enough to need DIFAT sectors.
 */
import { columnIndex } from "../../src/core/sheet/address";
import { double, record } from "./biff2-writer";

export type XlsCell =
  | string
  | number
  | boolean
  | null
  | { error: number }
  | { formula: number | string | boolean | { error: number }; tokens?: Buffer }
  | { number: number; format: number };

export interface XlsSheet {
  name: string;
  rows: XlsCell[][];
  merges?: { top: number; left: number; bottom: number; right: number }[];
  hiddenRows?: number[];
  /** BOUNDSHEET sheet type: 0 worksheet, 2 chart. */
  kind?: number;
  /** Shared formulas: the cells of each hold a pointer to the anchor (its first cell), which carries SHRFMLA. */
  shared?: { first: [number, number]; last: [number, number]; tokens: Buffer }[];
}

export interface XlsOptions {
  biff5?: boolean;
  date1904?: boolean;
  /** Custom FORMAT records: id -> code (ids from 164). */
  formats?: Record<number, string>;
  /** Start a CONTINUE record before shared string number k. */
  sstBreakBefore?: number;
  /** Split shared string k after `at` characters; the rest continues in 16-bit characters. */
  sstSplit?: { index: number; at: number };
  /** Give shared string k rich-text runs and a phonetic block (skipped by readers). */
  sstRich?: number;
  /** Numbers as RK where they fit (Excel does), or always NUMBER records. */
  rk?: boolean;
  filePass?: boolean;
  codePage?: number;
  /** SUPBOOK records in order: this workbook, add-in functions by name, or another workbook's sheets. */
  supBooks?: ("self" | { addin: string[] } | { external: string; sheets: string[] })[];
  /** EXTERNSHEET entries: [SUPBOOK index, first sheet, last sheet]. */
  externSheets?: [number, number, number][];
  /** NAME records (defined names), 1-based in formulas. */
  names?: string[];
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** XLUnicodeString: compressed (Latin-1) when every character fits, else UTF-16. */
function xlString(s: string, countBytes: 1 | 2 = 2): Buffer {
  const wide = [...s].some((ch) => ch.charCodeAt(0) > 0xff);
  const chars = wide ? Buffer.from(s, "utf16le") : Buffer.from(s, "latin1");
  return Buffer.concat([
    countBytes === 2 ? u16(s.length) : Buffer.from([s.length]),
    Buffer.from([wide ? 1 : 0]),
    chars,
  ]);
}

/** BIFF5 byte string. */
function byteString(s: string, countBytes: 1 | 2): Buffer {
  const chars = Buffer.from(s, "latin1");
  return Buffer.concat([countBytes === 2 ? u16(chars.length) : Buffer.from([chars.length]), chars]);
}

function bof(biff5: boolean, kind: number): Buffer {
  const body = Buffer.alloc(biff5 ? 8 : 16);
  body.writeUInt16LE(biff5 ? 0x0500 : 0x0600, 0);
  body.writeUInt16LE(kind, 2);
  return record(0x0809, body);
}

/** A double whose low 34 bits are zero fits RK's float form: its top 30 bits. */
function rkFloat(n: number): number | null {
  const b = double(n);
  return b.readUInt32LE(0) === 0 && (b.readUInt32LE(4) & 3) === 0 ? b.readUInt32LE(4) : null;
}

/** The RK forms in the order Excel tries them: integer, float, integer / 100, float / 100. */
function rkOf(n: number): number | null {
  if (Number.isInteger(n) && n >= -(2 ** 29) && n < 2 ** 29) return ((n << 2) | 2) >>> 0;
  const float = rkFloat(n);
  if (float !== null) return float;
  const x100 = Math.round(n * 100);
  if (x100 / 100 === n && x100 >= -(2 ** 29) && x100 < 2 ** 29) return ((x100 << 2) | 3) >>> 0;
  const float100 = rkFloat(n * 100);
  return float100 !== null && (n * 100) / 100 === n ? (float100 | 1) >>> 0 : null;
}

/** The shared string table as SST + CONTINUE records. */
function sstRecords(strings: string[], opts: XlsOptions): Buffer[] {
  const out: Buffer[] = [];
  let body: Buffer[] = [u32(strings.length), u32(strings.length)];
  let type = 0x00fc;
  const flush = () => {
    out.push(record(type, Buffer.concat(body)));
    body = [];
    type = 0x003c;
  };
  strings.forEach((s, k) => {
    if (opts.sstBreakBefore === k) flush();
    const rich = opts.sstRich === k;
    const header = [u16(s.length), Buffer.from([rich ? 0x0c : 0])];
    if (rich) header.push(u16(2), u32(6));
    const tail = rich ? Buffer.concat([u16(0), u16(1), u16(1), u16(2), Buffer.alloc(6, 7)]) : Buffer.alloc(0);
    if (opts.sstSplit?.index === k) {
      const at = opts.sstSplit.at;
      body.push(...header, Buffer.from(s.slice(0, at), "latin1"));
      flush();
      body.push(Buffer.from([1]), Buffer.from(s.slice(at), "utf16le"), tail);
    } else {
      const wide = [...s].some((ch) => ch.charCodeAt(0) > 0xff);
      header[1] = Buffer.from([(rich ? 0x0c : 0) | (wide ? 1 : 0)]);
      body.push(...header, wide ? Buffer.from(s, "utf16le") : Buffer.from(s, "latin1"), tail);
    }
  });
  flush();
  return out;
}

function sheetRecords(sheet: XlsSheet, sst: Map<string, number>, opts: XlsOptions): Buffer[] {
  const biff5 = !!opts.biff5;
  const out: Buffer[] = [bof(biff5, sheet.kind === 2 ? 0x0020 : 0x0010)];
  for (const r of sheet.hiddenRows ?? []) {
    const b = Buffer.alloc(16);
    b.writeUInt16LE(r, 0);
    b.writeUInt16LE(0x20 | 0x100, 12);
    out.push(record(0x0208, b));
  }
  sheet.rows.forEach((line, r) => {
    let c = 0;
    while (c < line.length) {
      const v = line[c];
      const head = (col: number, xf = 15) => Buffer.concat([u16(r), u16(col), u16(xf)]);
      // Two or more RK numbers side by side go into one MULRK, as Excel writes them.
      const run: number[] = [];
      while (
        opts.rk !== false &&
        typeof line[c + run.length] === "number" &&
        rkOf(line[c + run.length] as number) !== null
      )
        run.push(rkOf(line[c + run.length] as number)!);
      if (run.length >= 2) {
        out.push(
          record(
            0x00bd,
            Buffer.concat([
              u16(r),
              u16(c),
              ...run.map((rk) => Buffer.concat([u16(15), u32(rk)])),
              u16(c + run.length - 1),
            ])
          )
        );
        c += run.length;
        continue;
      }
      if (v === null) out.push(record(0x0201, head(c)));
      else if (typeof v === "string")
        out.push(
          biff5
            ? record(0x0204, Buffer.concat([head(c), byteString(v, 2)]))
            : record(0x00fd, Buffer.concat([head(c), u32(sst.get(v)!)]))
        );
      else if (typeof v === "number") {
        const rk = opts.rk === false ? null : rkOf(v);
        out.push(
          rk === null
            ? record(0x0203, Buffer.concat([head(c), double(v)]))
            : record(0x027e, Buffer.concat([head(c), u32(rk)]))
        );
      } else if (typeof v === "boolean")
        out.push(record(0x0205, Buffer.concat([head(c), Buffer.from([v ? 1 : 0, 0])])));
      else if ("error" in v) out.push(record(0x0205, Buffer.concat([head(c), Buffer.from([v.error, 1])])));
      else if ("number" in v) out.push(record(0x0203, Buffer.concat([head(c, v.format), double(v.number)])));
      else {
        const res = v.formula;
        const result =
          typeof res === "number"
            ? double(res)
            : typeof res === "string"
              ? Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff])
              : typeof res === "boolean"
                ? Buffer.from([1, 0, res ? 1 : 0, 0, 0, 0, 0xff, 0xff])
                : Buffer.from([2, 0, res.error, 0, 0, 0, 0xff, 0xff]);
        // Flags, a cache word, then the tokens: the cell's own, a pointer into a shared formula, or tInt 0.
        const shared = sheet.shared?.find(
          (s) => r >= s.first[0] && r <= s.last[0] && c >= s.first[1] && c <= s.last[1]
        );
        const tokens = shared ? ptg.exp(shared.first[0], shared.first[1]) : (v.tokens ?? Buffer.from([0x1e, 0, 0]));
        out.push(record(0x0006, Buffer.concat([head(c), result, u16(0), u32(0), u16(tokens.length), tokens])));
        if (shared && shared.first[0] === r && shared.first[1] === c)
          out.push(
            record(
              0x04bc,
              Buffer.concat([
                u16(shared.first[0]),
                u16(shared.last[0]),
                Buffer.from([shared.first[1], shared.last[1], 0, 1]),
                u16(shared.tokens.length),
                shared.tokens,
              ])
            )
          );
        if (typeof res === "string") out.push(record(0x0207, biff5 ? byteString(res, 2) : xlString(res)));
      }
      c++;
    }
  });
  if (sheet.merges?.length)
    out.push(
      record(
        0x00e5,
        Buffer.concat([
          u16(sheet.merges.length),
          ...sheet.merges.map((m) => Buffer.concat([u16(m.top), u16(m.bottom), u16(m.left), u16(m.right)])),
        ])
      )
    );
  out.push(record(0x000a, Buffer.alloc(0)));
  return out;
}

/** The Workbook stream: globals (with each BOUNDSHEET pointing at its sheet), then the sheets. */
export function xlsStream(sheets: XlsSheet[], opts: XlsOptions = {}): Buffer {
  const biff5 = !!opts.biff5;
  const strings: string[] = [];
  const sst = new Map<string, number>();
  for (const s of sheets)
    for (const line of s.rows)
      for (const v of line)
        if (typeof v === "string" && !sst.has(v)) {
          sst.set(v, strings.length);
          strings.push(v);
        }
  const head: Buffer[] = [bof(biff5, 0x0005)];
  if (opts.filePass) head.push(record(0x002f, Buffer.alloc(54)));
  head.push(record(0x0042, u16(opts.codePage ?? (biff5 ? 1252 : 1200))));
  if (opts.date1904) head.push(record(0x0022, u16(1)));
  for (const b of opts.supBooks ?? []) {
    if (b === "self") head.push(record(0x01ae, Buffer.concat([u16(sheets.length), u16(0x0401)])));
    else if ("addin" in b) {
      head.push(record(0x01ae, Buffer.concat([u16(1), u16(0x3a01)])));
      for (const n of b.addin) head.push(record(0x0023, Buffer.concat([u16(0), u32(0), xlString(n, 1), u16(0)])));
    } else
      head.push(
        record(0x01ae, Buffer.concat([u16(b.sheets.length), xlString(b.external), ...b.sheets.map((s) => xlString(s))]))
      );
  }
  if (opts.externSheets)
    head.push(
      record(0x0017, Buffer.concat([u16(opts.externSheets.length), ...opts.externSheets.flatMap((x) => x.map(u16))]))
    );
  for (const n of opts.names ?? [])
    head.push(
      record(
        0x0018,
        Buffer.concat([
          u16(0),
          Buffer.from([0, n.length]),
          u16(0),
          u16(0),
          u16(0),
          Buffer.alloc(4),
          Buffer.from([0]),
          Buffer.from(n, "latin1"),
        ])
      )
    );
  for (const [id, code] of Object.entries(opts.formats ?? {}))
    head.push(record(0x041e, Buffer.concat([u16(Number(id)), biff5 ? byteString(code, 1) : xlString(code)])));
  // XF k uses number format k (XF 15, the cells' default, is General): a cell picks its format by XF.
  for (let k = 0; k < 200; k++) {
    const b = Buffer.alloc(biff5 ? 16 : 20);
    b.writeUInt16LE(k === 15 ? 0 : k, 2);
    head.push(record(0x00e0, b));
  }
  const boundsheets = sheets.map((s) =>
    Buffer.concat([u32(0), Buffer.from([0, s.kind ?? 0]), biff5 ? byteString(s.name, 1) : xlString(s.name, 1)])
  );
  const sstPart = biff5 ? [] : sstRecords(strings, opts);
  const tail = [record(0x000a, Buffer.alloc(0))];
  const bodies = sheets.map((s) => Buffer.concat(sheetRecords(s, sst, opts)));
  // Positions: the globals' length is known once the BOUNDSHEET records (fixed sizes) are counted.
  const globalsLength =
    Buffer.concat(head).length +
    boundsheets.reduce((n, b) => n + 4 + b.length, 0) +
    Buffer.concat(sstPart).length +
    Buffer.concat(tail).length;
  let at = globalsLength;
  const placed = boundsheets.map((b, i) => {
    b.writeUInt32LE(at, 0);
    at += bodies[i].length;
    return record(0x0085, b);
  });
  return Buffer.concat([...head, ...placed, ...sstPart, ...tail, ...bodies]);
}

export interface CompoundOptions {
  /** Pads the workbook stream with zeros to this many bytes (Excel pads to 4096, out of the mini stream). */
  padTo?: number;
  /** Extra free sectors, to make the FAT long enough for DIFAT sectors. */
  padSectors?: number;
}

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;

/** A version 3 compound file (512-byte sectors) holding the given streams under the root. */
export function compoundFile(streams: { name: string; data: Buffer }[], opts: CompoundOptions = {}): Buffer {
  const S = 512;
  const sectors: Buffer[] = [];
  const fat: number[] = [];
  const chainOf = (data: Buffer): number => {
    if (data.length === 0) return END;
    const first = sectors.length;
    for (let at = 0; at < data.length; at += S) {
      const piece = Buffer.alloc(S);
      data.copy(piece, 0, at, Math.min(at + S, data.length));
      sectors.push(piece);
      fat.push(at + S < data.length ? sectors.length : END);
    }
    return first;
  };
  const miniParts: Buffer[] = [];
  const miniFat: number[] = [];
  const placedStreams = streams.map((s) => {
    // Streams under the 4096-byte cutoff must live in the mini stream.
    if (s.data.length < 4096) {
      const first = miniFat.length;
      for (let at = 0; at < s.data.length; at += 64) {
        const piece = Buffer.alloc(64);
        s.data.copy(piece, 0, at, Math.min(at + 64, s.data.length));
        miniParts.push(piece);
        miniFat.push(at + 64 < s.data.length ? miniFat.length + 1 : END);
      }
      return { ...s, start: s.data.length ? first : END };
    }
    return { ...s, start: chainOf(s.data) };
  });
  const miniStream = Buffer.concat(miniParts);
  const miniStart = chainOf(miniStream);
  const miniFatBytes = Buffer.concat(miniFat.map(u32));
  const miniFatStart = chainOf(miniFatBytes);
  const miniFatSectors = Math.ceil(miniFatBytes.length / S);
  for (let i = 0; i < (opts.padSectors ?? 0); i++) {
    sectors.push(Buffer.alloc(S));
    fat.push(FREE);
  }

  const entry = (name: string, type: number, start: number, size: number, child = FREE, right = FREE) => {
    const e = Buffer.alloc(128);
    Buffer.from(name, "utf16le").copy(e, 0);
    e.writeUInt16LE((name.length + 1) * 2, 0x40);
    e[0x42] = type;
    e[0x43] = 1;
    e.writeUInt32LE(FREE, 0x44);
    e.writeUInt32LE(right, 0x48);
    e.writeUInt32LE(child, 0x4c);
    e.writeUInt32LE(start >>> 0, 0x74);
    e.writeUInt32LE(size, 0x78);
    return e;
  };
  const dir = [
    entry("Root Entry", 5, miniStream.length ? miniStart : END, miniStream.length, placedStreams.length ? 1 : FREE),
    ...placedStreams.map((s, i) =>
      entry(s.name, 2, s.start, s.data.length, FREE, i + 2 <= placedStreams.length ? i + 2 : FREE)
    ),
  ];
  while (dir.length % 4) dir.push(entry("", 0, 0, 0));
  const dirStart = chainOf(Buffer.concat(dir));

  // FAT sectors (and DIFAT sectors past the header's 109) describe every sector, themselves included.
  let fatCount = 1;
  let difatCount = 0;
  for (;;) {
    const total = sectors.length + fatCount + difatCount;
    const needFat = Math.ceil(total / (S / 4));
    const needDifat = Math.max(0, Math.ceil((needFat - 109) / (S / 4 - 1)));
    if (needFat === fatCount && needDifat === difatCount) break;
    fatCount = needFat;
    difatCount = needDifat;
  }
  const fatStart = sectors.length;
  const difatStart = fatStart + fatCount;
  for (let i = 0; i < fatCount; i++) fat.push(FATSECT);
  for (let i = 0; i < difatCount; i++) fat.push(DIFSECT);
  while (fat.length < fatCount * (S / 4)) fat.push(FREE);
  for (let i = 0; i < fatCount; i++) sectors.push(Buffer.concat(fat.slice(i * 128, (i + 1) * 128).map(u32)));
  const fatIds = Array.from({ length: fatCount }, (_, i) => fatStart + i);
  for (let d = 0; d < difatCount; d++) {
    const ids = fatIds.slice(109 + d * 127, 109 + (d + 1) * 127);
    while (ids.length < 127) ids.push(FREE);
    ids.push(d + 1 < difatCount ? difatStart + d + 1 : END);
    sectors.push(Buffer.concat(ids.map(u32)));
  }

  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatCount, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(miniFatSectors ? miniFatStart : END, 0x3c);
  header.writeUInt32LE(miniFatSectors, 0x40);
  header.writeUInt32LE(difatCount ? difatStart : END, 0x44);
  header.writeUInt32LE(difatCount, 0x48);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatCount ? fatIds[i] : FREE, 0x4c + 4 * i);
  return Buffer.concat([header, ...sectors]);
}

/** A whole .xls file: the workbook stream in a compound file, as Excel saves it. */
export function writeXls(sheets: XlsSheet[], opts: XlsOptions & CompoundOptions = {}): Buffer {
  const stream = xlsStream(sheets, opts);
  const data =
    opts.padTo && stream.length < opts.padTo
      ? Buffer.concat([stream, Buffer.alloc(opts.padTo - stream.length)])
      : stream;
  return compoundFile([{ name: opts.biff5 ? "Book" : "Workbook", data }], opts);
}

/** Formula tokens (BIFF8 Ptg), built by hand for tests: concatenate them in reverse Polish order. */
export const ptg = {
  /** A cell, "$E$12" style marks absolute parts. */
  ref(a1: string, cls = 0x24): Buffer {
    const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(a1)!;
    const col = columnIndex(m[2]);
    return Buffer.concat([
      Buffer.from([cls]),
      u16(Number(m[4]) - 1),
      u16(col | (m[1] ? 0 : 0x4000) | (m[3] ? 0 : 0x8000)),
    ]);
  },
  area(a1: string): Buffer {
    const [a, b] = a1.split(":").map((x) => ptg.ref(x).subarray(1));
    return Buffer.concat([Buffer.from([0x25]), a.subarray(0, 2), b.subarray(0, 2), a.subarray(2, 4), b.subarray(2, 4)]);
  },
  /** A shared formula's relative cell: offsets from the cell the formula is in. */
  refN(dRow: number, dCol: number): Buffer {
    return Buffer.concat([Buffer.from([0x2c]), u16(dRow & 0xffff), u16((dCol & 0xff) | 0xc000)]);
  },
  areaN(dRow1: number, dRow2: number, dCol: number): Buffer {
    return Buffer.concat([
      Buffer.from([0x2d]),
      u16(dRow1 & 0xffff),
      u16(dRow2 & 0xffff),
      u16((dCol & 0xff) | 0xc000),
      u16((dCol & 0xff) | 0xc000),
    ]);
  },
  ref3d(ixti: number, a1: string): Buffer {
    return Buffer.concat([Buffer.from([0x3a]), u16(ixti), ptg.ref(a1).subarray(1)]);
  },
  int: (n: number) => Buffer.concat([Buffer.from([0x1e]), u16(n)]),
  num: (n: number) => Buffer.concat([Buffer.from([0x1f]), double(n)]),
  str: (s: string) => Buffer.concat([Buffer.from([0x17, s.length, 0]), Buffer.from(s, "latin1")]),
  bool: (b: boolean) => Buffer.from([0x1d, b ? 1 : 0]),
  err: (code: number) => Buffer.from([0x1c, code]),
  op: (o: "+" | "-" | "*" | "/" | "&" | "=" | "<>" | ":") =>
    Buffer.from([{ "+": 3, "-": 4, "*": 5, "/": 6, "&": 8, "=": 0x0b, "<>": 0x0e, ":": 0x11 }[o]]),
  neg: () => Buffer.from([0x13]),
  paren: () => Buffer.from([0x15]),
  /** SUM of one argument, as Excel writes =SUM(range). */
  sum: () => Buffer.from([0x19, 0x10, 0, 0]),
  space: () => Buffer.from([0x19, 0x40, 0, 1]),
  fn: (id: number) => Buffer.concat([Buffer.from([0x41]), u16(id)]),
  fnVar: (id: number, args: number) => Buffer.concat([Buffer.from([0x42, args]), u16(id)]),
  nameX: (ixti: number, index: number) => Buffer.concat([Buffer.from([0x39]), u16(ixti), u32(index)]),
  name: (index: number) => Buffer.concat([Buffer.from([0x43]), u32(index)]),
  exp: (row: number, col: number) => Buffer.concat([Buffer.from([0x01]), u16(row), u16(col)]),
};
