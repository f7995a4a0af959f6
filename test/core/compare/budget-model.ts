/**
 * A small budget model written out in the layouts of DOMAIN.md, so tests can build a pair of sheets
 * with known differences (and the same budget in two layouts).
 */
import type { CellValue, SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { detectLayout } from "../../../src/core/layout/detect";
import { buildTree } from "../../../src/core/tree/build";
import type { BudgetTree } from "../../../src/core/tree/types";
import { sheetOf } from "../../helpers/sheets";
import { KERTAS_KERJA_HEADER } from "../../fixtures/layouts";

export interface Line {
  uraian: string;
  factors: [number, string][];
  satuan: string;
  harga: number;
  /** A `> heading` inside the akun; consecutive lines with the same group share one heading. */
  group?: string;
}
export interface Akun {
  kode: string;
  uraian: string;
  lines: Line[];
}
export interface Sub {
  kode: string;
  uraian: string;
  akun: Akun[];
}
export interface Komponen {
  kode: string;
  uraian: string;
  subs: Sub[];
}
export interface Ro {
  /** Full code: "4223.EBA.962". */
  kode: string;
  uraian: string;
  komponen: Komponen[];
}
export interface Budget {
  ros: Ro[];
}

export const volumeOf = (l: Line) => l.factors.reduce((p, [n]) => p * n, 1);
export const jumlahOf = (l: Line) => volumeOf(l) * l.harga;
const expr = (l: Line) => l.factors.map(([n, u]) => `${n} ${u}`).join(" x ");
const akunTotal = (a: Akun) => a.lines.reduce((s, l) => s + jumlahOf(l), 0);
const subTotal = (s: Sub) => s.akun.reduce((t, a) => t + akunTotal(a), 0);
const kompTotal = (k: Komponen) => k.subs.reduce((t, s) => t + subTotal(s), 0);
const roTotal = (r: Ro) => r.komponen.reduce((t, k) => t + kompTotal(k), 0);

export function clone(b: Budget): Budget {
  return JSON.parse(JSON.stringify(b)) as Budget;
}

/** Rows of one akun's detail lines, with `> group` headings; `line` formats a detail row. */
function akunRows(
  a: Akun,
  heading: (text: string, total: number) => CellValue[],
  line: (l: Line) => CellValue[]
): CellValue[][] {
  // A sheet cannot close a group: lines after a heading belong to it. So ungrouped lines come first,
  // then each group (in order of first appearance) with its lines in model order.
  const out: CellValue[][] = a.lines.filter((l) => l.group === undefined).map(line);
  const groups = [...new Set(a.lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
  for (const g of groups) {
    const lines = a.lines.filter((l) => l.group === g);
    out.push(
      heading(
        `> ${g}`,
        lines.reduce((t, l) => t + jumlahOf(l), 0)
      )
    );
    out.push(...lines.map(line));
  }
  return out;
}

/** Layout 1: RKAKL/SAKTI export, indentation by spaces, program and kegiatan lines on top. */
export function toRkakl(b: Budget, name = "Semula"): SheetSnapshot {
  const rows: CellValue[][] = [["kode", "uraian", "vol", "sat", "hargasat", "jumlah", "kdblokir", "sdana"]];
  const total = b.ros.reduce((t, r) => t + roTotal(r), 0);
  rows.push(["024.12.10", "Program Pendidikan", 0, null, 0, total]);
  const kegiatan = [...new Set(b.ros.map((r) => r.kode.split(".")[0]))];
  for (const keg of kegiatan) {
    const ros = b.ros.filter((r) => r.kode.startsWith(keg + "."));
    rows.push([keg, `Kegiatan ${keg}`, 0, null, 0, ros.reduce((t, r) => t + roTotal(r), 0)]);
    const kros = [...new Set(ros.map((r) => r.kode.split(".").slice(0, 2).join(".")))];
    for (const kro of kros) {
      const inKro = ros.filter((r) => r.kode.startsWith(kro + "."));
      rows.push([kro, `KRO ${kro}`, 0, null, 0, inKro.reduce((t, r) => t + roTotal(r), 0)]);
      for (const ro of inKro) {
        rows.push([ro.kode, ro.uraian, 0, null, 0, roTotal(ro)]);
        for (const k of ro.komponen) {
          rows.push([`   ${k.kode}`, k.uraian, 0, null, 0, kompTotal(k)]);
          for (const s of k.subs) {
            rows.push([`      ${s.kode}`, s.uraian, 0, null, 0, subTotal(s)]);
            for (const a of s.akun) {
              rows.push([`     ${a.kode}`, a.uraian, 0, null, 0, akunTotal(a), null, "RM"]);
              rows.push(
                ...akunRows(
                  a,
                  (text, t) => [null, `    ${text}`, 0, null, 0, t],
                  (l) => [null, `    -     ${l.uraian}  [${expr(l)}]`, volumeOf(l), l.satuan, l.harga, jumlahOf(l)]
                )
              );
            }
          }
        }
      }
    }
  }
  return sheetOf(rows, { name });
}

/** Layout 2: Kertas Kerja Satker with a title block and a numbering row; starts at the RO. */
export function toKertasKerja(b: Budget, name = "KK"): SheetSnapshot {
  const rows: CellValue[][] = [
    ["KERTAS KERJA SATKER T.A. 2026"],
    ["SATKER", ": (632242) POLTEKKES SEMARANG"],
    [],
    ...KERTAS_KERJA_HEADER,
  ];
  for (const ro of b.ros) {
    rows.push([ro.kode, ro.uraian, 1, "Layanan", null, roTotal(ro)]);
    for (const k of ro.komponen) {
      rows.push([k.kode, k.uraian, null, null, null, kompTotal(k)]);
      for (const s of k.subs) {
        rows.push([s.kode, s.uraian, null, null, null, subTotal(s)]);
        for (const a of s.akun) {
          rows.push([a.kode, a.uraian, null, null, null, akunTotal(a), "RM"]);
          rows.push(
            ...akunRows(
              a,
              (text, t) => [null, text, null, null, null, t],
              (l) => [null, `- ${l.uraian} [${expr(l)}]`, volumeOf(l), l.satuan, l.harga, jumlahOf(l)]
            )
          );
        }
      }
    }
  }
  return sheetOf(rows, { name });
}

/** Layout 3: RAB B.2.d.6, two-row merged header, the expression in "Rincian Perhitungan"; no sub komponen. */
export function toRab(b: Budget, name = "RAB", withSub = false): SheetSnapshot {
  const rows: CellValue[][] = [
    ["RINCIAN ANGGARAN BIAYA (RAB) TAHUN ANGGARAN 2026"],
    ["Kode", "Uraian", "Volume RO", "Jenis Komponen", "Rincian Perhitungan", null, "Harga Satuan", "Jumlah"],
    [null, null, null, null, "Sat", "Jml", null, null],
  ];
  for (const ro of b.ros) {
    rows.push([ro.kode, ro.uraian, 1, null, null, null, null, roTotal(ro)]);
    for (const k of ro.komponen) {
      rows.push([k.kode, k.uraian, null, "Utama", null, null, null, kompTotal(k)]);
      for (const s of k.subs) {
        if (withSub) rows.push([s.kode, s.uraian, null, null, null, null, null, subTotal(s)]);
        for (const a of s.akun) {
          rows.push([a.kode, a.uraian, null, null, null, null, null, akunTotal(a)]);
          rows.push(
            ...akunRows(
              a,
              (text, t) => [null, text, null, null, null, null, null, t],
              (l) => [null, l.uraian, null, null, expr(l), volumeOf(l), l.harga, jumlahOf(l)]
            )
          );
        }
      }
    }
  }
  const merges = [0, 1, 2, 3, 6, 7].map((c) => ({ top: 1, left: c, bottom: 2, right: c }));
  merges.push({ top: 1, left: 4, bottom: 1, right: 5 });
  return sheetOf(rows, { name, merges });
}

export function treeOf(sheet: SheetSnapshot): BudgetTree {
  const layout = detectLayout(sheet);
  if (!layout) throw new Error(`no layout in ${sheet.name}`);
  return buildTree(sheet, layout);
}

/** Every detail line with where it sits, in sheet order. */
export function allLines(b: Budget): { ro: Ro; komponen: Komponen; sub: Sub; akun: Akun; line: Line; index: number }[] {
  const out: { ro: Ro; komponen: Komponen; sub: Sub; akun: Akun; line: Line; index: number }[] = [];
  for (const ro of b.ros)
    for (const komponen of ro.komponen)
      for (const sub of komponen.subs)
        for (const akun of sub.akun)
          akun.lines.forEach((line, index) => out.push({ ro, komponen, sub, akun, line, index }));
  return out;
}

/** A fixed budget: two RO, komponen 001/051, sub komponen, akun of three jenis belanja, groups. */
export function sampleBudget(): Budget {
  const line = (uraian: string, factors: [number, string][], satuan: string, harga: number, group?: string): Line => ({
    uraian,
    factors,
    satuan,
    harga,
    ...(group ? { group } : {}),
  });
  return {
    ros: [
      {
        kode: "4223.EBA.962",
        uraian: "Layanan Umum",
        komponen: [
          {
            kode: "001",
            uraian: "Gaji dan Tunjangan",
            subs: [
              {
                kode: "A",
                uraian: "Pembayaran Gaji",
                akun: [
                  {
                    kode: "511111",
                    uraian: "Belanja Gaji Pokok PNS",
                    lines: [line("Gaji pokok PNS", [[12, "BLN"]], "BLN", 50000000)],
                  },
                  {
                    kode: "511121",
                    uraian: "Belanja Tunjangan Suami/Istri PNS",
                    lines: [line("Tunjangan suami/istri", [[12, "BLN"]], "BLN", 2000000)],
                  },
                ],
              },
            ],
          },
          {
            kode: "051",
            uraian: "Persiapan",
            subs: [
              {
                kode: "A",
                uraian: "Rapat Koordinasi",
                akun: [
                  {
                    kode: "521211",
                    uraian: "Belanja Bahan",
                    lines: [
                      line(
                        "Konsumsi rapat persiapan",
                        [
                          [15, "OR"],
                          [2, "KEG"],
                        ],
                        "OK",
                        50000,
                        "Evaluasi PBM"
                      ),
                      line(
                        "Fotocopy materi rapat",
                        [
                          [10, "EKS"],
                          [1, "KEG"],
                        ],
                        "EKS",
                        15000,
                        "Evaluasi PBM"
                      ),
                      line("Spanduk kegiatan", [[2, "BH"]], "BH", 350000),
                      line(
                        "ATK kegiatan",
                        [
                          [1, "PKT"],
                          [1, "KEG"],
                        ],
                        "PKT",
                        1200000
                      ),
                    ],
                  },
                  {
                    kode: "524111",
                    uraian: "Belanja Perjalanan Dinas Biasa",
                    lines: [
                      line(
                        "Uang harian perjalanan ke Jakarta",
                        [
                          [2, "ORG"],
                          [3, "HARI"],
                        ],
                        "OH",
                        530000
                      ),
                      line(
                        "Tiket pesawat Semarang Jakarta PP",
                        [
                          [2, "ORG"],
                          [1, "KALI"],
                        ],
                        "OK",
                        2500000
                      ),
                    ],
                  },
                ],
              },
              {
                kode: "B",
                uraian: "Evaluasi",
                akun: [
                  {
                    kode: "521211",
                    uraian: "Belanja Bahan",
                    lines: [
                      line(
                        "Konsumsi rapat evaluasi akhir tahun",
                        [
                          [20, "OR"],
                          [1, "KEG"],
                        ],
                        "OK",
                        50000
                      ),
                      line(
                        "ATK kegiatan",
                        [
                          [1, "PKT"],
                          [1, "KEG"],
                        ],
                        "PKT",
                        800000
                      ),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        kode: "4223.EBA.994",
        uraian: "Layanan Perkantoran",
        komponen: [
          {
            kode: "002",
            uraian: "Operasional dan Pemeliharaan Kantor",
            subs: [
              {
                kode: "A",
                uraian: "Pengadaan Peralatan",
                akun: [
                  {
                    kode: "532111",
                    uraian: "Belanja Modal Peralatan dan Mesin",
                    lines: [
                      line("Laptop untuk staf", [[4, "UNIT"]], "UNIT", 15000000),
                      line("Printer laser", [[2, "UNIT"]], "UNIT", 4500000),
                    ],
                  },
                  {
                    kode: "523121",
                    uraian: "Belanja Pemeliharaan Peralatan dan Mesin",
                    lines: [
                      line(
                        "Servis kendaraan dinas",
                        [
                          [2, "UNIT"],
                          [4, "KALI"],
                        ],
                        "UNIT",
                        750000
                      ),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
