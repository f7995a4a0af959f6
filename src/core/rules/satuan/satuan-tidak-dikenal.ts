import { defaultReferenceData } from "../../reference/reference-data";
import { cellAt, cellText } from "../../sheet/snapshot";
import { parseVolumeExpression } from "../../tree/volume-expression";
import type { Rule } from "../rule";

export const SATUAN_BASIS =
  "PMK 62/2023 jo. PMK 107/2024 Lampiran II: detil memuat volume (frekuensi) dengan satuan ukurnya (orang/hari, orang/jam, orang/bulan, kegiatan, paket, ...) sesuai rincian perhitungannya";

/**
 * A detail line's satuan must be a unit a reader can recognise: one of the accepted spellings of the
 * satuan table (PMK 107/2024's list and the common units of RKA-K/L worksheets). A number in the satuan
 * column is a value typed one column too far; a costed line without a satuan says nothing of what it counts.
 */
export const satuanTidakDikenal: Rule = {
  id: "SATUAN-TIDAK-DIKENAL",
  family: "SATUAN",
  description: "Satuan detil harus dikenal (OH, OJ, OK, OB, ORG, PKT, EKS, LBR, UNIT, BH, KEG, M2, ...).",
  defaultSeverity: "warning",
  basis: SATUAN_BASIS,
  messages: {
    tidakDikenal: {
      id: 'Satuan "{satuan}" pada detil "{uraian}" tidak dikenal; gunakan satuan baku (mis. OH, OJ, OK, OB, ORG, PKT, EKS, LBR, UNIT, BH, KEG).',
      en: 'Unit "{satuan}" on detail "{uraian}" is not a known unit; use a standard one (e.g. OH, OJ, OK, OB, ORG, PKT, EKS, LBR, UNIT, BH, KEG).',
    },
    angka: {
      id: 'Kolom satuan detil "{uraian}" berisi angka {satuan}, bukan satuan: nilai tampaknya salah kolom.',
      en: 'The unit column of detail "{uraian}" holds the number {satuan}, not a unit: the value seems to be in the wrong column.',
    },
    tidakDikenalRincian: {
      id: 'Satuan "{satuan}" dalam rincian perhitungan "{rincian}" pada detil "{uraian}" tidak dikenal; gunakan satuan baku (mis. ORG, HARI, JAM, KALI, BULAN, PKT, EKS, LBR, UNIT, BH, KEG).',
      en: 'Unit "{satuan}" in the breakdown "{rincian}" of detail "{uraian}" is not a known unit; use a standard one (e.g. ORG, HARI, JAM, KALI, BULAN, PKT, EKS, LBR, UNIT, BH, KEG).',
    },
    kosong: {
      id: 'Detil "{uraian}" bervolume {volume} tetapi tidak mencantumkan satuan.',
      en: 'Detail "{uraian}" has a volume of {volume} but no unit.',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    const col = ctx.tree.layout.columns.satuan;
    const rincianCol = ctx.tree.layout.columns.rincianSat;
    // The RAB B.2.d.6 has no satuan column: its units are those of the rincian perhitungan ("2 ORG x 3 HARI").
    if (col === undefined && rincianCol !== undefined) {
      for (const r of ctx.tree.rows) {
        if (r.level !== "detil") continue;
        const rincian = cellText(cellAt(ctx.sheet, r.row, rincianCol)).trim();
        const e = rincian ? parseVolumeExpression(rincian.replace(/^\[|\]$/g, "")) : null;
        // Units as written in the rincian (the parsed expression holds them upper-cased).
        const asWritten = (u: string) => rincian.split(/[^A-Za-z0-9./²-]+/).find((w) => w.toUpperCase() === u) ?? u;
        const unknown = [...new Set((e?.factors ?? []).map((f) => f.unit).filter((u) => u && !ref.satuan(u)))].map(
          asWritten
        );
        if (!unknown.length) continue;
        const uraian = r.uraian.replace(/^[-\s]+/, "").slice(0, 80);
        ctx.report({
          messageId: "tidakDikenalRincian",
          data: { satuan: unknown.join('", "'), rincian, uraian },
          at: r,
          col: rincianCol,
          actual: unknown.join(", "),
        });
      }
      return;
    }
    if (col === undefined) return;
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil") continue;
      const uraian = r.uraian.replace(/^[-\s]+/, "").slice(0, 80);
      if (!r.satuan) {
        const vol = r.volume?.value;
        if (vol && !vol.isZero() && r.jumlah?.value && !r.jumlah.value.isZero())
          ctx.report({ messageId: "kosong", data: { uraian, volume: vol.toFixed() }, at: r, col });
        continue;
      }
      if (ref.satuan(r.satuan)) continue;
      const messageId = /^[\d.,\s]+$/.test(r.satuan) ? "angka" : "tidakDikenal";
      ctx.report({ messageId, data: { satuan: r.satuan, uraian }, at: r, col, actual: r.satuan });
    }
  },
};
