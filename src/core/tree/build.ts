import type { LayoutResult } from "../layout/types";
import { cellText, cellAt, type SheetSnapshot } from "../sheet/snapshot";
import { groupDepth, isFooterText, leadingSpaces, levelRank, shapeOfCode } from "./classify";
import { readNumberCell, readTextCell } from "./read-cells";
import type { BudgetRow, BudgetTree, Level, NumberCell } from "./types";
import { findVolumeExpression, parseVolumeExpression, type VolumeExpression } from "./volume-expression";

/** Codes written inside the uraian when a layout has no kode column ("521211 Belanja Bahan"). */
const INLINE_CODE =
  /^\s*(\d{3}\.\d{2}\.[A-Z0-9]{2}|\d{4}\.[A-Z0-9]{3}\.[A-Z0-9]{3}|\d{4}\.[A-Z0-9]{3}|\d{6}|\d{4})\s+(\S.*)$/;

function volumeExpressionOf(
  sheet: SheetSnapshot,
  row: number,
  layout: LayoutResult,
  uraian: string
): VolumeExpression | undefined {
  const c = layout.columns;
  if (c.rincianSat !== undefined) {
    const text = readTextCell(sheet, row, c.rincianSat);
    const e = text ? parseVolumeExpression(text.replace(/^\[|\]$/g, "")) : null;
    if (e) return e;
  }
  if (layout.volumePairs.length) {
    const parts: string[] = [];
    for (const p of layout.volumePairs) {
      const n = cellText(cellAt(sheet, row, p.number)).trim();
      if (n) parts.push(`${n} ${cellText(cellAt(sheet, row, p.unit)).trim()}`);
    }
    const e = parts.length ? parseVolumeExpression(parts.join(" x ")) : null;
    if (e) return e;
  }
  return findVolumeExpression(uraian) ?? undefined;
}

const NO_MONTHS: NonNullable<BudgetRow["months"]> = [];
const holdsNumber = (n: NumberCell | undefined): boolean => !!n && (n.value !== null || !!n.error);

