/** Sync counting and fixed-size batches shared by the adapters. */
import { throwIfAborted } from "./errors";

export class Syncer {
  count = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly signal?: AbortSignal
  ) {}

  /** One round trip to Excel; stops first when the user cancelled. */
  async sync(): Promise<void> {
    throwIfAborted(this.signal);
    this.count++;
    await this.context.sync();
  }
}

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** 'Kertas Kerja'!B5: a sheet-qualified address for workbook-level collections (comments). */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
