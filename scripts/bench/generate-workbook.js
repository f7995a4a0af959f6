"use strict";
/**
 * Generates a "Kertas Kerja Satker" workbook of a given size for benchmarks and tests: title block,
 * header with a (1) (2) ... numbering row, a realistic hierarchy (program > kegiatan > KRO > RO >
 * komponen > sub komponen > akun > `>` groups > detil lines with `[3 ORG x 2 HARI]` expressions), totals
 * that add up, some lines rounded down to Rp1.000 (the RKAKL convention, info only), and a few seeded
 * defects whose rule and row are returned so callers can check they are found.
 *
 * Written with ExcelJS's streaming writer (shared strings and styles, as Excel writes them), so 200k rows
 * stay within memory. Deterministic: the same size and seed give the same workbook.
 *
 *   node scripts/bench/generate-workbook.js 50000 out.xlsx [seed]
 */
const ExcelJS = require("exceljs");

/** Bumped whenever the output changes, so cached benchmark workbooks are regenerated. */
const GENERATOR_VERSION = 2;

const TITLE_ROWS = [
  ["KERTAS KERJA SATKER T.A. 2026"],
  ["KEMENTERIAN / LEMBAGA", ": (024) KEMENTERIAN KESEHATAN"],
  ["UNIT ORGANISASI", ": (12) BADAN PENGEMBANGAN DAN PEMBERDAYAAN SDM KESEHATAN"],
  ["SATKER", ": (632242) POLTEKKES KEMENKES SEMARANG"],
  ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
  [],
];
const HEADER = [
  "KODE",
  "PROGRAM/ KEGIATAN/ KRO/ RO/ KOMPONEN/ SUB KOMPONEN/ AKUN/ DETIL",
  "VOLUME",
  "SATUAN",
  "HARGA SATUAN",
  "JUMLAH BIAYA",
  "SD/CP",
];
const NUMBERING = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];
/** 1-based sheet row of the first data row. */
const FIRST_DATA_ROW = TITLE_ROWS.length + 3;

const KRO = ["EBA", "EBB", "EBC", "BDB", "QDC", "SCA", "RAB", "DCM"];
/**
 * Akun with the detail lines a satker plans under them (uraian, expression units, satuan, harga satuan
 * choices): pairings a reviewer expects, units from the standard list, prices within the TA2026 standar
 * biaya for Jawa Tengah (the title block's LOKASI), so that checking the workbook reports what was seeded.
 */
const AKUN = [
  [
    "521211",
    "Belanja Bahan",
    [
      ["Konsumsi rapat (makan)", ["ORG", "KALI"], "OK", [38000, 45000, 55000]],
      ["Konsumsi rapat (kudapan)", ["ORG", "KALI"], "OK", [12000, 15000, 16500]],
      ["Penggandaan bahan", ["EKS", "KEG"], "EKS", [15000, 27500, 37500]],
      ["ATK kegiatan", ["PKT", "KEG"], "PKT", [250000, 412500, 650000]],
    ],
  ],
  [
    "522151",
    "Belanja Jasa Profesi",
    [["Honorarium narasumber eselon III", ["ORG", "JAM"], "OJ", [700000, 800000, 900000]]],
  ],
  [
    "524111",
    "Belanja Perjalanan Dinas Biasa",
    [
      ["Uang harian perjalanan dinas luar kota", ["ORG", "HARI"], "OH", [300000, 370000]],
      ["Penginapan eselon IV", ["ORG", "HARI"], "OH", [570000, 786000, 810000]],
    ],
  ],
  [
    "524113",
    "Belanja Perjalanan Dinas Dalam Kota",
    [
      ["Uang harian dalam kota lebih dari 8 jam", ["ORG", "HARI"], "OH", [125000, 150000]],
      ["Transport lokal", ["ORG", "KALI"], "OK", [150000, 170000]],
    ],
  ],
  [
    "524114",
    "Belanja Perjalanan Dinas Paket Meeting Dalam Kota",
    [["Paket rapat fullday", ["ORG", "KALI"], "OK", [255000, 319000]]],
  ],
  [
    "521811",
    "Belanja Barang Persediaan Barang Konsumsi",
    [
      ["Tinta printer", ["BH", "KEG"], "BH", [150000, 327500]],
      ["Kertas HVS", ["PKT", "KEG"], "PKT", [55000, 62500]],
    ],
  ],
];
const GROUPS = [
  "> Rapat Koordinasi",
  "> Evaluasi PBM",
  "> Monitoring dan Evaluasi",
  "> Penyusunan Laporan",
  "> Bimbingan Teknis",
];
const SUBGROUPS = [" >> Prodi Keperawatan", " >> Prodi Kebidanan", " >> Prodi Gizi", " >> Prodi TGM"];

/** mulberry32: a tiny deterministic PRNG, so generated workbooks are reproducible. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

/**
 * Builds the data rows (7 cells each) of about `target` lines, with totals filled in bottom-up and the
 * seeded defects applied. Returns rows, the 1-based sheet row and rule of each defect, and counts.
 */
