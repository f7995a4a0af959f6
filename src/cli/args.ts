import { parseArgs, type ParseArgsConfig } from "util";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** util.parseArgs with Indonesian messages for the mistakes users make. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`Opsi tidak dikenal: ${unknown[1]}`);
    const missing = /Option '([^']+)' argument missing/.exec(msg) ?? /Option '(-\S+)[^']*' argument missing/.exec(msg);
    if (missing) throw new UsageError(`Opsi ${missing[1]} memerlukan nilai.`);
    throw new UsageError(`Argumen tidak valid: ${msg}`);
  }
}

export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d{4}$/.test(text) || n < 2000 || n > 2100)
    throw new UsageError(`--tahun harus berupa tahun empat digit, bukan "${text}".`);
  return n;
}