/** Reads the rows below the header into a budget tree, each row keeping its cells' columns. */
export function buildTree(sheet: SheetSnapshot, layout: LayoutResult): BudgetTree {
  const c = layout.columns;
  const rows: BudgetRow[] = [];
  const roots: number[] = [];
  const stack: number[] = [];
  const hidden = new Set(sheet.hiddenRows ?? []);
  const uraianCol = c.uraian;
  const kodeCol = c.kode ?? c.kodeAkun;

  for (let r = layout.dataStart; r < sheet.values.length; r++) {
    const rawKode = kodeCol === undefined ? "" : readTextCell(sheet, r, kodeCol);
    let rawUraian = readTextCell(sheet, r, uraianCol);
    let kode = rawKode.trim();
    if (!kode && c.kode === undefined && c.kodeAkun === undefined) {
      const m = INLINE_CODE.exec(rawUraian);
      if (m) {
        kode = m[1];
        rawUraian = m[2];
      }
    }
    const volume = readNumberCell(sheet, r, c.rincianJml ?? c.volume);
    const hargaSatuan = readNumberCell(sheet, r, c.hargaSatuan);
    const jumlah = readNumberCell(sheet, r, c.jumlah);
    const pagu = readNumberCell(sheet, r, c.pagu);
    const months =
      layout.months.length === 0
        ? NO_MONTHS
        : layout.months.map((m) => ({
            month: m.month,
            percent: readNumberCell(sheet, r, m.percent),
            rupiah: readNumberCell(sheet, r, m.rupiah),
          }));
    const hasNumbers = holdsNumber(volume) || holdsNumber(hargaSatuan) || holdsNumber(jumlah) || holdsNumber(pagu);
    const uraian = rawUraian.trim();
    if (!kode && !uraian && !hasNumbers) continue;
    if (!kode && isFooterText(uraian)) continue;

    let level: Level;
    const depth = kode ? 0 : groupDepth(rawUraian);
    if (kode) {
      const shape = layout.kind === "monsakti-item" ? "detil" : shapeOfCode(kode);
      if (shape === "ro-or-komponen") {
        const top = stack.length ? rows[stack[stack.length - 1]] : undefined;
        const nearest = [...stack]
          .reverse()
          .map((i) => rows[i])
          .find((x) => levelRank(x.level) <= levelRank("komponen"));
        // Short-form codes ("EBA" then "962") put the RO right under its KRO; after a full KRO code
        // ("2079.603") a bare 3-digit code is a komponen (old outputs had no sub output line).
        const shortKro = nearest?.level === "kro" && top?.level === "kro" && !nearest.kode?.includes(".");
        level = shortKro ? "ro" : "komponen";
      } else if (shape === "unknown" || shape === "kro-or-komponen") {
        // A mistyped akun ("52121") on a heading row (no volume, no price) still heads its lines, so that
        // one typo gives one finding (STRUK-KODE) instead of orphaning every line beneath it.
        const heading =
          (!volume?.value || volume.value.isZero()) && (!hargaSatuan?.value || hargaSatuan.value.isZero());
        level = heading && /^\d{5,7}$/.test(kode) ? "akun" : "detil";
      } else level = shape;
    } else level = depth > 0 ? "group" : "detil";

    const index = rows.length;
    const row: BudgetRow = {
      index,
      row: r,
      level,
      uraian,
      indent: leadingSpaces(rawKode || rawUraian),
      parent: null,
      children: [],
      path: [],
    };
    if (kode && level !== "detil") row.kode = kode.replace(/\.$/, "");
    if (kode && layout.kind !== "monsakti-item" && (level === "detil" || shapeOfCode(kode) === "unknown"))
      row.unrecognizedKode = kode;
    if (level === "group") row.groupDepth = depth;
    if (volume) row.volume = volume;
    if (hargaSatuan) row.hargaSatuan = hargaSatuan;
    if (jumlah) row.jumlah = jumlah;
    if (pagu) row.pagu = pagu;
    if (months.length) row.months = months;
    const satuan = readTextCell(sheet, r, c.satuan).trim();
    if (satuan) row.satuan = satuan;
    const sd = readTextCell(sheet, r, c.sumberDana).trim();
    if (sd) row.sumberDana = sd;
    if (hidden.has(r)) row.hidden = true;
    if (level === "detil") {
      const e = volumeExpressionOf(sheet, r, layout, rawUraian);
      if (e) row.volumeExpr = e;
    }

    // Attach to the nearest open row that may hold this level.
    if (level === "detil") {
      if (layout.kind === "monsakti-item") row.akun = readTextCell(sheet, r, c.kodeAkun).trim() || undefined;
    } else if (level === "group") {
      while (
        stack.length &&
        rows[stack[stack.length - 1]].level === "group" &&
        rows[stack[stack.length - 1]].groupDepth! >= depth
      )
        stack.pop();
    } else {
      const rank = levelRank(level);
      while (stack.length && levelRank(rows[stack[stack.length - 1]].level) >= rank) stack.pop();
    }
    const parent = stack.length && layout.kind !== "monsakti-item" ? stack[stack.length - 1] : null;
    row.parent = parent;
    if (parent === null) roots.push(index);
    else rows[parent].children.push(index);
    const parentRow = parent === null ? undefined : rows[parent];
    // A row without a kode shares its parent's path (paths are read-only): no copy per detail line.
    const parentPath = parentRow ? parentRow.path : [];
    row.path = row.kode ? [...parentPath, row.kode] : parentPath;
    if (level === "akun") row.akun = row.kode;
    else if (!row.akun && parentRow?.akun) row.akun = parentRow.akun;
    rows.push(row);
    if (level !== "detil") stack.push(index);
  }
  return { sheet: sheet.name, layout, rows, roots };
}
