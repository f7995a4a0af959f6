import { defaultReferenceData } from "../../reference/reference-data";
import type { Rule } from "../rule";
import { akunRows, underBaBun } from "./akun-rows";

/**
 * Jenis belanja a K/L worksheet may not use: 54 (utang), 55 (subsidi), 56 (hibah), 58 (lain-lain) and the
 * transfer codes belong to BA BUN (999.xx); 59xxxx "Beban" accounts are accrual-only and never budgeted.
 */
export const akunJenis: Rule = {
  id: "AKUN-JENIS",
  family: "AKUN",
  description:
    "RKA-K/L hanya memakai jenis belanja 51, 52, 53 dan 57; 54-56 dan 58 milik BA BUN, 59 hanya untuk akrual.",
  defaultSeverity: "error",
  basis:
    "PMK 62/2023 jo. PMK 107/2024: jenis belanja pada DIPA K/L hanya Belanja Pegawai (51), Barang dan Jasa (52), Modal (53) dan Bantuan Sosial (57)",
  messages: {
    bun: {
      id: "Akun {kode} berjenis belanja {jenis} ({jenisNama}) yang hanya dipakai Bagian Anggaran BUN (999), bukan oleh K/L.",
      en: "Akun {kode} is of jenis belanja {jenis} ({jenisNama}), used only by Bagian Anggaran BUN (999), not by a ministry.",
    },
    akrual: {
      id: "Akun {kode} adalah akun beban akrual (59xxxx) yang tidak pernah dianggarkan; gunakan akun belanja (51/52/53/57).",
      en: "Akun {kode} is an accrual-only expense account (59xxxx), never budgeted; use a belanja account (51/52/53/57).",
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const a of akunRows(ctx.tree)) {
      const basis = { at: a.row, col: a.col, actual: a.kode };
      if (a.kode.startsWith("59")) {
        ctx.report({
          messageId: "akrual",
          data: { kode: a.kode },
          ...basis,
          basis: "Bagan Akun Standar: akun 59xxxx (Beban) hanya untuk pencatatan akrual, tidak dianggarkan",
        });
        continue;
      }
      const jenis = ref.jenisBelanja(a.kode);
      if (!jenis || jenis.dipakaiKL || underBaBun(a.row)) continue;
      ctx.report({
        messageId: "bun",
        data: { kode: a.kode, jenis: jenis.kode, jenisNama: jenis.uraian.toLowerCase() },
        ...basis,
        expected: "51/52/53/57",
      });
    }
  },
};
