import fs from "fs";
import os from "os";
import path from "path";
import { expandInputs, namesFolder, planCopies } from "../../../src/cli/periksa/inputs";
import { UsageError } from "../../../src/cli/io";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-inputs-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Creates files (with parent folders) under `dir`; returns their full paths. */
function touch(...names: string[]): string[] {
  return names.map((n) => {
    const p = path.join(dir, n);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, "");
    return p;
  });
}

describe("expandInputs", () => {
  it("finds the workbooks below a folder in a stable order, with their copies' relative names", async () => {
    touch("b.xlsx", "a.XLSX", "satker 2/RAB.xlsm", "satker 1/RAB.xlsx", "lama.xls", "catatan.txt", "data.csv");
    const { files, emptyFolders } = await expandInputs([dir]);
    expect(files.map((f) => path.relative(dir, f.file))).toEqual([
      "a.XLSX",
      "b.xlsx",
      "lama.xls",
      path.join("satker 1", "RAB.xlsx"),
      path.join("satker 2", "RAB.xlsm"),
    ]);
    // Copies are always .xlsx (ExcelJS writes no macros) and keep the folder they were found in.
    expect(files.map((f) => f.copyName)).toEqual([
      "a.xlsx",
      "b.xlsx",
      "lama.xlsx",
      path.join("satker 1", "RAB.xlsx"),
      path.join("satker 2", "RAB.xlsx"),
    ]);
    expect(emptyFolders).toEqual([]);
  });

  it("passes over Excel's lock files, hidden entries and linked folders", async () => {
    touch("~$RAB.xlsx", ".tersembunyi.xlsx", ".git/x.xlsx", "RAB.xlsx", "luar/jauh.xlsx");
    fs.symlinkSync(path.join(dir, "luar"), path.join(dir, "tautan"));
    fs.symlinkSync(dir, path.join(dir, "luar", "putaran"));
    const { files } = await expandInputs([dir]);
    expect(files.map((f) => path.relative(dir, f.file))).toEqual(["luar/jauh.xlsx", "RAB.xlsx"].sort());
  });

  it("takes files as named (missing ones too, to be reported), once each, and names empty folders", async () => {
    const [a] = touch("a.xlsx");
    fs.mkdirSync(path.join(dir, "kosong"));
    const missing = path.join(dir, "tidak-ada.xlsx");
    const { files, emptyFolders } = await expandInputs([
      a,
      missing,
      path.join(dir, ".", "a.xlsx"),
      path.join(dir, "kosong"),
    ]);
    expect(files.map((f) => f.file)).toEqual([a, missing]);
    expect(emptyFolders).toEqual([path.join(dir, "kosong")]);
  });

  it("tells whether the command line names a folder", async () => {
    const [a] = touch("a.xlsx");
    expect(await namesFolder([a, path.join(dir, "tidak-ada")])).toBe(false);
    expect(await namesFolder([a, dir])).toBe(true);
  });
});

describe("planCopies", () => {
  it("puts each copy under the folder by its relative name", async () => {
    touch("x/a.xlsx", "y/a.xlsx");
    const { files } = await expandInputs([dir]);
    const out = path.join(dir, "keluaran");
    expect(await planCopies(files, out)).toEqual([path.join(out, "x/a.xlsx"), path.join(out, "y/a.xlsx")]);
  });

  it("refuses two inputs whose copies would share a path", async () => {
    const [a, b] = touch("x/a.xlsx", "y/a.xlsm");
    const { files } = await expandInputs([a, b]);
    await expect(planCopies(files, path.join(dir, "keluaran"))).rejects.toThrow(UsageError);
    await expect(planCopies(files, path.join(dir, "keluaran"))).rejects.toThrow(/sama-sama ditulis/);
  });

  it("never writes over a file that exists, an input or an earlier copy", async () => {
    const [a] = touch("a.xlsx");
    await expect(planCopies((await expandInputs([a])).files, dir)).rejects.toThrow(/sudah ada.*tidak menimpa/);
    const [b] = touch("masuk/b.xlsx", "keluar/b.xlsx");
    const files = (await expandInputs([b])).files;
    await expect(planCopies(files, path.join(dir, "keluar"))).rejects.toThrow(/keluar\/b\.xlsx sudah ada/);
    expect(fs.readFileSync(path.join(dir, "keluar/b.xlsx"), "utf8")).toBe("");
  });
});
