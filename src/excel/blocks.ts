/**
 * Row blocks sized for Excel on the web: at most 5 MB per request or response and 5,000,000 cells per
 * read. The first block is sized from a cautious bytes-per-cell guess; later blocks from what the
 * previous ones actually weighed, so syncs grow with the sheet's bytes, never with its rows.
 */

export interface BlockBudget {
  /** Bytes per request/response to aim for; Excel on the web refuses more than 5 MB. */
  maxBytes: number;
  /** Cells per request; Excel on the web reads at most 5,000,000 at once. */
  maxCells: number;
}

export const DEFAULT_BUDGET: BlockBudget = { maxBytes: 4_000_000, maxCells: 1_000_000 };

/** Guess for the first block: values, formulas and number formats of a text-heavy budget row. */
const INITIAL_BYTES_PER_CELL = 120;
/** A block grows at most this much over the last one, so one light block cannot overshoot. */
const MAX_GROWTH = 4;

export interface Block {
  /** 0-based offset from the first row of the area. */
  start: number;
  count: number;
}

export class RowBlocker {
  private next0 = 0;
  private rows: number;
  private readonly budget: BlockBudget;

  constructor(
    readonly totalRows: number,
    private readonly columns: number,
    budget: Partial<BlockBudget> = {},
    bytesPerCell = INITIAL_BYTES_PER_CELL
  ) {
    this.budget = { ...DEFAULT_BUDGET, ...budget };
    this.rows = this.fit(bytesPerCell * Math.max(1, columns));
  }

  private fit(bytesPerRow: number): number {
    const cols = Math.max(1, this.columns);
    const byBytes = Math.floor((this.budget.maxBytes * 0.9) / Math.max(1, bytesPerRow));
    const byCells = Math.floor(this.budget.maxCells / cols);
    return Math.max(1, Math.min(byBytes, byCells));
  }

  /** The next block, or null when every row has been handed out. */
  next(): Block | null {
    if (this.next0 >= this.totalRows) return null;
    const count = Math.min(this.rows, this.totalRows - this.next0);
    return { start: this.next0, count };
  }

  /** The block was read and weighed `bytes`; size the following ones from it. */
  done(block: Block, bytes: number): void {
    this.next0 = block.start + block.count;
    const fitted = this.fit(bytes / Math.max(1, block.count));
    this.rows = Math.max(1, Math.min(fitted, block.count * MAX_GROWTH));
  }

  /** Excel refused the block as too large: halve it. False when it is one row already. */
  shrink(block: Block): boolean {
    if (block.count <= 1) return false;
    this.rows = Math.max(1, Math.floor(block.count / 2));
    return true;
  }
}

/** Rough size of what a block's response carries (JSON text). */
export function payloadBytes(...parts: unknown[]): number {
  let n = 0;
  for (const p of parts) if (p !== undefined) n += JSON.stringify(p).length;
  return n;
}
