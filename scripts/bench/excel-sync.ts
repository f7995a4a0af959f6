/**
 * context.sync() count and bytes per request for a large sheet read through the Office.js read adapter
 * (src/excel/read-snapshot.ts) against the fake Excel over office-addin-mock that its tests use
 * (test/excel/fake-context.ts), with the default block budget (Excel on the web's 5 MB limit).
 * The sheet is the benchmark's kertas kerja. Prints one JSON object.
 *
 *   npx tsx scripts/bench/excel-sync.ts [rows]
 */
import Module from "module";
import path from "path";

// office-addin-mock requires office-addin-manifest, which is ESM-only on Node 20; jest maps it to a stub
// (jest.config.js), and so does this script.
const STUB = path.resolve(__dirname, "../../test/stubs/office-addin-manifest.js");
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = (request, ...rest) =>
  request === "office-addin-manifest" ? STUB : resolve.call(Module, request, ...rest);

async function main() {
  const rowsWanted = Number(process.argv[2] ?? 50_000);
  const { buildKertasKerjaRows } = await import("./generate-workbook.js");
  const { FakeWorkbook } = await import("../../test/excel/fake-workbook");
  const { FakeExcel } = await import("../../test/excel/fake-context");
  const { readSheetSnapshot } = await import("../../src/excel/read-snapshot");
  const { createAnalyzer } = await import("../../src/core/analyzer");

  const built = buildKertasKerjaRows(rowsWanted);
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("Kertas Kerja");
  sheet.setRows(0, 0, [["KERTAS KERJA SATKER T.A. 2026"], ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"]]);
  sheet.setRows(3, 0, [
    [
      "KODE",
      "PROGRAM/ KEGIATAN/ KRO/ RO/ KOMPONEN/ SUB KOMPONEN/ AKUN/ DETIL",
      "VOLUME",
      "SATUAN",
      "HARGA SATUAN",
      "JUMLAH BIAYA",
      "SD/CP",
    ],
  ]);
  sheet.setRows(4, 0, [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]);
  sheet.setRows(5, 0, built.rows);
  for (let r = 0; r < built.rows.length; r++)
    for (const c of [2, 4, 5]) if (built.rows[r][c] !== null) sheet.ensure(5 + r, c).numberFormat = "#,##0";

  const fake = new FakeExcel(wb);
  const t0 = process.hrtime.bigint();
  const res = await readSheetSnapshot(fake.context);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!res.ok) throw new Error(res.error.message);
  const bytes = fake.stats.responseBytes;
  const result = createAnalyzer().analyze(res.value.snapshot);
  const out = {
    status: "ok",
    rows: built.rows.length + 5,
    columns: res.value.area.columns,
    syncs: res.value.syncs,
    blocks: res.value.blocks,
    maxBlockBytes: Math.max(...bytes),
    meanBlockBytes: Math.round(bytes.reduce((s, b) => s + b, 0) / Math.max(1, bytes.length)),
    totalBytes: bytes.reduce((s, b) => s + b, 0),
    responseBytes: bytes,
    wallMs,
    // The snapshot read through the adapter gives the same errors as the seeded defects.
    errors: result.summary.error,
    seededDefects: built.defects.length,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
