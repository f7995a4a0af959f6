import path from "path";

/** CustomFunctions as Excel provides it: the error class and the codes the functions use. */
class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeCustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

// Loaded after the global exists, as in Excel's runtime.

const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

async function excelError(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeCustomFunctionError);
    const err = e as FakeCustomFunctionError;
    return { code: err.code, message: err.message };
  }
  throw new Error("expected an Excel error value");
}

describe("=TELAAH.AKUN and =TELAAH.JENISBELANJA", () => {
  it("names an akun by its code, typed as text or as a number", async () => {
    await expect(fns.akun("521211")).resolves.toBe("Belanja Bahan");
    await expect(fns.akun(524111 as unknown as string)).resolves.toBe("Belanja Perjalanan Dinas Biasa");
  });

  it("gives #N/A with the reason for a code BAS does not have, #VALUE! for a malformed one", async () => {
    expect(await excelError(fns.akun("999999"))).toEqual({
      code: "#N/A",
      message: "Kode akun 999999 tidak ada di BAS.",
    });
    expect(await excelError(fns.akun("5212"))).toEqual({
      code: "#VALUE!",
      message: 'Kode akun harus 6 digit, bukan "5212".',
    });
    expect((await excelError(fns.akun(""))).message).toBe("Kode akun wajib diisi.");
  });

  it("gives the jenis belanja of an akun or of its two digits", async () => {
    await expect(fns.jenisbelanja("521211")).resolves.toMatch(/BARANG/i);
    await expect(fns.jenisbelanja(52 as unknown as string)).resolves.toMatch(/BARANG/i);
    expect((await excelError(fns.jenisbelanja("99"))).code).toBe("#N/A");
  });
});

describe("=TELAAH.SBM", () => {
  it("looks up a per-province amount by code or by name, any province spelling", async () => {
    await expect(fns.sbm("UH-LUAR-KOTA", "DKI Jakarta", 2026)).resolves.toBe(530000);
    await expect(fns.sbm("uh luar kota", "Prov. DKI Jakarta", 2026)).resolves.toBe(530000);
  });

  it("defaults to the latest year with a complete table", async () => {
    await expect(fns.sbm("UH-LUAR-KOTA", "DKI JAKARTA")).resolves.toBe(530000);
  });

  it("ignores the province for a national item", async () => {
    await expect(fns.sbm("KONSUMSI-MAKAN-RAKOR", "", 2026)).resolves.toBe(118000);
  });

  it("explains an unknown item, an unknown province and a year without data", async () => {
    expect(await excelError(fns.sbm("honor juri lomba", "DKI Jakarta", 2026))).toMatchObject({ code: "#VALUE!" });
    expect(await excelError(fns.sbm("UH-LUAR-KOTA", "Atlantis", 2026))).toEqual({
      code: "#VALUE!",
      message: 'Provinsi "Atlantis" tidak dikenal.',
    });
    const missing = await excelError(fns.sbm("UH-LUAR-KOTA", "DKI Jakarta", 2019));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toMatch(/^SBM TA2019 untuk uang harian perjalanan dinas luar kota di DKI JAKARTA/);
    expect((await excelError(fns.sbm("UH-LUAR-KOTA", "DKI Jakarta", 1990))).message).toMatch(/Tahun anggaran/);
  });

  it("names the candidates when the item's words match several items", async () => {
    const e = await excelError(fns.sbm("uang harian", "DKI Jakarta", 2026));
    expect(e.message).toMatch(/beberapa item \(UH-LUAR-KOTA, UH-DALAM-KOTA, UH-DIKLAT/);
  });
});

describe("=TELAAH.RPA", () => {
  const months = (pagu: number, profil: string) =>
    Promise.all(Array.from({ length: 12 }, (_, i) => fns.rpa(pagu, profil, i + 1)));

  it("splits a pagu over twelve months that add up to it exactly", async () => {
    for (const profil of ["52", "53", "ideal", "jadwal:3-5"]) {
      const plan = await months(1_234_567, profil);
      expect(plan.reduce((a, b) => a + b, 0)).toBe(1_234_567);
      expect(plan.every((v) => v >= 0 && Number.isInteger(v))).toBe(true);
    }
  });

  it("follows the profile: equal months for a flat plan, nothing outside a schedule", async () => {
    expect(await months(1_200_000, "rata:gaji13=-,thr=-")).toEqual(Array(12).fill(100_000));
    const jadwal = await months(300_000, "jadwal:3-5");
    expect(jadwal).toEqual([0, 0, 100_000, 100_000, 100_000, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("reports a bad month or profile as #VALUE! with the reason", async () => {
    expect((await excelError(fns.rpa(1000, "52", 13))).message).toBe(
      'Bulan harus bilangan bulat 1 sampai 12, bukan "13".'
    );
    const bad = await excelError(fns.rpa(1000, "bulanan", 1));
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/^Profil "bulanan" tidak dapat dibaca/);
    expect((await excelError(fns.rpa(-5, "52", 1))).message).toBe("Pagu tidak boleh negatif.");
  });
});

describe("=TELAAH.DEVIASI", () => {
  it("gives the IKPA deviation of one month", async () => {
    await expect(fns.deviasi([[100_000]], [[90_000]])).resolves.toBe(10);
    await expect(fns.deviasi([[100_000]], [[400_000]])).resolves.toBe(100);
    await expect(fns.deviasi([[0]], [[50_000]])).resolves.toBe(100);
  });

  it("averages the months whose realisation is filled in", async () => {
    await expect(fns.deviasi([[100, 200, 300]], [[100, 100, ""]])).resolves.toBe(25);
    await expect(fns.deviasi([[100], [200]], [[110], [null]])).resolves.toBe(10);
  });

  it("refuses ranges of different sizes and a range with no realisation yet", async () => {
    expect((await excelError(fns.deviasi([[1, 2]], [[1]]))).code).toBe("#VALUE!");
    expect(await excelError(fns.deviasi([[1, 2]], [["", null]]))).toEqual({
      code: "#N/A",
      message: "Belum ada realisasi yang terisi.",
    });
  });
});

describe("functions.json metadata", () => {
  it("is generated from the JSDoc for the five functions, with optional and range parameters", async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const file = path.resolve(__dirname, "../../src/functions/functions.ts");
    const result = await generateCustomFunctionsMetadata([file], false);
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as {
      functions: { id: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[];
    };
    expect(meta.functions.map((f) => f.id)).toEqual(["SBM", "AKUN", "JENISBELANJA", "RPA", "DEVIASI"]);
    const byId = Object.fromEntries(meta.functions.map((f) => [f.id, f]));
    expect(byId.SBM.parameters.map((p) => [p.name, !!p.optional])).toEqual([
      ["item", false],
      ["provinsi", false],
      ["tahun", true],
    ]);
    expect(byId.DEVIASI.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    expect(result.associate.map((a) => a.functionName)).toEqual(["sbm", "akun", "jenisbelanja", "rpa", "deviasi"]);
  });
});
