/**
 * Host failures as typed results with Indonesian (and English) messages. Adapters return HostResult;
 * the pane shows `error.message` in a MessageBar. Office.js error codes are mapped in one place.
 */

export type HostErrorCode =
  "CELL_EDIT_MODE" | "PROTECTED" | "UNSUPPORTED" | "TOO_LARGE" | "CANCELLED" | "BUSY" | "NOT_FOUND" | "UNKNOWN";

export interface HostError {
  code: HostErrorCode;
  message: string;
  messageEn: string;
  /** Office's own error code and text, for a bug report; never the only thing shown. */
  detail?: string;
}

/** A degraded feature or a skipped item the user should know about; the operation still succeeded. */
export interface HostNotice {
  code: string;
  message: string;
  messageEn: string;
}

export type HostResult<T> = { ok: true; value: T; notices: HostNotice[] } | { ok: false; error: HostError };

const MESSAGES: Record<HostErrorCode, [string, string]> = {
  CELL_EDIT_MODE: [
    "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk selesai mengedit, lalu coba lagi.",
    "Excel is in cell edit mode. Press Enter or Esc to finish editing, then try again.",
  ],
  PROTECTED: [
    "Lembar ini dilindungi. Buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu coba lagi.",
    "This sheet is protected. Unprotect it (Review > Unprotect Sheet), then try again.",
  ],
  UNSUPPORTED: [
    "Versi Excel ini belum mendukung fitur tersebut. Perbarui Excel atau gunakan Excel untuk web.",
    "This version of Excel does not support that feature. Update Excel or use Excel on the web.",
  ],
  TOO_LARGE: [
    "Lembar terlalu besar untuk dibaca sekaligus. Persempit area atau bagi lembarnya, lalu coba lagi.",
    "The sheet is too large to read. Narrow the area or split the sheet, then try again.",
  ],
  CANCELLED: ["Dibatalkan.", "Cancelled."],
  BUSY: ["Excel sedang sibuk. Tunggu sebentar, lalu coba lagi.", "Excel is busy. Wait a moment, then try again."],
  NOT_FOUND: ["Lembar atau sel yang dimaksud tidak ditemukan.", "The sheet or cell was not found."],
  UNKNOWN: [
    "Excel menolak permintaan Telaah. Coba lagi; bila tetap gagal, simpan buku kerja lalu buka ulang.",
    "Excel rejected Telaah's request. Try again; if it keeps failing, save and reopen the workbook.",
  ],
};

export function hostError(code: HostErrorCode, detail?: string): HostError {
  const [message, messageEn] = MESSAGES[code];
  return detail === undefined ? { code, message, messageEn } : { code, message, messageEn, detail };
}

/** Thrown inside adapters to stop with a typed error; `attempt` turns it into a result. */
export class HostFailure extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
    this.name = "HostFailure";
  }
}

export function fail(code: HostErrorCode, detail?: string): never {
  throw new HostFailure(hostError(code, detail));
}

/** Excel.ErrorCodes and OfficeExtension.ErrorCodes values we tell apart. */
const OFFICE_CODES: Record<string, HostErrorCode> = {
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  AccessDenied: "PROTECTED",
  ResponsePayloadSizeLimitExceeded: "TOO_LARGE",
  RequestPayloadSizeLimitExceeded: "TOO_LARGE",
  RangeExceedsLimit: "TOO_LARGE",
  OperationCellsExceedLimit: "TOO_LARGE",
  ApiNotFound: "UNSUPPORTED",
  UnsupportedFeature: "UNSUPPORTED",
  NotImplemented: "UNSUPPORTED",
  ActivityLimitReached: "BUSY",
  Conflict: "BUSY",
  RequestAborted: "BUSY",
  ItemNotFound: "NOT_FOUND",
};

export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return undefined;
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostFailure) return e.error;
  if (typeof e === "object" && e !== null && (e as { name?: string }).name === "AbortError") {
    return hostError("CANCELLED");
  }
  const code = officeErrorCode(e);
  const text = e instanceof Error ? e.message : String(e);
  const mapped = code ? OFFICE_CODES[code] : undefined;
  return hostError(mapped ?? "UNKNOWN", code ? `${code}: ${text}` : text);
}

/** Runs an adapter body; success carries its notices, any failure becomes a typed error. */
export async function attempt<T>(body: (notices: HostNotice[]) => Promise<T>): Promise<HostResult<T>> {
  const notices: HostNotice[] = [];
  try {
    const value = await body(notices);
    return { ok: true, value, notices };
  } catch (e) {
    return { ok: false, error: toHostError(e) };
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) fail("CANCELLED");
}