function buildKertasKerjaRows(target, seed = 1) {
  const rnd = prng(seed);
  /** Each node: { cells, level, children, amount } before totals; details carry their jumlah. */
  const nodes = [];
  const add = (level, kode, uraian, parent) => {
    const node = {
      level,
      cells: [kode, uraian, null, null, null, null, level === "akun" ? "RM" : null],
      children: [],
      amount: 0,
    };
    nodes.push(node);
    if (parent) parent.children.push(node);
    return node;
  };
  const addDetail = (parent, items) => {
    const [name, units, satuan, prices] = rnd.pick(items);
    const a = rnd.int(1, 40);
    const b = rnd.int(1, 6);
    const vol = a * b;
    const harga = rnd.pick(prices);
    const exact = vol * harga;
    // Prices ending in 500 often give a jumlah rounded down to Rp1.000, as the RKAKL application did.
    const jumlah = exact % 1000 !== 0 && rnd.next() < 0.7 ? Math.floor(exact / 1000) * 1000 : exact;
    const node = add("detil", null, `- ${name} [${a} ${units[0]} x ${b} ${units[1]}]`, parent);
    node.cells[2] = vol;
    node.cells[3] = satuan;
    node.cells[4] = harga;
    node.amount = jumlah;
    return node;
  };

  let kegiatanCode = 4200;
  const program = add("program", "024.12.WA", "Program Dukungan Manajemen", null);
  while (nodes.length < target) {
    const kegiatan = add(
      "kegiatan",
      String(++kegiatanCode),
      `Kegiatan Pendidikan Tinggi Vokasi ${kegiatanCode}`,
      program
    );
    const kros = rnd.pick(KRO) === "EBA" ? 1 : rnd.int(1, 3);
    for (let k = 0; k < kros && nodes.length < target; k++) {
      const kroCode = `${kegiatanCode}.${KRO[(k + kegiatanCode) % KRO.length]}`;
      const kro = add("kro", kroCode, `Layanan ${kroCode}`, kegiatan);
      const ros = rnd.int(1, 3);
      for (let r = 0; r < ros && nodes.length < target; r++) {
        const roCode = `${kroCode}.${String(951 + r).padStart(3, "0")}`;
        const ro = add("ro", roCode, `Layanan Pendidikan ${roCode}`, kro);
        ro.cells[2] = rnd.int(1, 500);
        ro.cells[3] = "Orang";
        const komponens = rnd.int(1, 4);
        for (let c = 0; c < komponens && nodes.length < target; c++) {
          const komponen = add("komponen", String(51 + c).padStart(3, "0"), `Penyelenggaraan Pendidikan ${c + 1}`, ro);
          const subs = rnd.int(1, 3);
          for (let s = 0; s < subs && nodes.length < target; s++) {
            const sub = add(
              "subkomponen",
              String.fromCharCode(65 + s),
              `Kegiatan Prodi ${String.fromCharCode(65 + s)}`,
              komponen
            );
            const akuns = rnd.int(1, 4);
            const used = new Set();
            for (let a = 0; a < akuns && nodes.length < target; a++) {
              let akunIdx = rnd.int(0, AKUN.length - 1);
              while (used.has(akunIdx)) akunIdx = (akunIdx + 1) % AKUN.length;
              used.add(akunIdx);
              const [akunKode, akunNama, items] = AKUN[akunIdx];
              const akun = add("akun", akunKode, akunNama, sub);
              if (rnd.next() < 0.4) {
                const groups = rnd.int(1, 3);
                for (let g = 0; g < groups; g++) {
                  const group = add("group", null, GROUPS[(g + a) % GROUPS.length], akun);
                  if (rnd.next() < 0.3) {
                    for (let h = 0; h < 2; h++) {
                      const subgroup = add("group", null, SUBGROUPS[(h + g) % SUBGROUPS.length], group);
                      for (let d = rnd.int(2, 5); d > 0; d--) addDetail(subgroup, items);
                    }
                  } else for (let d = rnd.int(2, 6); d > 0; d--) addDetail(group, items);
                }
              } else for (let d = rnd.int(2, 12); d > 0; d--) addDetail(akun, items);
            }
          }
        }
      }
    }
  }

  const total = (n) => {
    if (n.level === "detil") return n.amount;
    n.amount = n.children.reduce((s, c) => s + total(c), 0);
    return n.amount;
  };
  // Recursion depth is the hierarchy's (at most 10), not the row count.
  total(program);

  // Seeded defects, spread over the sheet: three of each kind.
  const defects = [];
  const sheetRow = (i) => FIRST_DATA_ROW + i;
  const at = (fraction, pred) => {
    for (let i = Math.floor(nodes.length * fraction); i < nodes.length; i++) if (pred(nodes[i], i)) return i;
    return -1;
  };
  const taken = new Set();
  const free = (pred) => (n, i) => !taken.has(i) && pred(n, i);
  for (const f of [0.15, 0.5, 0.85]) {
    // jumlah != volume x harga (not a thousand-rounding).
    const j = at(
      f,
      free((n) => n.level === "detil")
    );
    if (j >= 0) {
      taken.add(j);
      nodes[j].amount += 7000;
      // Totals follow the wrong line as shown, so only the line itself is wrong.
      fixTotals(nodes[j], 7000);
      defects.push({ rule: "ARITH-JUMLAH", row: sheetRow(j) });
    }
    // Volume column disagrees with the bracket expression (jumlah still volume x harga).
    const v = at(
      f + 0.02,
      free((n) => n.level === "detil" && n.cells[2] > 1)
    );
    if (v >= 0) {
      taken.add(v);
      const n = nodes[v];
      const shown = n.cells[2] + 1;
      const exact = shown * n.cells[4];
      n.cells[2] = shown;
      // Keep the line's own arithmetic right, and let the akun's total follow it.
      const delta = exact - n.amount;
      n.amount = exact;
      fixTotals(n, delta);
      defects.push({ rule: "ARITH-VOLUME", row: sheetRow(v) });
    }
    // An akun total that disagrees with both its lines and the recomputed sum.
    const t = at(
      f + 0.04,
      free((n) => n.level === "akun")
    );
    if (t >= 0) {
      taken.add(t);
      nodes[t].amount += 1000000;
      defects.push({ rule: "ARITH-TOTAL", row: sheetRow(t) });
    }
  }
  // A detail line placed under a sub komponen before its first akun: no akun above it.
  const s = at(
    0.6,
    free((n) => n.level === "subkomponen")
  );
  if (s >= 0) {
    const line = {
      level: "detil",
      cells: [null, "- Biaya lain-lain [1 PKT x 1 KEG]", 1, "PKT", 500000, null, null],
      children: [],
      amount: 500000,
    };
    nodes.splice(s + 1, 0, line);
    // Defect rows recorded so far that lie below the insertion move down by one.
    for (const d of defects) if (d.row > sheetRow(s)) d.row++;
    parentsOf(nodes, s + 1, line);
    defects.push({ rule: "STRUK-TANPA-AKUN", row: sheetRow(s + 1) });
  }

  const rows = nodes.map((n) => {
    const cells = n.cells.slice();
    cells[5] = n.amount;
    return cells;
  });
  const count = (level) => nodes.filter((n) => n.level === level).length;
  defects.sort((a, b) => a.row - b.row);
  return { rows, defects, detil: count("detil"), akun: count("akun") };

  function fixTotals(node, delta) {
    for (const p of ancestors(node)) p.amount += delta;
  }
  function ancestors(node) {
    const out = [];
    let cur = node;
    for (;;) {
      const p = nodes.find((x) => x.children.includes(cur));
      if (!p) return out;
      out.push(p);
      cur = p;
    }
  }
  function parentsOf(list, index, line) {
    // The inserted line belongs to the sub komponen above it and every level above that.
    const sub = list[index - 1];
    sub.children.unshift(line);
    sub.amount += line.amount;
    for (const p of ancestors(sub)) p.amount += line.amount;
  }
}

