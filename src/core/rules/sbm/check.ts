/**
 * The comparison every SBM rule makes: a matched line's harga satuan against the amount of its item,
 * with the severity the regulation gives it (see `severityOf`) and the reference row as the basis.
 */
import { Decimal, sum } from "../../money/decimal";
import { formatRupiah } from "../../money/parse-number";
import { describeSbmValue, type SbmValue } from "../../reference/sbm";
import { sbmItem } from "../../reference/sbm-items";
import type { Severity } from "../../findings/finding";
import type { Tahap } from "../../options";
import type { RuleContext, RuleMessage } from "../rule";
import { sbmRun } from "./context";
import type { SbmFamily, SbmMatch } from "./match-types";

/** The same message ids for every SBM item rule. */
export const SBM_MESSAGES: Record<string, RuleMessage> = {
  lebihBatas: {
    id: "Harga satuan {harga} melebihi batas {item} {batas}{catatan}.",
    en: "Unit price {harga} exceeds the ceiling for {item} {batas}{catatanEn}.",
  },
  lebihBatasPelaksanaan: {
    id: "Harga satuan {harga} melebihi batas {item} {batas}{catatan}; pada tahap pelaksanaan boleh dilampaui dengan harga pasar yang wajar bila dijelaskan.",
    en: "Unit price {harga} exceeds the ceiling for {item} {batas}{catatanEn}; in execution it may be exceeded at a justified market price.",
  },
  lebihBatasBelumPasti: {
    id: "Harga satuan {harga} melebihi batas {item} {batas}{catatan}; nilai batas ini {status}, cocokkan dengan PMK atau isi lembar SBM_PENGGUNA.",
    en: "Unit price {harga} exceeds the ceiling for {item} {batas}{catatanEn}; this ceiling is {statusEn}: check it against the PMK or supply it in an SBM_PENGGUNA sheet.",
  },
  lebihEstimasi: {
    id: "Harga satuan {harga} melebihi estimasi {item} {batas}{catatan}; estimasi Lampiran II boleh dilampaui bila dijelaskan.",
    en: "Unit price {harga} exceeds the estimate for {item} {batas}{catatanEn}; Lampiran II estimates may be exceeded with a justification.",
  },
  tujuanTakDisebut: {
    id: "Harga satuan {harga} melebihi batas {item} {batas} (provinsi satker; tujuan/tempat tidak disebut di uraian){catatan}; di provinsi lain batasnya bisa lebih tinggi (tertinggi {tertinggi}): sebutkan tujuannya.",
    en: "Unit price {harga} exceeds the ceiling for {item} {batas} (the satker's province; the uraian names no destination){catatanEn}; elsewhere the ceiling may be higher (highest {tertinggi}): name the destination.",
  },
  jenisMenurutAkun: {
    id: "Harga satuan {harga} melebihi batas {item} {batas}{catatan}; jenisnya hanya dari akun {akun}, dan harga ini masih dalam batas {lain} {batasLain}: periksa akun atau uraiannya.",
    en: "Unit price {harga} exceeds the ceiling for {item} {batas}{catatanEn}; only akun {akun} says so, and the price is within {lain} {batasLain}: check the akun or the uraian.",
  },
  jabatanTakDisebut: {
    id: "Harga satuan {harga} di atas batas golongan terendah {item} {batas}; jabatan/kategori tidak disebut di uraian, pastikan golongannya.",
    en: "Unit price {harga} is above the lowest rank's ceiling for {item} {batas}; the uraian states no rank: check which applies.",
  },
};

interface Evaluation {
  ceiling: Decimal;
  /** The amounts the ceiling is made of (one for max, all for sum). */
  used: SbmValue[];
  /** Lowest candidate amount, when the rank is unknown. */
  lowest?: SbmValue;
}

