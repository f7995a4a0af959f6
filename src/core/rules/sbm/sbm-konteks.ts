import type { Rule } from "../rule";
import { sbmRun } from "./context";
import { SBM_BASIS } from "./item-rule";

/**
 * Says once per sheet what the SBM check could not do and what it used: no tahun anggaran, no
 * province, a year without data, only scattered values, the user's own amounts and their bad rows.
 * Never guesses silently.
 */
export const sbmKonteks: Rule = {
  id: "SBM-KONTEKS",
  family: "SBM",
  description:
    "Menyatakan bila pemeriksaan standar biaya tidak dapat dijalankan (tahun, provinsi, data) dan standar biaya pengguna yang dipakai.",
  defaultSeverity: "info",
  basis: SBM_BASIS,
  messages: {
    tanpaTahun: {
      id: "Standar biaya tidak diperiksa: tahun anggaran tidak diketahui. Isi opsi tahun (--tahun) atau tulis TA di judul lembar.",
      en: "Standar biaya not checked: the budget year is unknown. Set the year (--tahun) or write TA in the sheet title.",
    },
    tahunTanpaData: {
      id: "Standar biaya TA{tahun} tidak tersedia di Telaah (tersedia: {tersedia}); baris tidak diperiksa. Tambahkan lembar SBM_PENGGUNA atau --sbm BERKAS.",
      en: "No standar biaya for TA{tahun} in Telaah (available: {tersedia}); lines not checked. Add an SBM_PENGGUNA sheet or --sbm FILE.",
    },
    tahunSebagian: {
      id: "Standar biaya TA{tahun} ({dasar}) hanya tersedia sebagian ({jumlah} nilai); baris tanpa nilai acuan tidak diperiksa.",
      en: "Standar biaya TA{tahun} ({dasar}) is only partly available ({jumlah} values); lines without a reference amount are not checked.",
    },
    tanpaProvinsi: {
      id: "Provinsi satker tidak diketahui: standar biaya per provinsi hanya diperiksa bila uraian menyebut provinsi/kota tujuan. Isi opsi provinsi (--provinsi) atau LOKASI di judul lembar.",
      en: "The satker's province is unknown: per-province amounts are checked only where the uraian names the destination. Set --provinsi or LOKASI in the sheet title.",
    },
    provinsiTakDikenal: {
      id: 'Provinsi "{provinsi}" tidak dikenal; standar biaya per provinsi hanya diperiksa bila uraian menyebut provinsi/kota tujuan.',
      en: 'Province "{provinsi}" is not recognised; per-province amounts are checked only where the uraian names the destination.',
    },
    pengguna: {
      id: "Standar biaya pengguna dipakai untuk TA{tahun}: {jumlah} nilai ({sumber}); nilai ini menggantikan tabel bawaan.",
      en: "The user's standar biaya is used for TA{tahun}: {jumlah} values ({sumber}); they replace the shipped table.",
    },
    penggunaDitolak: {
      id: "Standar biaya pengguna, {lokasi}: {pesan}; baris ini tidak dipakai.",
      en: "User standar biaya, {lokasi}: {pesan}; this row is not used.",
    },
  },
  check(ctx) {
    if (!ctx.tree.rows.some((r) => r.level === "detil")) return;
    const run = sbmRun(ctx);
    const sbm = run.reference.sbm;
    const tb = ctx.tree.layout.titleBlock;
    const cellOf = (k: "tahun" | "provinsi") => tb?.sources?.[k] ?? { row: 0, col: 0 };
    for (const p of run.reference.overrideProblems)
      ctx.report({
        messageId: "penggunaDitolak",
        severity: "warning",
        at: 0,
        col: 0,
        data: { lokasi: p.lokasi, pesan: p.pesan },
      });
    if (run.tahun === undefined) {
      ctx.report({ messageId: "tanpaTahun", at: 0, col: 0 });
      return;
    }
    const t = cellOf("tahun");
    if (run.coverage === "tidak-ada") {
      const tersedia = sbm
        .years()
        .map((y) => `TA${y}${sbm.coverage(y) === "sebagian" ? " (sebagian)" : ""}`)
        .join(", ");
      ctx.report({
        messageId: "tahunTanpaData",
        at: run.tahunFrom === "judul" ? t.row : 0,
        col: run.tahunFrom === "judul" ? t.col : 0,
        data: { tahun: run.tahun, tersedia },
      });
      return;
    }
    if (run.coverage === "sebagian") {
      ctx.report({
        messageId: "tahunSebagian",
        at: 0,
        col: 0,
        data: { tahun: run.tahun, dasar: sbm.dasar(run.tahun) ?? "", jumlah: sbm.shippedCount(run.tahun) },
      });
    }
    const userRows = sbm.userRowCount(run.tahun);
    if (userRows > 0) {
      ctx.report({
        messageId: "pengguna",
        at: 0,
        col: 0,
        data: {
          tahun: run.tahun,
          jumlah: userRows,
          sumber: run.reference.overrides
            .filter((o) => o.rows > 0)
            .map((o) => o.sumber)
            .join(", "),
        },
      });
    }
    if (run.provinsiTakDikenal !== undefined) {
      const p = cellOf("provinsi");
      ctx.report({
        messageId: "provinsiTakDikenal",
        at: run.provinsiTakDikenal === ctx.options.provinsi ? 0 : p.row,
        col: run.provinsiTakDikenal === ctx.options.provinsi ? 0 : p.col,
        data: { provinsi: run.provinsiTakDikenal },
      });
    } else if (!run.satker) {
      ctx.report({ messageId: "tanpaProvinsi", at: 0, col: 0 });
    }
  },
};
