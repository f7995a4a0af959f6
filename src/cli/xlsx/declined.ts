/**
 * Thrown when the fast reader meets something it does not read exactly as ExcelJS would (a ZIP64
 * archive, a DOCTYPE, hyperlinked cells, overlapping merges, ...). The caller then reads the workbook
 * with ExcelJS instead, so a declined file gives the same snapshot, or the same error, as before.
 */
export class FastReaderDeclined extends Error {
  constructor(readonly reason: string) {
    super(`fast reader declined: ${reason}`);
    this.name = "FastReaderDeclined";
  }
}

export function decline(reason: string): never {
  throw new FastReaderDeclined(reason);
}
