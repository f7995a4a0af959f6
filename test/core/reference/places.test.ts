import { createReferenceData } from "../../../src/core/reference/reference-data";
import { destinationProvince } from "../../../src/core/reference/places";
import { parseCsv } from "../../../src/core/reference/csv";

const places = createReferenceData().places;
const dest = (t: string) => {
  const d = destinationProvince(places.find(t));
  return d.ambiguous ? "AMBIGUOUS" : d.province?.nama;
};

describe("places in an uraian", () => {
  it.each([
    ["Uang harian ke Surabaya", "JAWA TIMUR"],
    ["Uang harian perjalanan dari Semarang ke Jakarta", "DKI JAKARTA"],
    ["Uang Harian Dosen Semarang - Purwokerto", "JAWA TENGAH"],
    ["Uang harian supervisi wilayah Jateng", "JAWA TENGAH"],
    ["Uang harian ke Kab. Kudus", "JAWA TENGAH"],
    ["Uang harian ke Kabupaten Aceh Barat", "ACEH"],
    ["Uang harian ke Kudus", "JAWA TENGAH"],
    ["Uang harian Prov. Papua Barat Daya", "PAPUA BARAT DAYA"],
    ["Uang harian ke Papua", "PAPUA"],
    ["Uang harian ke Sorong", "PAPUA BARAT DAYA"],
    ["Uang harian monitoring Bali, NTB", "AMBIGUOUS"],
    ["Uang harian petugas", undefined],
    ["Pengadaan batu kali", undefined],
  ])("%s -> %s", (text, expected) => {
    expect(dest(text)).toBe(expected);
  });

  it("needs a cue before a bare kabupaten name", () => {
    expect(places.find("Pembelian kudus").length).toBe(0);
    expect(places.find("ke Kudus").map((m) => m.text)).toEqual(["KUDUS"]);
  });
});

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, CRLF and guesses the delimiter", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
    ]);
    expect(parseCsv("a;b\n1;2,5\n")).toEqual([
      ["a", "b"],
      ["1", "2,5"],
    ]);
    expect(parseCsv("\uFEFFa\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv('a,b\n"multi\nline",2\n\n')).toEqual([
      ["a", "b"],
      ["multi\nline", "2"],
    ]);
  });
});
