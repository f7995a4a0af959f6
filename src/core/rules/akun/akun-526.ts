import { defaultReferenceData } from "../../reference/reference-data";
import type { Rule } from "../rule";
import { akunRows } from "./akun-rows";

/**
 * 526xxx buys goods handed over to the public or a Pemda. When they are given on a proposal, the RKA-K/L
 * needs a Surat Pernyataan from the Eselon I official; without it the allocation is blocked.
 */
export const akun526: Rule = {
  id: "AKUN-526",
  family: "AKUN",
  description:
    "Akun 526 (barang untuk diserahkan kepada masyarakat/Pemda) memerlukan Surat Pernyataan Pejabat Eselon I.",
  defaultSeverity: "warning",
  basis:
    "PMK 62/2023 jo. PMK 107/2024: akun 526 (Belanja Barang untuk diserahkan kepada Masyarakat/Pemda) yang diserahkan berdasarkan usulan dilengkapi Surat Pernyataan Pejabat Eselon I; tanpa dokumen itu dicantumkan dalam Halaman IV.A (blokir)",
  messages: {
    pernyataan: {
      id: "Akun {kode} ({nama}) untuk barang yang diserahkan kepada masyarakat/Pemda: bila diserahkan berdasarkan usulan, lampirkan Surat Pernyataan Pejabat Eselon I, atau anggaran ini diblokir.",
      en: "Akun {kode} ({nama}) buys goods handed over to the public/Pemda: when handed over on a proposal, attach the Eselon I official's Surat Pernyataan, or the allocation is blocked.",
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const a of akunRows(ctx.tree)) {
      if (!a.kode.startsWith("526")) continue;
      ctx.report({
        messageId: "pernyataan",
        data: { kode: a.kode, nama: ref.akun(a.kode)?.uraian ?? a.uraian },
        at: a.row,
        col: a.col,
      });
    }
  },
};
