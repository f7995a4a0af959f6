/**
 * `telaah periksa` over several files and folders, in process. Under jest the worker threads cannot load
 * the TypeScript sources, so the pool does the work in this thread, as it does wherever no worker
 * starts; batch-workers.test.ts runs the same through real threads.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { runPeriksa } from "../../../src/cli/commands/periksa";
import { defaultThreads } from "../../../src/cli/periksa/batch";
import { runCli } from "../../helpers/cli";

const GOLDEN = path.resolve(__dirname, "../../fixtures/golden");
const CLEAN = path.join(GOLDEN, "kertas-kerja-bersih.xlsx");
const FAULTY = path.join(GOLDEN, "rab-cacat.xlsx");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-batch-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Copies fixtures into the test folder under the given names. */
function place(files: Record<string, string>): void {
  for (const [name, from] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, name));
  }
}

interface BatchJson {
  files: ({ file: string; error: string } | { file: string; summary: Record<string, number>; findings: unknown[] })[];
  summary: Record<string, number>;
}

describe("telaah periksa over many files", () => {
  it("checks a folder file by file: one report each, then a table, exit 1 for error findings", async () => {
    place({ "a/bersih.xlsx": CLEAN, "b/cacat.xlsx": FAULTY });
    const r = await runCli(["periksa", dir]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const single = await runCli(["periksa", path.join(dir, "b/cacat.xlsx")]);
    // The file's own report is part of the run's output, unchanged.
    expect(r.out).toContain(single.out);
    const table = r.out.slice(r.out.indexOf("Ringkasan:"));
    expect(table.split("\n")[0]).toBe("Ringkasan: 2 berkas, 2 diperiksa, 0 tidak dapat dipakai");
    expect(table).toMatch(/^\s+0\s+0\s+0\s+\d+\s+.*a\/bersih\.xlsx$/m);
    expect(table).toMatch(
      new RegExp(
        `Jumlah temuan: ${JSON.parse((await runCli(["periksa", path.join(dir, "b/cacat.xlsx"), "--json"])).out).summary.error} galat`
      )
    );
  });

  it("gives the same findings per file as a run on that file alone", async () => {
    place({ "1.xlsx": FAULTY, "2.xlsx": CLEAN, "3.xlsx": path.join(GOLDEN, "kertas-kerja-cacat.xlsx") });
    const r = await runCli(["periksa", dir, "--json", "--tahap", "pelaksanaan"]);
    const batch = JSON.parse(r.out) as BatchJson;
    expect(batch.files.map((f) => path.basename(f.file))).toEqual(["1.xlsx", "2.xlsx", "3.xlsx"]);
    for (const f of batch.files) {
      const alone = await runCli(["periksa", f.file, "--json", "--tahap", "pelaksanaan"]);
      expect(f).toEqual(JSON.parse(alone.out));
    }
    expect(batch.summary.files).toBe(3);
  });

  it("goes on past unusable files, names each one, and exits 2", async () => {
    place({ "baik.xlsx": CLEAN });
    fs.writeFileSync(path.join(dir, "kosong.xlsx"), "");
    fs.writeFileSync(path.join(dir, "teks.xlsx"), "kode;uraian\n1;a\n");
    fs.writeFileSync(path.join(dir, "~$baik.xlsx"), "kunci Excel");
    const missing = path.join(dir, "tidak-ada.xlsx");
    const r = await runCli(["periksa", dir, missing, "--json"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("");
    const batch = JSON.parse(r.out) as BatchJson;
    expect(batch.summary).toEqual({ files: 4, checked: 1, unusable: 3, error: 0, warning: 0, info: 0 });
    const errors = Object.fromEntries(
      batch.files.flatMap((f) => ("error" in f ? [[path.basename(f.file), f.error]] : []))
    );
    expect(errors).toEqual({
      "kosong.xlsx": expect.stringMatching(/kosong/),
      "teks.xlsx": expect.stringMatching(/bukan buku kerja/),
      "tidak-ada.xlsx": expect.stringMatching(/tidak ditemukan/),
    });
    const text = await runCli(["periksa", dir, missing]);
    expect(text.out).toMatch(/Telaah: .*kosong\.xlsx\nTidak dapat diperiksa: Berkas kosong/);
    expect(text.out).toMatch(/Tidak dapat dipakai:\n( {2}- .*\n){3}$/);
  });

  it("--ringkas prints only the table", async () => {
    place({ "a.xlsx": FAULTY, "b.xlsx": CLEAN });
    const r = await runCli(["periksa", path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"), "--ringkas"]);
    expect(r.out.startsWith("Ringkasan: 2 berkas")).toBe(true);
    expect(r.out).not.toMatch(/Dasar:/);
  });

  it("writes each marked copy into the --keluaran folder by its path below the folder checked", async () => {
    place({ "x/rab.xlsx": FAULTY, "y/rab.xlsx": FAULTY });
    const out = path.join(dir, "..", `${path.basename(dir)}-keluaran`);
    try {
      const r = await runCli(["periksa", dir, "--keluaran", out, "--ringkas"]);
      expect(r.code).toBe(1);
      expect(fs.existsSync(path.join(out, "x/rab.xlsx"))).toBe(true);
      expect(fs.existsSync(path.join(out, "y/rab.xlsx"))).toBe(true);
      // A second run refuses before it reads anything: nothing in the folder is overwritten.
      const before = fs.statSync(path.join(out, "x/rab.xlsx")).mtimeMs;
      const again = await runCli(["periksa", dir, "--keluaran", out]);
      expect(again.code).toBe(2);
      expect(again.out).toBe("");
      expect(again.err).toMatch(/^telaah: .*sudah ada/);
      expect(fs.statSync(path.join(out, "x/rab.xlsx")).mtimeMs).toBe(before);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("exits 2 with one line when the folders hold no workbook", async () => {
    fs.mkdirSync(path.join(dir, "kosong"));
    fs.writeFileSync(path.join(dir, "kosong", "catatan.txt"), "bukan buku kerja");
    const r = await runCli(["periksa", path.join(dir, "kosong")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([
      expect.stringMatching(/^telaah: Folder .*kosong tidak memuat buku kerja/),
    ]);
  });

  it("lists an empty folder beside files that could be checked", async () => {
    place({ "a.xlsx": CLEAN });
    fs.mkdirSync(path.join(dir, "kosong"));
    const r = await runCli(["periksa", path.join(dir, "a.xlsx"), path.join(dir, "kosong"), "--ringkas"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/kosong tidak memuat buku kerja/);
  });
});

describe("defaultThreads", () => {
  it("gives a thread per two cores, at most four and never more than the files", () => {
    expect([1, 2, 3, 4, 8, 16, 64].map((cores) => defaultThreads(100, cores))).toEqual([1, 1, 1, 2, 4, 4, 4]);
    expect(defaultThreads(1, 16)).toBe(1);
    expect(defaultThreads(0, 16)).toBe(1);
  });
});

describe("progress on a terminal", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-progress-"));
    for (const n of ["a", "b", "c"]) fs.copyFileSync(CLEAN, path.join(dir, `${n}.xlsx`));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("counts the files checked on stderr with --ringkas or --json, only where a person watches", async () => {
    let err = "";
    let out = "";
    const terminal = { out: (t: string) => (out += t), err: (t: string) => (err += t), errIsTerminal: true };
    expect(await runPeriksa([dir, "--ringkas"], terminal)).toBe(0);
    expect(err).toBe(["0/3", "1/3", "2/3", "3/3"].map((n) => `\rTelaah: ${n} berkas diperiksa`).join("") + "\n");
    expect(out.startsWith("Ringkasan: 3 berkas")).toBe(true);
    const piped = await runCli(["periksa", dir, "--json"]);
    expect(piped.err).toBe("");
    const text = await runCli(["periksa", dir], (args, io) =>
      runPeriksa(args.slice(1), { ...io, errIsTerminal: true })
    );
    expect(text.err).toBe("");
  });
});
