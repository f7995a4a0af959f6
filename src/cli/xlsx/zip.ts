import { inflateRawSync } from "zlib";
import { decline } from "./declined";

/** One member of the archive, located through the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * Largest part inflated here. The sheet XML of a 200k-row workbook is about 45 MB; anything far beyond
 * is either a ZIP bomb or a file ExcelJS would not read either, and is left to the full reader.
 */
const MAX_PART_BYTES = 512 * 1024 * 1024;

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/**
 * Reads the central directory of a ZIP archive (the container of an .xlsx). Only what ExcelJS's own
 * reader (JSZip) reads the same way is accepted: one disk, no ZIP64, no encryption, stored or deflated
 * members. A later member of the same name replaces an earlier one, as in JSZip, and a leading "/" is
 * dropped from names, as ExcelJS does.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) decline("zip: multi-disk archive");
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) decline("zip: ZIP64");
  if (dirOffset + dirSize > eocd) decline("zip: central directory out of bounds");
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) decline("zip: bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    if (flags & 0x1) decline("zip: encrypted member");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) decline("zip: ZIP64");
    const rawName = buf.toString("latin1", p + 46, p + 46 + nameLen);
    if (/[^\x20-\x7e]/.test(rawName)) decline("zip: non-ASCII member name");
    const name = rawName.startsWith("/") ? rawName.slice(1) : rawName;
    if (!name.endsWith("/")) entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  return decline("zip: no end of central directory");
}

/** The bytes of one member, inflated. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIG) decline("zip: bad local header");
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) decline("zip: member out of bounds");
  if (entry.size > MAX_PART_BYTES) decline("zip: member too large");
  const raw = buf.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(raw, { maxOutputLength: MAX_PART_BYTES });
    } catch {
      return decline("zip: member does not inflate");
    }
  } else return decline(`zip: compression method ${entry.method}`);
  if (out.length !== entry.size) decline("zip: member size differs from the directory");
  return out;
}
