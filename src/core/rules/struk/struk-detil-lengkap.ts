import type { Rule } from "../rule";

/** A costed detail line needs a volume and a harga satuan beside its jumlah. */
export const strukDetilLengkap: Rule = {
  id: "STRUK-DETIL-LENGKAP",
  family: "STRUK",
  description: "Baris detil yang bernilai harus memuat volume dan harga satuan.",
  defaultSeverity: "warning",
  basis:
    "PMK 62/2023 jo. PMK 107/2024 Lampiran II: rincian paling sedikit memuat akun, uraian, tarif (harga satuan) dan frekuensi (volume)",
  messages: {
    kurang: {
      id: 'Detil "{uraian}" bernilai {jumlah} tetapi tidak memuat {missing}.',
      en: 'Detail "{uraian}" has an amount of {jumlah} but no {missingEn}.',
    },
  },
  check(ctx) {
    const layout = ctx.tree.layout;
    if (layout.kind === "rpa") return;
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil" || !r.jumlah?.value || r.jumlah.value.isZero()) continue;
      const missing: string[] = [];
      const missingEn: string[] = [];
      if (layout.columns.volume !== undefined || layout.columns.rincianJml !== undefined) {
        if (!r.volume?.value && !r.volume?.error) {
          missing.push("volume");
          missingEn.push("volume");
        }
      }
      if (layout.columns.hargaSatuan !== undefined && !r.hargaSatuan?.value && !r.hargaSatuan?.error) {
        missing.push("harga satuan");
        missingEn.push("unit price");
      }
      if (!missing.length) continue;
      ctx.report({
        messageId: "kurang",
        data: {
          uraian: r.uraian.slice(0, 80),
          jumlah: r.jumlah.value.toFixed(),
          missing: missing.join(" dan "),
          missingEn: missingEn.join(" and "),
        },
        at: r,
        col: r.jumlah.col,
      });
    }
  },
};
