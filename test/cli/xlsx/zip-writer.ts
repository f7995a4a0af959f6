/**
 * A small ZIP writer for test packages, so each variant controls what other writers vary: stored or
 * deflated entries, entry order and names (a leading '/'), data descriptors after the data (streaming
 * writers), ZIP64 records, and compression methods no reader knows.
 */
import zlib from "zlib";

export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default); any other number is written as is over stored bytes. */
  method?: number;
}

export interface ZipOptions {
  /** Sizes and offsets in ZIP64 extra fields, with the ZIP64 end records. */
  zip64?: boolean;
  /** CRC and sizes in a data descriptor after each entry's data (flag bit 3), zero in the header. */
  dataDescriptor?: boolean;
  /** Method for entries that name none. */
  method?: number;
}

/** Little-endian byte builder. */
class Bytes {
  private parts: Buffer[] = [];
  length = 0;
  private push(b: Buffer) {
    this.parts.push(b);
    this.length += b.length;
    return this;
  }
  u16(v: number) {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(v);
    return this.push(b);
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    return this.push(b);
  }
  u64(v: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    return this.push(b);
  }
  raw(b: Uint8Array) {
    return this.push(Buffer.from(b));
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (2026 - 1980) * 512 + 1 * 32 + 5; // 2026-01-05

export function writeZip(entries: ZipEntryInput[], opts: ZipOptions = {}): Uint8Array {
  const out = new Bytes();
  const central = new Bytes();
  const z64 = !!opts.zip64;
  const flags = 0x0800 | (opts.dataDescriptor ? 0x0008 : 0); // UTF-8 names
  const version = z64 ? 45 : 20;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const method = e.method ?? opts.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data);
    const offset = out.length;
    const inHeader = !opts.dataDescriptor;
    const extra = new Bytes();
    if (z64)
      extra
        .u16(1)
        .u16(16)
        .u64(inHeader ? data.length : 0)
        .u64(inHeader ? body.length : 0);
    const extraBytes = extra.done();
    out.u32(0x04034b50).u16(version).u16(flags).u16(method).u16(DOS_TIME).u16(DOS_DATE);
    out.u32(inHeader ? crc : 0);
    if (z64) out.u32(0xffffffff).u32(0xffffffff);
    else out.u32(inHeader ? body.length : 0).u32(inHeader ? data.length : 0);
    out.u16(name.length).u16(extraBytes.length).raw(name).raw(extraBytes).raw(body);
    if (opts.dataDescriptor) {
      out.u32(0x08074b50).u32(crc);
      if (z64) out.u64(body.length).u64(data.length);
      else out.u32(body.length).u32(data.length);
    }
    const cextra = new Bytes();
    if (z64) cextra.u16(1).u16(24).u64(data.length).u64(body.length).u64(offset);
    const cextraBytes = cextra.done();
    central.u32(0x02014b50).u16(version).u16(version).u16(flags).u16(method).u16(DOS_TIME).u16(DOS_DATE);
    central.u32(crc);
    if (z64) central.u32(0xffffffff).u32(0xffffffff);
    else central.u32(body.length).u32(data.length);
    central.u16(name.length).u16(cextraBytes.length).u16(0).u16(0).u16(0).u32(0);
    central
      .u32(z64 ? 0xffffffff : offset)
      .raw(name)
      .raw(cextraBytes);
  }
  const cdOffset = out.length;
  const cd = central.done();
  out.raw(cd);
  if (z64) {
    const z64End = out.length;
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0);
    out.u64(entries.length).u64(entries.length).u64(cd.length).u64(cdOffset);
    out.u32(0x07064b50).u32(0).u64(z64End).u32(1);
    out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  } else {
    out.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(cd.length).u32(cdOffset).u16(0);
  }
  return new Uint8Array(out.done());
}
