/**
 * The Compound File Binary container of Excel 97-2003 (.xls): a little FAT file system inside the file.
 * Only what a workbook needs is read: the header, the FAT (with its DIFAT), the directory, the mini
 * stream, and one stream by name. Every sector number is checked and every chain is bounded, so a
 * damaged or hostile file ends in one Indonesian sentence, never a hang. Layout: [MS-CFB] sections 2.2-2.9.
 */
import { TelaahInputError } from "../../core/errors";

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/**
 * Reads the named stream (the first entry of that name, any case) of a compound file, or null when
 * there is none. `damaged` is the sentence for a container that cannot be read.
 */
export function readCompoundStream(
  bytes: Uint8Array,
  names: readonly string[],
  damaged: () => Error
): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => {
    if (at + 4 > bytes.length) throw damaged();
    return view.getUint32(at, true);
  };
  if (bytes.length < 512 || !isCompoundFile(bytes)) throw damaged();
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw damaged();
  const sectorSize = 1 << sectorShift;
  // Sector n starts after the header's own sector; the last one may be cut short by the file's end.
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (n: number) => {
    if (n >= sectorCount) throw damaged();
    return (n + 1) * sectorSize;
  };

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const numFat = u32(0x2c);
  if (numFat > sectorCount) throw damaged();
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + 4 * i));
  let difat = u32(0x44);
  for (let hops = 0; fatSectors.length < numFat; hops++) {
    if (difat === END_OF_CHAIN || difat === FREE || hops > sectorCount) throw damaged();
    const at = sectorAt(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < numFat; i++) fatSectors.push(u32(at + 4 * i));
    difat = u32(at + 4 * perSector);
  }
  const entriesPerSector = sectorSize / 4;
  const fat = new Uint32Array(fatSectors.length * entriesPerSector);
  fatSectors.forEach((s, i) => {
    const at = sectorAt(s);
    if (at + sectorSize > bytes.length) throw damaged();
    for (let j = 0; j < entriesPerSector; j++) fat[i * entriesPerSector + j] = view.getUint32(at + 4 * j, true);
  });

  /** The sectors of a chain, in order; a loop or a pointer out of range is damage. */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = table[s]) {
      if (s >= table.length || out.length > limit) throw damaged();
      out.push(s);
    }
    return out;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount);
    if (sectors.length * sectorSize < size) throw damaged();
    const out = new Uint8Array(size);
    let filled = 0;
    for (const s of sectors) {
      if (filled >= size) break;
      const at = sectorAt(s);
      const n = Math.min(sectorSize, size - filled);
      if (at + n > bytes.length) throw damaged();
      out.set(bytes.subarray(at, at + n), filled);
      filled += n;
    }
    return out;
  };

  // The directory: 128-byte entries in its own chain.
  const dirSectors = chain(u32(0x30), fat, sectorCount);
  const entries: DirEntry[] = [];
  for (const s of dirSectors) {
    const base = sectorAt(s);
    for (let at = base; at < base + sectorSize; at += 128) {
      if (at + 128 > bytes.length) throw damaged();
      const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64);
      let name = "";
      for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
      // Version 3 files keep only the low 32 bits of a stream's size.
      const size = sectorShift === 9 ? view.getUint32(at + 0x78, true) : Number(view.getBigUint64(at + 0x78, true));
      entries.push({ name, type: bytes[at + 0x42], start: view.getUint32(at + 0x74, true), size });
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw damaged();
  const wanted = names.map((n) => n.toLowerCase());
  const entry = entries.find((e) => e.type === 2 && wanted.includes(e.name.toLowerCase()));
  if (!entry || entry.start === NO_STREAM) return null;
  if (entry.size > bytes.length) throw damaged();
  if (entry.size >= u32(0x38)) return readChain(entry.start, entry.size);

  // A small stream lives in the mini stream (the root's chain), in 64-byte sectors of its own FAT.
  const miniStream = readChain(root.start, root.size);
  const miniFatSectors = u32(0x40);
  if (miniFatSectors > sectorCount) throw damaged();
  const miniFatBytes = readChain(u32(0x3c), miniFatSectors * sectorSize);
  const miniFat = new Uint32Array(miniFatBytes.length / 4);
  const mv = new DataView(miniFatBytes.buffer);
  for (let i = 0; i < miniFat.length; i++) miniFat[i] = mv.getUint32(4 * i, true);
  const miniSectors = chain(entry.start, miniFat, miniFat.length);
  const out = new Uint8Array(entry.size);
  let filled = 0;
  for (const s of miniSectors) {
    if (filled >= entry.size) break;
    const at = s << miniShift;
    const n = Math.min(64, entry.size - filled);
    if (at + n > miniStream.length) throw damaged();
    out.set(miniStream.subarray(at, at + n), filled);
    filled += n;
  }
  if (filled < entry.size) throw damaged();
  return out;
}

/** The sentence for a compound file that cannot be read as a workbook container. */
export function damagedXls(file: string): TelaahInputError {
  return new TelaahInputError(
    `${file} rusak: berkas .xls lama (Excel 97-2003) ini tidak dapat dibaca; buka di Excel lalu simpan sebagai .xlsx.`,
    "CORRUPT"
  );
}
