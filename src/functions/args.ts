/**
 * Argument conversion and error mapping for the =TELAAH.* custom functions. Parameters are described as
 * data (kind, required) and checked in one place, so each function body stays a few lines long and
 * every bad argument gives the same kind of Excel error with an Indonesian message.
 */
import { dec, type Decimal } from "../core/money";
import { parseIndonesianNumber } from "../core/money/parse-number";
import { TelaahError } from "../core/errors";

/** Raised for arguments the user can fix; becomes #VALUE! (or #N/A) with the message in the cell. */
export class FunctionArgError extends Error {
  constructor(
    message: string,
    readonly excelCode: "#VALUE!" | "#N/A" = "#VALUE!"
  ) {
    super(message);
    this.name = "FunctionArgError";
  }
}

/** The value has no answer in the reference data (unknown akun, no SBM row): #N/A with a reason. */
export function notAvailable(message: string): FunctionArgError {
  return new FunctionArgError(message, "#N/A");
}

export function invalid(message: string): FunctionArgError {
  return new FunctionArgError(message, "#VALUE!");
}

type Scalar = string | number | boolean | null | undefined;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text argument: numbers are read as written (a code typed as a number, 521211, is the text "521211"). */
export function toText(v: Scalar, name: string): string {
  if (isBlank(v)) throw invalid(`${name} wajib diisi.`);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalid(`${name} tidak valid.`);
    return String(v);
  }
  if (typeof v === "boolean") throw invalid(`${name} harus berupa teks, bukan ${v ? "TRUE" : "FALSE"}.`);
  return String(v).trim();
}

/** Rupiah or any amount: a number, or Indonesian number text ("1.250.000", "Rp 1.250.000,50"). */
export function toAmount(v: Scalar, name: string): Decimal {
  if (isBlank(v)) throw invalid(`${name} wajib diisi.`);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalid(`${name} bukan angka yang sah.`);
    return dec(v);
  }
  if (typeof v === "string") {
    const parsed = parseIndonesianNumber(v);
    if (parsed) return parsed;
  }
  throw invalid(`${name} harus berupa angka, bukan "${String(v)}".`);
}

/** A whole number within [min, max] (tahun anggaran, bulan). Blank gives the fallback when there is one. */
export function toInteger(v: Scalar, name: string, min: number, max: number, fallback?: number): number {
  if (isBlank(v)) {
    if (fallback !== undefined) return fallback;
    throw invalid(`${name} wajib diisi.`);
  }
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw invalid(`${name} harus bilangan bulat ${min} sampai ${max}, bukan "${String(v)}".`);
  }
  return n;
}

/** A range of amounts (one row or one column) as Decimals; blank cells count as 0. */
export function toAmounts(range: Scalar[][] | Scalar, name: string): Decimal[] {
  const rows: Scalar[][] = Array.isArray(range) ? range : [[range]];
  const height = rows.length;
  const width = height ? rows[0].length : 0;
  if (height > 1 && width > 1) throw invalid(`${name} harus satu baris atau satu kolom.`);
  const cells = rows.flat();
  if (cells.length === 0) throw invalid(`${name} kosong.`);
  return cells.map((c, i) => (isBlank(c) ? dec(0) : toAmount(c, `${name} ke-${i + 1}`)));
}

/**
 * The Excel error a custom function throws. Argument problems and the core's typed errors (whose messages
 * are Indonesian) pass their message through; anything else is a bug and says so without internals.
 */
export function toExcelError(e: unknown): Error {
  const known = e instanceof FunctionArgError || e instanceof TelaahError || e instanceof RangeError;
  const message = known ? (e as Error).message : "Terjadi kesalahan tak terduga di Telaah.";
  const code =
    e instanceof FunctionArgError && e.excelCode === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message) as unknown as Error;
}

/** Runs a function body and turns its failures into Excel error values. */
export async function guard<T>(body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw toExcelError(e);
  }
}
