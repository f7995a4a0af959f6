/** Types for generate-workbook.js, so tests written in TypeScript can use the generator. */
export interface SeededDefect {
  /** Rule id expected to report it: ARITH-JUMLAH, ARITH-VOLUME, ARITH-TOTAL, STRUK-TANPA-AKUN. */
  rule: string;
  /** 1-based sheet row. */
  row: number;
}

export interface BuiltRows {
  rows: (string | number | null)[][];
  defects: SeededDefect[];
  detil: number;
  akun: number;
}

export interface WrittenWorkbook {
  file: string;
  rows: number;
  sheetRows: number;
  detil: number;
  akun: number;
  defects: SeededDefect[];
}

export const GENERATOR_VERSION: number;
export const FIRST_DATA_ROW: number;
export function buildKertasKerjaRows(target: number, seed?: number): BuiltRows;
export function writeKertasKerjaWorkbook(file: string, target: number, seed?: number): Promise<WrittenWorkbook>;