/** The ceiling of a match, or null when any candidate has no amount (never a partial ceiling). */
export function evaluateMatch(
  m: SbmMatch,
  tahun: number,
  get: (
    tahun: number,
    item: string,
    prov?: SbmMatch["candidates"][number]["provinsi"],
    kunci?: string
  ) => SbmValue | undefined
): Evaluation | null {
  const values: SbmValue[] = [];
  for (const c of m.candidates) {
    const v = get(tahun, c.item, c.provinsi, c.kunci ?? "");
    if (!v) return null;
    values.push(v);
  }
  if (values.length === 0) return null;
  // Most matches have no factor: the ceiling is then the amount itself, with no Decimal allocated.
  const factor = m.factor === undefined || m.factor === 1 ? undefined : new Decimal(m.factor);
  if (m.combine === "sum") {
    const total = sum(values.map((v) => v.nilai));
    return { ceiling: factor ? total.times(factor) : total, used: values };
  }
  let max = values[0];
  let min = values[0];
  for (const v of values) {
    if (v.nilai.greaterThan(max.nilai)) max = v;
    if (v.nilai.lessThan(min.nilai)) min = v;
  }
  return {
    ceiling: factor ? max.nilai.times(factor) : max.nilai,
    used: [max],
    ...(m.rankUnknown && min !== max ? { lowest: min } : {}),
  };
}

/**
 * Lampiran II estimates: warning. A ceiling resting on anything not VERIFIED: warning. Otherwise an
 * error in perencanaan; in pelaksanaan an error only for items that add to income or facilities.
 */
export function severityOf(used: readonly SbmValue[], tahap: Tahap): { severity: Severity; messageId: string } {
  if (used.some((v) => v.item.lampiran === "II")) return { severity: "warning", messageId: "lebihEstimasi" };
  if (used.some((v) => !v.pengguna && v.status !== "VERIFIED"))
    return { severity: "warning", messageId: "lebihBatasBelumPasti" };
  if (tahap === "perencanaan" || used.some((v) => v.item.penghasilan))
    return { severity: "error", messageId: "lebihBatas" };
  return { severity: "warning", messageId: "lebihBatasPelaksanaan" };
}

/** "uang harian perjalanan dinas luar kota DKI Jakarta" */
function itemText(m: SbmMatch, used: readonly SbmValue[]): string {
  const v = used[0];
  const place = v.provinsi ? ` ${v.provinsi.label}` : "";
  const route = v.item.perRute && v.kunci ? ` ${v.kunci.replace(">", " - ")}` : "";
  if (m.combine === "sum" && used.length > 1) return `${v.item.label.replace(/ \((makan|kudapan)\)$/, "")}${place}`;
  return `${v.item.label}${place}${route}`;
}

/** "Rp530.000/OH", "makan Rp57.000 + kudapan Rp24.000 = Rp81.000/OK", "2 x Rp256.000 = Rp512.000/orang/kali" */
function ceilingText(m: SbmMatch, ev: Evaluation): string {
  const unit = ev.used[0].satuan;
  if (m.combine === "sum" && ev.used.length > 1) {
    const parts = ev.used.map(
      (v) => `${/\(kudapan\)/.test(v.item.label) ? "kudapan" : "makan"} ${formatRupiah(v.nilai)}`
    );
    return `${parts.join(" + ")} = ${formatRupiah(ev.ceiling)}/${unit}`;
  }
  if (m.factor && m.factor !== 1)
    return `${m.factor} x ${formatRupiah(ev.used[0].nilai)} = ${formatRupiah(ev.ceiling)}/${unit}`;
  return `${formatRupiah(ev.ceiling)}/${unit}`;
}

const STATUS_EN: Record<string, string> = {
  PARTIAL: "PARTIAL (incomplete source)",
  UNVERIFIED: "UNVERIFIED (one secondary source)",
};

/** The highest amount of the match's items in any province (times its factor), or null if none. */
function highestAnywhere(
  m: SbmMatch,
  tahun: number,
  values: (tahun: number, item: string) => readonly SbmValue[]
): Decimal | null {
  let max: Decimal | null = null;
  for (const c of m.candidates)
    for (const v of values(tahun, c.item)) if (!max || v.nilai.greaterThan(max)) max = v.nilai;
  return max ? max.times(m.factor ?? 1) : null;
}

