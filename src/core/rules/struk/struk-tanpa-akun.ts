import type { Rule } from "../rule";

/** A detail line or detail group must sit under an akun. */
export const strukTanpaAkun: Rule = {
  id: "STRUK-TANPA-AKUN",
  family: "STRUK",
  description: "Setiap baris detil harus berada di bawah akun.",
  defaultSeverity: "error",
  basis:
    "PMK 62/2023 jo. PMK 107/2024 Lampiran II: rincian (detil) paling sedikit memuat akun, uraian, tarif dan frekuensi",
  messages: {
    tanpaAkun: {
      id: 'Baris detil "{uraian}" tidak berada di bawah akun mana pun.',
      en: 'Detail line "{uraian}" is not under any akun.',
    },
  },
  check(ctx) {
    for (const r of ctx.tree.rows) {
      if ((r.level !== "detil" && r.level !== "group") || r.akun || r.unrecognizedKode) continue;
      if (ctx.tree.layout.kind === "monsakti-item") continue;
      ctx.report({
        messageId: "tanpaAkun",
        data: { uraian: r.uraian.slice(0, 80) },
        at: r,
        col: ctx.tree.layout.columns.uraian ?? 0,
      });
    }
  },
};
