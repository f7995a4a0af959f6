import type { Rule } from "../rule";

/** The volume must equal the product of its expression: `[3 ORG x 2 HARI]` -> 6. */
export const arithVolume: Rule = {
  id: "ARITH-VOLUME",
  family: "ARITH",
  description: "Volume harus sama dengan hasil kali rincian volumenya ([3 ORG x 2 HARI] = 6).",
  defaultSeverity: "error",
  basis: "PMK 62/2023 jo. PMK 107/2024 Lampiran II: volume (frekuensi) adalah hasil kali rincian perhitungan",
  messages: {
    beda: {
      id: "Volume {actual} tidak sama dengan rincian [{expr}] = {expected}.",
      en: "Volume {actual} differs from its breakdown [{expr}] = {expected}.",
    },
  },
  check(ctx) {
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil" || !r.volumeExpr || !r.volume || r.volume.value === null) continue;
      const expected = r.volumeExpr.product;
      if (expected.equals(r.volume.value)) continue;
      ctx.report({
        messageId: "beda",
        data: { actual: r.volume.value.toFixed(), expected: expected.toFixed(), expr: r.volumeExpr.text },
        at: r,
        col: r.volume.col,
        expected: expected.toFixed(),
        actual: r.volume.value.toFixed(),
      });
    }
  },
};
