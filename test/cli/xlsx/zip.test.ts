import JSZip from "jszip";
import { FastReaderDeclined } from "../../../src/cli/xlsx/declined";
import { readZipDirectory, readZipEntry } from "../../../src/cli/xlsx/zip";

async function zipOf(files: Record<string, string>, compression: "STORE" | "DEFLATE"): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression });
}

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FastReaderDeclined) return e.reason;
    throw e;
  }
  throw new Error("not declined");
}

/** Offsets of every central directory entry in an archive. */
function centralEntries(buf: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= buf.length; i++) if (buf.readUInt32LE(i) === 0x02014b50) out.push(i);
  return out;
}

describe("readZipDirectory / readZipEntry", () => {
  it.each(["STORE", "DEFLATE"] as const)("reads %s members, skipping folders", async (compression) => {
    const text = "<a>" + "x".repeat(5000) + "é</a>";
    const bytes = await zipOf({ "xl/workbook.xml": text, "xl/worksheets/sheet1.xml": "<b/>" }, compression);
    const dir = readZipDirectory(bytes);
    expect([...dir.keys()].sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(readZipEntry(bytes, dir.get("xl/workbook.xml")!).toString("utf8")).toBe(text);
  });

  it("drops a leading slash from member names, as ExcelJS does", async () => {
    const bytes = await zipOf({ "/xl/workbook.xml": "<w/>" }, "DEFLATE");
    expect([...readZipDirectory(bytes).keys()]).toEqual(["xl/workbook.xml"]);
  });

  it("declines what is not a plain archive: no directory, ZIP64 markers, encryption, other methods", async () => {
    const bytes = await zipOf({ "a.xml": "<a/>" }, "DEFLATE");
    expect(reason(() => readZipDirectory(Buffer.from("PK\x03\x04 not really a zip")))).toMatch(
      /end of central directory/
    );
    const zip64 = Buffer.from(bytes);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16);
    expect(reason(() => readZipDirectory(zip64))).toMatch(/ZIP64/);
    const encrypted = Buffer.from(bytes);
    const [entry] = centralEntries(encrypted);
    encrypted.writeUInt16LE(1, entry + 8);
    expect(reason(() => readZipDirectory(encrypted))).toMatch(/encrypted/);
    const bzip = Buffer.from(bytes);
    bzip.writeUInt16LE(12, centralEntries(bzip)[0] + 10);
    const dir = readZipDirectory(bzip);
    expect(reason(() => readZipEntry(bzip, dir.get("a.xml")!))).toMatch(/compression method 12/);
  });

  it("declines a member whose data is damaged or whose size lies", async () => {
    const bytes = await zipOf({ "a.xml": "<a>" + "hello ".repeat(200) + "</a>" }, "DEFLATE");
    const entry = readZipDirectory(bytes).get("a.xml")!;
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, 40, 60);
    expect(reason(() => readZipEntry(damaged, entry))).toMatch(/inflate|size/);
    expect(reason(() => readZipEntry(bytes, { ...entry, size: entry.size + 1 }))).toMatch(/size differs/);
    expect(reason(() => readZipEntry(bytes, { ...entry, size: 2 ** 31 }))).toMatch(/too large/);
  });
});
