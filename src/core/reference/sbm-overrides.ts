/**
 * The user's own standar biaya: a sheet named "SBM_PENGGUNA" or "Telaah SBM" in the workbook, or a
 * CSV file (`--sbm FILE`), both with the columns of docs/sbm-pengguna.md:
 *   tahun | kode item | provinsi | uraian | satuan | nilai | sumber   (+ optional rute)
 * A bad row is reported (never silently dropped) and left out; the others are used.
 */
import { Decimal } from "../money/decimal";
import { parseIndonesianNumber } from "../money/parse-number";
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from "../sheet/snapshot";
import { csvRecords } from "./csv";
import { resolveProvince } from "./provinces";
import type { SbmOverrideRow } from "./sbm";
import { sbmItem } from "./sbm-items";
import { isSbmOverrideSheetName } from "./sbm-override-sheet";

export { isSbmOverrideSheetName };

export interface SbmOverrideProblem {
  /** "lembar SBM_PENGGUNA baris 7" */
  lokasi: string;
  pesan: string;
}

export interface SbmOverrideSet {
  /** "lembar SBM_PENGGUNA" or "berkas sbm-2027.csv" */
  sumber: string;
  rows: SbmOverrideRow[];
  problems: SbmOverrideProblem[];
}

type Column = "tahun" | "kode" | "provinsi" | "uraian" | "satuan" | "nilai" | "sumber" | "rute";

const HEADERS: [Column, RegExp][] = [
  ["tahun", /^(tahun|ta|thn|tahun anggaran)$/],
  ["kode", /^(kode item|kode|item|kode sbm|kode standar biaya)$/],
  ["provinsi", /^(provinsi|prov|propinsi|wilayah)$/],
  ["uraian", /^(uraian|nama item|nama|uraian item)$/],
  ["satuan", /^(satuan|sat)$/],
  ["nilai", /^(nilai|besaran|tarif|batas|batas tertinggi|harga|harga satuan)$/],
  ["sumber", /^(sumber|dasar|dasar hukum|keterangan|ket)$/],
  ["rute", /^(rute|kunci|asal tujuan|asal - tujuan|asal-tujuan)$/],
];

const REQUIRED: Column[] = ["tahun", "kode", "nilai"];