/** Writes the rows with ExcelJS's streaming writer; resolves with what buildKertasKerjaRows returned. */
async function writeKertasKerjaWorkbook(file, target, seed = 1) {
  const built = buildKertasKerjaRows(target, seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Kertas Kerja");
  ws.columns = [
    { width: 16 },
    { width: 60 },
    { width: 10, style: { numFmt: "#,##0" } },
    { width: 10 },
    { width: 16, style: { numFmt: "#,##0" } },
    { width: 18, style: { numFmt: "#,##0" } },
    { width: 8 },
  ];
  for (const r of TITLE_ROWS) ws.addRow(r).commit();
  const header = ws.addRow(HEADER);
  header.font = { bold: true };
  header.commit();
  ws.addRow(NUMBERING).commit();
  for (const r of built.rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return {
    file,
    rows: built.rows.length,
    sheetRows: FIRST_DATA_ROW - 1 + built.rows.length,
    detil: built.detil,
    akun: built.akun,
    defects: built.defects,
  };
}

module.exports = { GENERATOR_VERSION, FIRST_DATA_ROW, buildKertasKerjaRows, writeKertasKerjaWorkbook };

if (require.main === module) {
  const [size, out, seed] = process.argv.slice(2);
  if (!size || !out) {
    process.stderr.write("Pemakaian: node scripts/bench/generate-workbook.js JUMLAH_BARIS KELUARAN.xlsx [seed]\n");
    process.exit(2);
  }
  writeKertasKerjaWorkbook(out, Number(size), seed ? Number(seed) : 1).then((r) => {
    process.stdout.write(
      `${r.file}: ${r.rows} baris data, ${r.detil} detil, ${r.akun} akun, ${r.defects.length} cacat sengaja\n`
    );
  });
}
