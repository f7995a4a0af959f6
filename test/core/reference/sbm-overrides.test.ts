import { createReferenceData, referenceDataFromInputs } from "../../../src/core/reference/reference-data";
import {
  isSbmOverrideSheetName,
  parseSbmOverrideCsv,
  readSbmOverrideSheet,
  readSbmOverrideSheets,
} from "../../../src/core/reference/sbm-overrides";
import { sheetOf } from "../../helpers/sheets";

const HEADER = ["Tahun", "Kode Item", "Provinsi", "Uraian", "Satuan", "Nilai (Rp)", "Sumber"];

describe("user standar biaya", () => {
  it("recognises the documented sheet names", () => {
    for (const n of ["SBM_PENGGUNA", "sbm pengguna", "Telaah SBM", "TELAAH_SBM"])
      expect(isSbmOverrideSheetName(n)).toBe(true);
    for (const n of ["Sheet1", "SBM", "RAB"]) expect(isSbmOverrideSheetName(n)).toBe(false);
  });

  it("reads a sheet below a title, with Indonesian numbers and province aliases", () => {
    const set = readSbmOverrideSheet(
      sheetOf(
        [
          ["Standar biaya satker (surat persetujuan)"],
          [],
          HEADER,
          [2027, "UH-LUAR-KOTA", "Jabar", "uang harian luar kota", "OH", "450.000", "PMK SBM 2027"],
          [2027, "honor-moderator", "", "moderator", "OK", 750000, ""],
          [],
          ["2027", "TIKET-EKONOMI", "", "tiket", "orang/PP", "Rp 2.500.000", ""],
        ],
        { name: "SBM_PENGGUNA" }
      )
    )!;
    expect(set.sumber).toBe("lembar SBM_PENGGUNA");
    expect(set.rows.map((r) => [r.tahun, r.item, r.provinsi, r.nilai.toNumber(), r.lokasi])).toEqual([
      [2027, "UH-LUAR-KOTA", "JAWA BARAT", 450000, "lembar SBM_PENGGUNA baris 4"],
      [2027, "HONOR-MODERATOR", "", 750000, "lembar SBM_PENGGUNA baris 5"],
    ]);
    // A route item needs its rute column, which this sheet lacks.
    expect(set.problems).toEqual([
      { lokasi: "lembar SBM_PENGGUNA baris 7", pesan: "TIKET-EKONOMI memerlukan kolom rute (asal - tujuan)" },
    ]);
  });

  it("reports bad rows and keeps the good ones", () => {
    const set = readSbmOverrideSheet(
      sheetOf([
        HEADER,
        [2026, "UH-LUAR-KOTA", "Atlantis", "", "OH", 1, ""],
        [2026, "UH-LUAR-KOTA", "Bali", "", "OH", 0, ""],
        [20, "UH-LUAR-KOTA", "Bali", "", "OH", 1, ""],
        [2026, "HONOR-MODERATOR", "Bali", "", "OK", 1, ""],
        [2026, "UH-DIKLAT", "Bali", "", "OH", 200000, ""],
        [2026, "UH-DIKLAT", "BALI", "", "OH", 250000, ""],
      ])
    )!;
    expect(set.rows.map((r) => r.nilai.toNumber())).toEqual([200000]);
    expect(set.problems.map((p) => p.pesan)).toEqual([
      'provinsi "Atlantis" tidak dikenal',
      'nilai "0" bukan jumlah positif',
      'tahun "20" tidak wajar',
      "HONOR-MODERATOR berlaku nasional; kolom provinsi harus kosong",
      "sama dengan lembar Sheet1 baris 6 (tahun, kode item, provinsi, rute); yang dipakai baris pertama",
    ]);
  });

  it("reports an override sheet without a usable header", () => {
    const sets = readSbmOverrideSheets({
      sheets: [sheetOf([["apa saja"]], { name: "Telaah SBM" }), sheetOf([["x"]], { name: "RAB" })],
    });
    expect(sets).toEqual([
      {
        sumber: "lembar Telaah SBM",
        rows: [],
        problems: [
          { lokasi: "lembar Telaah SBM", pesan: "baris judul dengan kolom tahun, kode item dan nilai tidak ditemukan" },
        ],
      },
    ]);
  });

  it("reads CSV with ; or , and a rute column", () => {
    const semi = parseSbmOverrideCsv(
      'tahun;kode item;provinsi;uraian;satuan;nilai;sumber;rute\n2027;TIKET-EKONOMI;;tiket;orang/PP;"2.500.000";;Jakarta - Ambon\n',
      "sbm.csv"
    );
    expect(semi.problems).toEqual([]);
    expect(semi.rows[0]).toMatchObject({
      tahun: 2027,
      item: "TIKET-EKONOMI",
      kunci: "Jakarta>Ambon",
      lokasi: "berkas sbm.csv baris 2",
    });
    const comma = parseSbmOverrideCsv('tahun,kode,nilai\n2027,UH-DIKLAT,"150.000"\n', "b.csv");
    expect(comma.problems.map((p) => p.pesan)).toEqual([]);
    expect(comma.rows[0].nilai.toNumber()).toBe(150000);
    expect(parseSbmOverrideCsv("a,b\n1,2\n", "c.csv").problems[0].pesan).toBe(
      "kolom tahun, kode, nilai tidak ditemukan"
    );
    expect(parseSbmOverrideCsv("", "d.csv").problems[0].pesan).toBe("berkas kosong");
  });

  it("earlier override sets win over later ones", () => {
    const a = parseSbmOverrideCsv("tahun;kode;provinsi;nilai\n2026;UH-DIKLAT;Bali;1000\n", "cli.csv");
    const b = parseSbmOverrideCsv(
      "tahun;kode;provinsi;nilai\n2026;UH-DIKLAT;Bali;2000\n2026;UH-DIKLAT;NTB;3000\n",
      "sheet.csv"
    );
    const ref = createReferenceData({ overrides: [a, b] });
    expect(ref.sbm.get(2026, "UH-DIKLAT", "Bali")?.nilai.toNumber()).toBe(1000);
    expect(ref.sbm.get(2026, "UH-DIKLAT", "NTB")?.nilai.toNumber()).toBe(3000);
    expect(ref.overrides).toEqual([
      { sumber: "berkas cli.csv", rows: 1 },
      { sumber: "berkas sheet.csv", rows: 2 },
    ]);
  });
});

describe("referenceDataFromInputs", () => {
  it("reads --sbm files and the workbook's override sheets, files first", () => {
    const sheet = sheetOf(
      [HEADER, [2027, "UH-DIKLAT", "Bali", "", "OH", 2000, ""], [2027, "UH-DIKLAT", "NTB", "", "OH", 3000, ""]],
      { name: "SBM_PENGGUNA" }
    );
    const ref = referenceDataFromInputs({
      files: [{ name: "sbm.csv", text: "tahun;kode;provinsi;nilai\n2027;UH-DIKLAT;Bali;1000\n" }],
      workbook: { sheets: [sheetOf([["RAB"]], { name: "RAB" }), sheet] },
    });
    expect(ref.sbm.get(2027, "UH-DIKLAT", "Bali")?.sumber).toBe("pengguna: berkas sbm.csv baris 2");
    expect(ref.sbm.get(2027, "UH-DIKLAT", "NTB")?.sumber).toBe("pengguna: lembar SBM_PENGGUNA baris 3");
    expect(ref.overrides).toEqual([
      { sumber: "berkas sbm.csv", rows: 1 },
      { sumber: "lembar SBM_PENGGUNA", rows: 2 },
    ]);
  });
});