function columnOf(text: string): Column | undefined {
  const t = text
    .toLowerCase()
    .replace(/\(rp\)|\brp\b/g, "")
    .replace(/[_.:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return HEADERS.find(([, re]) => re.test(t))?.[0];
}

/** Reads one record (already mapped to columns) into a row, or a problem. */
function readRecord(rec: Partial<Record<Column, string | number>>, lokasi: string): SbmOverrideRow | string {
  const text = (c: Column) => {
    const v = rec[c];
    return v === undefined || v === null ? "" : String(v).trim();
  };
  const tahun = Number(text("tahun").replace(/^TA\s*/i, ""));
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) return `tahun "${text("tahun")}" tidak wajar`;
  const def = sbmItem(text("kode"));
  if (!def) return `kode item "${text("kode")}" tidak dikenal (lihat docs/sbm-pengguna.md)`;
  let provinsi = "";
  if (text("provinsi") !== "" && !/^(semua|nasional|-)$/i.test(text("provinsi"))) {
    const p = resolveProvince(text("provinsi"));
    if (!p) return `provinsi "${text("provinsi")}" tidak dikenal`;
    if (!def.perProvinsi) return `${def.kode} berlaku nasional; kolom provinsi harus kosong`;
    provinsi = p.nama;
  }
  const raw = rec.nilai;
  const nilai = typeof raw === "number" ? new Decimal(raw) : parseIndonesianNumber(text("nilai"));
  if (!nilai || !nilai.isFinite() || nilai.lessThanOrEqualTo(0)) return `nilai "${text("nilai")}" bukan jumlah positif`;
  let kunci = "";
  if (def.perRute) {
    kunci = text("rute")
      .replace(/\s+(-|–|—|ke|>)\s+/i, ">")
      .replace(/\s*>\s*/, ">");
    if (kunci === "") return `${def.kode} memerlukan kolom rute (asal - tujuan)`;
  } else if (text("rute") !== "") {
    return `${def.kode} tidak memakai rute; kolom rute harus kosong`;
  }
  return {
    tahun,
    item: def.kode,
    provinsi,
    kunci,
    nilai,
    satuan: text("satuan"),
    uraian: text("uraian"),
    lokasi,
    sumber: text("sumber"),
  };
}

/** Keeps the first of two rows with the same key and reports the second. */
function collect(
  sumber: string,
  records: { rec: Partial<Record<Column, string | number>>; lokasi: string }[]
): SbmOverrideSet {
  const rows: SbmOverrideRow[] = [];
  const problems: SbmOverrideProblem[] = [];
  const seen = new Map<string, string>();
  for (const { rec, lokasi } of records) {
    const r = readRecord(rec, lokasi);
    if (typeof r === "string") {
      problems.push({ lokasi, pesan: r });
      continue;
    }
    const key = `${r.tahun}|${r.item}|${r.provinsi}|${r.kunci.toUpperCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        lokasi,
        pesan: `sama dengan ${first} (tahun, kode item, provinsi, rute); yang dipakai baris pertama`,
      });
      continue;
    }
    seen.set(key, lokasi);
    rows.push(r);
  }
  return { sumber, rows, problems };
}

/** Reads an override sheet; null when no header row with tahun, kode item and nilai is found. */
export function readSbmOverrideSheet(sheet: SheetSnapshot): SbmOverrideSet | null {
  const sumber = `lembar ${sheet.name}`;
  for (let r = 0; r < Math.min(sheet.values.length, 30); r++) {
    const cols = new Map<Column, number>();
    (sheet.values[r] ?? []).forEach((v, c) => {
      const col = columnOf(cellText(v));
      if (col && !cols.has(col)) cols.set(col, c);
    });
    if (!REQUIRED.every((c) => cols.has(c))) continue;
    const records: { rec: Partial<Record<Column, string | number>>; lokasi: string }[] = [];
    for (let i = r + 1; i < sheet.values.length; i++) {
      const row = sheet.values[i] ?? [];
      if (row.every((v) => cellText(v).trim() === "")) continue;
      const rec: Partial<Record<Column, string | number>> = {};
      for (const [col, c] of cols) {
        const v = row[c];
        rec[col] = typeof v === "number" ? v : cellText(v ?? null);
      }
      records.push({ rec, lokasi: `${sumber} baris ${i + 1}` });
    }
    return collect(sumber, records);
  }
  return null;
}

/** Every override sheet of a workbook (by name), in sheet order; a sheet without a header is a problem. */
export function readSbmOverrideSheets(workbook: WorkbookSnapshot): SbmOverrideSet[] {
  const out: SbmOverrideSet[] = [];
  for (const s of workbook.sheets) {
    if (!isSbmOverrideSheetName(s.name)) continue;
    out.push(
      readSbmOverrideSheet(s) ?? {
        sumber: `lembar ${s.name}`,
        rows: [],
        problems: [
          { lokasi: `lembar ${s.name}`, pesan: "baris judul dengan kolom tahun, kode item dan nilai tidak ditemukan" },
        ],
      }
    );
  }
  return out;
}

/** Reads override rows from CSV text (`--sbm FILE`, a file imported in the pane). */
export function parseSbmOverrideCsv(text: string, name: string): SbmOverrideSet {
  const sumber = `berkas ${name}`;
  const records = csvRecords(text);
  if (records.length === 0) return { sumber, rows: [], problems: [{ lokasi: sumber, pesan: "berkas kosong" }] };
  const mapping = new Map<string, Column>();
  for (const k of Object.keys(records[0])) {
    const c = columnOf(k);
    if (c && ![...mapping.values()].includes(c)) mapping.set(k, c);
  }
  const missing = REQUIRED.filter((c) => ![...mapping.values()].includes(c));
  if (missing.length > 0)
    return {
      sumber,
      rows: [],
      problems: [{ lokasi: `${sumber} baris 1`, pesan: `kolom ${missing.join(", ")} tidak ditemukan` }],
    };
  return collect(
    sumber,
    records.map((rec, i) => {
      const m: Partial<Record<Column, string>> = {};
      for (const [k, c] of mapping) m[c] = rec[k];
      return { rec: m, lokasi: `${sumber} baris ${i + 2}` };
    })
  );
}
