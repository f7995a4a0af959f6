/** What layout detection finds in a sheet: where the header is and what each column holds. */
export type LayoutKind = "rkakl-export" | "kertas-kerja" | "rab-b2d6" | "rpa" | "monsakti-item";

export const LAYOUT_NAMES: Record<LayoutKind, string> = {
  "rkakl-export": "Ekspor RKAKL/SAKTI (kode | uraian | vol | sat | hargasat | jumlah)",
  "kertas-kerja": "Kertas Kerja Satker",
  "rab-b2d6": "RAB format B.2.d.6 (rincian perhitungan)",
  rpa: "Rencana Penarikan Dana (RPA) bulanan",
  "monsakti-item": "Ekspor item MonSAKTI (POK_NILAI_1..12)",
};

export type ColumnRole =
  | "kode"
  | "uraian"
  | "volume"
  | "satuan"
  | "hargaSatuan"
  | "jumlah"
  | "rincianSat"
  | "rincianJml"
  | "volumeRo"
  | "jenisKomponen"
  | "sumberDana"
  | "blokir"
  | "pagu"
  /** MonSAKTI: the code columns of each level. */
  | "kodeProgram"
  | "kodeKegiatan"
  | "kodeKro"
  | "kodeRo"
  | "kodeKomponen"
  | "kodeSubkomponen"
  | "kodeAkun";

export interface MonthColumns {
  /** 1..12 */
  month: number;
  percent?: number;
  rupiah?: number;
}

/** SAKTI kertas kerja splits the volume into up to five (number, unit) pairs before VOL/SAT. */
export interface VolumePairColumns {
  number: number;
  unit: number;
}

export interface LayoutResult {
  kind: LayoutKind;
  /** Human name of the layout (Indonesian). */
  name: string;
  /** 0-based rows of the header block (inclusive). */
  headerTop: number;
  headerBottom: number;
  /** First row holding data (after a "(1) (2) ..." numbering row when there is one). */
  dataStart: number;
  columns: Partial<Record<ColumnRole, number>>;
  months: MonthColumns[];
  volumePairs: VolumePairColumns[];
  /** 0..1: share of the expected columns found. */
  confidence: number;
  /** Indonesian notes on what was odd (a missing column, an ambiguous header). */
  problems: string[];
  /** Title block facts found above the header: LOKASI / provinsi, tahun anggaran, satker. */
  titleBlock: TitleBlock;
}

export interface TitleBlock {
  provinsi?: string;
  tahun?: number;
  satker?: string;
  /** 0-based row/col of where each was read, for messages. */
  sources: Partial<Record<"provinsi" | "tahun" | "satker", { row: number; col: number }>>;
}
