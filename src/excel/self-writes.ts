/**
 * Remembers which cells the add-in is writing, so live mode can ignore the change events its own writes
 * raise on an Excel without WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14).
 */
import { parseRange, type Bounds } from "./addresses";

export class SelfWriteGuard {
  private active: { sheet: string; areas: Bounds[] }[] = [];
  /** Writes that ended recently: their events may still arrive after the sync that caused them. */
  private recent: { sheet: string; areas: Bounds[]; until: number }[] = [];

  constructor(
    private readonly graceMs = 2000,
    private readonly now: () => number = () => Date.now()
  ) {}

  /** Marks the start of a write; call the returned function once it has synced (or failed). */
  begin(sheet: string, areas: Bounds[]): () => void {
    const entry = { sheet, areas };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((e) => e !== entry);
      this.recent.push({ sheet, areas, until: this.now() + this.graceMs });
    };
  }

  /** True when every cell of the changed address lies in an area the add-in is (or just was) writing. */
  covers(sheet: string, address: string): boolean {
    const changed = parseRange(address);
    if (!changed) return false;
    const t = this.now();
    this.recent = this.recent.filter((e) => e.until >= t);
    const areas = [...this.active, ...this.recent].filter((e) => e.sheet === sheet).flatMap((e) => e.areas);
    const inside = (a: Bounds, r: number, c: number) => a.top <= r && a.bottom >= r && a.left <= c && a.right >= c;
    if (areas.some((a) => inside(a, changed.top, changed.left) && inside(a, changed.bottom, changed.right)))
      return true;
    // Excel may report several written runs as one address: check cell by cell, within reason.
    const cells = (changed.bottom - changed.top + 1) * (changed.right - changed.left + 1);
    if (cells > 10_000) return false;
    for (let r = changed.top; r <= changed.bottom; r++) {
      for (let c = changed.left; c <= changed.right; c++) if (!areas.some((a) => inside(a, r, c))) return false;
    }
    return true;
  }
}
