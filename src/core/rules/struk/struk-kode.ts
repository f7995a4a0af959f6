import type { Rule } from "../rule";

/** Codes whose shape fits no level of the hierarchy. */
export const strukKode: Rule = {
  id: "STRUK-KODE",
  family: "STRUK",
  description: "Kode harus berbentuk salah satu tingkat: program, kegiatan, KRO, RO, komponen, sub komponen atau akun.",
  defaultSeverity: "error",
  basis:
    "PMK 62/2023 jo. PMK 107/2024 Lampiran II: format kode program (BBB.EE.PP), kegiatan (4 digit), KRO, RO, komponen (3 digit), sub komponen (huruf), akun (6 digit BAS)",
  messages: {
    bentuk: {
      id: 'Kode "{kode}" tidak sesuai bentuk kode tingkat mana pun (mis. 024.12.10, 2077, 2077.EBA, 2077.EBA.962, 051, A, 521211).',
      en: 'Code "{kode}" fits no level\'s format (e.g. 024.12.10, 2077, 2077.EBA, 2077.EBA.962, 051, A, 521211).',
    },
  },
  check(ctx) {
    for (const r of ctx.tree.rows) {
      if (!r.unrecognizedKode) continue;
      const col = ctx.tree.layout.columns.kode ?? 0;
      ctx.report({ messageId: "bentuk", data: { kode: r.unrecognizedKode }, at: r, col });
    }
  },
};
