/**
 * Reading BIFF5/BIFF8 record streams: records one after another, and a cursor that reads across a record
 * and the CONTINUE records that carry it on, where long strings start again with a fresh flag byte.
 */
import type { Decode } from "./biff-common";

/** Record types ([MS-XLS] 2.3). */
export const REC = {
  Formula: 0x0006,
  Eof: 0x000a,
  ExternSheet: 0x0017,
  Name: 0x0018,
  DateMode: 0x0022,
  ExternName: 0x0023,
  FilePass: 0x002f,
  Continue: 0x003c,
  CodePage: 0x0042,
  BoundSheet: 0x0085,
  MulRk: 0x00bd,
  RString: 0x00d6,
  Xf: 0x00e0,
  MergeCells: 0x00e5,
  Sst: 0x00fc,
  LabelSst: 0x00fd,
  SupBook: 0x01ae,
  Number: 0x0203,
  Label: 0x0204,
  BoolErr: 0x0205,
  String: 0x0207,
  Row: 0x0208,
  Rk: 0x027e,
  Format: 0x041e,
  ShrFmla: 0x04bc,
  Bof: 0x0809,
} as const;

/** A stream position: [start, end) of each record body taken together (a record and its CONTINUEs). */
export type Segments = [number, number][];

/** Reads across a record and its CONTINUE records, where long strings carry on with a fresh flag byte. */
export class Cursor {
  private seg = 0;
  private pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly segs: Segments,
    private readonly damaged: () => Error
  ) {
    this.pos = segs[0][0];
  }
  private atEnd(): boolean {
    return this.pos >= this.segs[this.seg][1];
  }
  private next(): void {
    if (++this.seg >= this.segs.length) throw this.damaged();
    this.pos = this.segs[this.seg][0];
  }
  u8(): number {
    while (this.atEnd()) this.next();
    return this.bytes[this.pos++];
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  skip(n: number): void {
    for (let left = n; left > 0;) {
      while (this.atEnd()) this.next();
      const step = Math.min(left, this.segs[this.seg][1] - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  /** `count` characters, one or two bytes each; a CONTINUE inside them restates the width first. */
  chars(count: number, wide: boolean): string {
    let out = "";
    let left = count;
    let two = wide;
    while (left > 0) {
      if (this.atEnd()) {
        this.next();
        two = (this.bytes[this.pos++] & 1) === 1;
      }
      const room = this.segs[this.seg][1] - this.pos;
      const n = Math.min(left, two ? room >> 1 : room);
      if (n === 0) throw this.damaged();
      for (let i = 0; i < n; i++) {
        out += String.fromCharCode(two ? this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8) : this.bytes[this.pos]);
        this.pos += two ? 2 : 1;
      }
      left -= n;
    }
    return out;
  }
  /** XLUnicodeString (16-bit count) or, in BIFF5, a byte string in the file's code page. */
  unicodeString(biff8: boolean, decode: Decode, countBytes: 1 | 2 = 2): string {
    const count = countBytes === 2 ? this.u16() : this.u8();
    if (!biff8) {
      const raw = new Uint8Array(count);
      for (let i = 0; i < count; i++) raw[i] = this.u8();
      return decode(raw);
    }
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const s = this.chars(count, (flags & 1) === 1);
    this.skip(4 * runs + ext);
    return s;
  }
}

export interface RecordAt {
  type: number;
  start: number;
  length: number;
}

/** The records from `at` on; each with the CONTINUE records that follow it gathered as segments. */
export function* recordsFrom(bytes: Uint8Array, at: number, damaged: () => Error): Generator<RecordAt> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = at;
  while (pos + 4 <= bytes.length) {
    const type = view.getUint16(pos, true);
    const length = view.getUint16(pos + 2, true);
    if (pos + 4 + length > bytes.length) throw damaged();
    yield { type, start: pos + 4, length };
    pos += 4 + length;
  }
}

export function segmentsOf(bytes: Uint8Array, r: RecordAt): Segments {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const segs: Segments = [[r.start, r.start + r.length]];
  let pos = r.start + r.length;
  while (pos + 4 <= bytes.length && view.getUint16(pos, true) === REC.Continue) {
    const length = view.getUint16(pos + 2, true);
    if (pos + 4 + length > bytes.length) break;
    segs.push([pos + 4, pos + 4 + length]);
    pos += 4 + length;
  }
  return segs;
}