/** Runs the comparison for one family over every matched detail line. */
export function checkFamily(ctx: RuleContext, family: SbmFamily): void {
  const run = sbmRun(ctx);
  if (!run.canRun || run.tahun === undefined) return;
  const tahun = run.tahun;
  const get = run.reference.sbm.get.bind(run.reference.sbm);
  for (const { index, match: m } of run.byFamily.get(family) ?? []) {
    const row = ctx.tree.rows[index];
    const price = row.hargaSatuan?.value;
    if (!price || !row.hargaSatuan || price.lessThanOrEqualTo(0)) continue;
    const ev = evaluateMatch(m, tahun, get);
    if (!ev) continue;
    if (price.greaterThan(ev.ceiling)) {
      // Texts only for a line that gets a finding: most matched lines are within their ceiling.
      const item = itemText(m, ev.used);
      const basis = ev.used.map(describeSbmValue).join(" + ");
      let { severity, messageId } = severityOf(ev.used, ctx.options.tahap);
      let tertinggi = "";
      if (m.placeAssumed) {
        // The destination was assumed: certain only above what any province allows.
        const highest = highestAnywhere(m, tahun, run.reference.sbm.values.bind(run.reference.sbm));
        if (highest === null || !price.greaterThan(highest)) {
          severity = "warning";
          messageId = "tujuanTakDisebut";
          tertinggi = highest ? `${formatRupiah(highest)}/${ev.used[0].satuan}` : "-";
        }
      }
      let lain = "";
      let batasLain = "";
      if (m.alternative && messageId !== "tujuanTakDisebut") {
        const altMatch: SbmMatch = { ...m, candidates: m.alternative.candidates, rankUnknown: false };
        const altCeiling = m.alternative.anyProvince
          ? highestAnywhere(altMatch, tahun, run.reference.sbm.values.bind(run.reference.sbm))
          : (evaluateMatch(altMatch, tahun, get)?.ceiling ?? null);
        if (altCeiling && !price.greaterThan(altCeiling)) {
          severity = "warning";
          messageId = "jenisMenurutAkun";
          const altItem = sbmItem(m.alternative.candidates[0].item);
          const altPlace = m.alternative.candidates[0].provinsi;
          lain = `${altItem?.label ?? ""}${altPlace ? ` ${altPlace.label}` : m.alternative.anyProvince ? " (tertinggi antarprovinsi)" : ""}`;
          batasLain = `${formatRupiah(altCeiling)}/${altItem?.satuan ?? ""}`;
        }
      }
      // The destination message says the province was assumed; the note need not repeat it.
      const notes =
        messageId === "tujuanTakDisebut" ? m.notes.filter((n) => !n.id.startsWith("provinsi satker")) : m.notes;
      const catatan = notes.length ? ` (${notes.map((n) => n.id).join("; ")})` : "";
      const catatanEn = notes.length ? ` (${notes.map((n) => n.en).join("; ")})` : "";
      const weakest = ev.used.find((v) => !v.pengguna && v.status !== "VERIFIED")?.status ?? "";
      ctx.report({
        messageId,
        severity,
        at: row,
        col: row.hargaSatuan.col,
        data: {
          harga: formatRupiah(price),
          item,
          batas: ceilingText(m, ev),
          catatan,
          catatanEn,
          status: weakest === "PARTIAL" ? "hanya sebagian terverifikasi (PARTIAL)" : "belum terverifikasi (UNVERIFIED)",
          statusEn: STATUS_EN[weakest] ?? "",
          tertinggi,
          akun: row.akun ?? "",
          lain,
          batasLain,
        },
        expected: formatRupiah(ev.ceiling),
        actual: formatRupiah(price),
        basis,
      });
    } else if (ev.lowest && price.greaterThan(ev.lowest.nilai)) {
      ctx.report({
        messageId: "jabatanTakDisebut",
        severity: "info",
        at: row,
        col: row.hargaSatuan.col,
        data: {
          harga: formatRupiah(price),
          item: ev.lowest.item.label + (ev.lowest.provinsi ? ` ${ev.lowest.provinsi.label}` : ""),
          batas: `${formatRupiah(ev.lowest.nilai)}/${ev.lowest.satuan}`,
        },
        expected: formatRupiah(ev.lowest.nilai),
        actual: formatRupiah(price),
        basis: describeSbmValue(ev.lowest),
      });
    }
  }
}
