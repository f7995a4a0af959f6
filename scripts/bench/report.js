"use strict";
/**
 * The bench's printed form: markdown tables in a fixed order and fixed number formats, in Indonesian
 * like the README they go into (numbers as id-ID: 16.588 baris, 1,66 dtk).
 */

const fixed = (n, d) => n.toLocaleString("id-ID", { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (n) => fixed(Math.round(n), 0);
const none = (x) => x === null || x === undefined;
const sec = (ms) => (none(ms) ? "t/a" : `${fixed(ms / 1000, 2)} dtk`);
const mb = (kb) => (none(kb) ? "t/a" : `${int(kb / 1024)} MB`);
const ratio = (r) => (none(r) ? "t/a" : `${fixed(r, 2)}x`);
const kbytes = (b) => `${fixed(b / 1024, 1)} KB`;

function table(head, rows, align) {
  const lines = [`| ${head.join(" | ")} |`, `|${align.map((a) => (a === "r" ? "---:" : "---")).join("|")}|`];
  for (const r of rows) lines.push(`| ${r.join(" | ")} |`);
  return lines.join("\n");
}

function machineLine(m) {
  return (
    `Mesin: ${m.cpu}, ${m.cores} inti, RAM ${m.memoryGb} GB, Node ${m.node}, ${m.os}; ` +
    `beban rata-rata ${m.loadAverage.map((x) => fixed(x, 2)).join(" / ")} di awal, ` +
    `${m.loadAverageAfter.map((x) => fixed(x, 2)).join(" / ")} di akhir.`
  );
}

/** Whole-process figures: the two bare reads, periksa, and periksa made to read with ExcelJS. */
function comparisonTable(comparisons, k) {
  const unit = k === "wallMs" ? "wall" : "CPU";
  const ratioKey = k === "wallMs" ? ["ratioWall", "ratioWallOwnReader"] : ["ratioCpu", "ratioCpuOwnReader"];
  const head = [
    "Buku kerja",
    "Baris lembar",
    "Berkas",
    `Baca saja, ExcelJS (${unit})`,
    `Baca saja, pembaca Telaah (${unit})`,
    `periksa (${unit})`,
    "periksa ÷ baca ExcelJS",
    "periksa ÷ baca pembaca Telaah",
    `periksa dengan TELAAH_PEMBACA=exceljs (${unit})`,
  ];
  const withMemory = k === "wallMs";
  if (withMemory) head.push("RSS puncak: baca ExcelJS / baca Telaah / periksa", "Ulangan");
  return table(
    head,
    comparisons.map((c) => {
      const row = [
        c.label,
        int(c.sheetRows),
        `${fixed(c.bytes / 2 ** 20, 1)} MB`,
        sec(c.read[k]),
        sec(c.readTelaah?.[k]),
        sec(c.periksa[k]),
        ratio(c[ratioKey[0]]),
        ratio(c[ratioKey[1]]),
        sec(c.periksaExcelJs?.[k]),
      ];
      if (withMemory)
        row.push(`${mb(c.read.maxRssKb)} / ${mb(c.readTelaah?.maxRssKb)} / ${mb(c.periksa.maxRssKb)}`, String(c.runs));
      return row;
    }),
    head.map((_, i) => (i === 0 ? "l" : "r"))
  );
}

function phaseTable(p) {
  const steps = [
    ["readFile", "baca berkas (fs)"],
    ["openArchive", "buka arsip: direktori ZIP, workbook, styles (src/cli/xlsx)"],
    ["readSheet", "baca lembar: inflate + XML + shared strings menjadi snapshot"],
    ["layout", "detectLayout"],
    ["environment", "data acuan (createCliEnvironment)"],
    ["analyze", "analyze: buildTree + aturan + ringkasan"],
    ["report", "laporan teks"],
  ];
  const total = (k) => steps.reduce((s, [key]) => s + p[k][key], 0);
  const cpuTotal = total("cpuMs");
  const share = (ms) => `${fixed((ms / cpuTotal) * 100, 1)}%`;
  const rows = steps.map(([key, name]) => [name, int(p.wallMs[key]), int(p.cpuMs[key]), share(p.cpuMs[key])]);
  rows.push(["jumlah (dalam proses, setelah start-up)", int(total("wallMs")), int(cpuTotal), share(cpuTotal)]);
  return table(["Langkah (sekali jalan, dingin, urutan CLI)", "Wall ms", "CPU ms", "Porsi CPU"], rows, [
    "l",
    "r",
    "r",
    "r",
  ]);
}

function coreSplitTable(p) {
  const s = p.coreSplitCpuMs;
  const parts = [
    ["detectLayout", s.layout],
    ["buildTree", s.tree],
    ["aturan (runRules)", s.rules],
  ];
  const share = (ms) => `${fixed((ms / p.coreMedianCpuMs) * 100, 1)}%`;
  const rows = parts.map(([name, ms]) => [name, int(ms), share(ms)]);
  rows.push([
    "satu analisis utuh (diukur terpisah; termasuk ringkasan)",
    int(p.coreMedianCpuMs),
    share(p.coreMedianCpuMs),
  ]);
  const heaviest = Object.entries(p.ruleCpuMs ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([id, ms]) => `${id} ${int(ms)} ms`);
  const note = heaviest.length
    ? `\n\nAturan terberat (masing-masing sendiri, sekali jalan hangat, CPU): ${heaviest.join(", ")}.`
    : "";
  return table([`Inti, hangat (median ${p.coreRuns} kali)`, "CPU ms", "Porsi"], rows, ["l", "r", "r"]) + note;
}

function otherTable(r) {
  const rows = [];
  const p = r.phases;
  rows.push([
    `Laju validasi inti (detectLayout + buildTree + aturan, snapshot ${int(p.size)} baris di memori)`,
    `${int(p.coreRowsPerSecond)} baris/dtk waktu CPU (median ${int(p.coreMedianCpuMs)} ms CPU dari ${p.coreRuns} kali; ` +
      `${int(p.budgetRows)} baris anggaran, ${int(p.findings)} temuan: ${p.summary.error} galat, ${p.summary.warning} peringatan, ${p.summary.info} info)`,
  ]);
  rows.push([
    "Pengisian RPA, 10.000 baris (src/core/rpa makeBenchmarkPlan + fillPlan)",
    r.rpa.status === "ok"
      ? `${int(r.rpa.medianMs)} ms (${int(r.rpa.linesPerSecond)} baris/dtk, median ${r.rpa.runs} kali; RSS puncak ${mb(r.rpa.maxRssKb)})`
      : `menunggu (${r.rpa.reason})`,
  ]);
  const biggest = r.comparisons[r.comparisons.length - 1];
  rows.push([
    `Memori puncak, telaah periksa pada ${biggest.label}`,
    `${mb(biggest.periksa.maxRssKb)} (baca saja: ExcelJS ${mb(biggest.read.maxRssKb)}, pembaca Telaah ${mb(
      biggest.readTelaah?.maxRssKb
    )}; periksa dengan ExcelJS ${mb(biggest.periksaExcelJs?.maxRssKb)})`,
  ]);
  const x = r.legacyXls;
  rows.push([
    "telaah periksa pada .XLS aplikasi RKAKL (BIFF2, ../shared/samples, 4.570 baris) dibanding .xlsx-nya",
    x && x.status === "ok"
      ? `${sec(x.xlsWallMs)} (.xlsx: ${sec(x.xlsxWallMs)}; median ${x.runs} kali; temuan sama persis)`
      : `tidak diukur (${x ? x.reason : "belum dijalankan"})`,
  ]);
  const s = r.excelSync;
  rows.push([
    `context.sync() untuk lembar ${s.rows ? int(s.rows) : "50.000"} baris (pembaca src/excel, Excel tiruan office-addin-mock, anggaran blok bawaan 4 MB)`,
    s.status === "ok"
      ? `${s.syncs} sync (1 + ${s.blocks} blok baris); bita per respons: maks ${kbytes(s.maxBlockBytes)}, rata-rata ${kbytes(s.meanBlockBytes)}, ` +
        `total ${kbytes(s.totalBytes)}; snapshot yang dibaca begini memberi ${s.errors} galat untuk ${s.seededDefects} cacat sengaja`
      : `menunggu (${s.reason})`,
  ]);
  const b = r.bundle;
  rows.push([
    `JS awal panel tugas, gzip (${b.dir ?? "dist"}/, build produksi webpack)`,
    b.status === "ok"
      ? `${kbytes(b.initialGzipBytes)} (${kbytes(b.initialBytes)} mentah, ${b.initial.length} berkas${b.production ? "" : ", BUKAN build produksi"}); ` +
        `chunk yang dimuat belakangan ${kbytes(b.lazyGzipBytes)} gzip; dibangun ${b.builtAt}`
      : `tidak diukur (${b.reason})`,
  ]);
  return table(["Ukuran", "Nilai"], rows, ["l", "l"]);
}

/** A folder of workbooks: a process per file, against one run over the folder (one thread, threads). */
function batchTable(b) {
  const rows = [
    [`satu proses per berkas (${b.files} kali \`telaah periksa BERKAS\`)`, b.loop],
    ["satu proses, satu thread (`telaah periksa FOLDER --paralel 1`)", b.oneThread],
    [`satu proses, ${b.threads} thread pekerja (\`telaah periksa FOLDER --paralel ${b.threads}\`)`, b.threaded],
  ].map(([name, f]) => [
    name,
    sec(f.wallMs),
    sec(f.cpuMs),
    fixed(b.files / (f.wallMs / 1000), 1),
    ratio(b.loop.wallMs / f.wallMs),
    mb(f.maxRssKb),
  ]);
  return table(
    ["Cara", "Wall", "CPU", "Berkas/dtk", "Lebih cepat dari per berkas", "RSS puncak (proses terbesar)"],
    rows,
    ["l", "r", "r", "r", "r", "r"]
  );
}

function formatReport(r) {
  return [
    "## Tolok ukur Telaah",
    "",
    machineLine(r.machine),
    `Diukur ${r.generatedAt} dengan \`npm run bench\` dalam ${r.benchSeconds} dtk.`,
    "",
    "### `telaah periksa` dibanding membaca berkas yang sama saja (seluruh proses, median)",
    "",
    "Waktu wall:",
    "",
    comparisonTable(r.comparisons, "wallMs"),
    "",
    "Waktu CPU (termasuk utas GC):",
    "",
    comparisonTable(r.comparisons, "cpuMs"),
    "",
    "Kedua `periksa` (pembaca Telaah dan ExcelJS) mencetak laporan yang sama persis pada setiap ulangan.",
    "",
    `### Ke mana waktu periksa pergi (kertas kerja ${int(r.phases.size)} baris, satu proses)`,
    "",
    phaseTable(r.phases),
    "",
    coreSplitTable(r.phases),
    "",
    `### Satu folder berisi ${r.batch.files} buku kerja (${r.batch.copies} salinan masing-masing: ${r.batch.sources.join(", ")}; median ${r.batch.runs} kali)`,
    "",
    batchTable(r.batch),
    "",
    "Setiap cara memberi tiap berkas JSON yang sama persis dengan menjalankan berkas itu sendiri (diperiksa setiap putaran).",
    "",
    "### Angka lain",
    "",
    otherTable(r),
    "",
  ].join("\n");
}

module.exports = { formatReport };
