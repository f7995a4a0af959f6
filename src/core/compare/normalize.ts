import { findVolumeExpression, parseVolumeExpression, type VolumeExpression } from "../tree/volume-expression";

/**
 * The uraian as a matching key: without the volume expression (`[15 OR x 2 KEG]` or a trailing
 * `15 OR x 2 KEG`), the leading dash or `>` marks, punctuation, case and repeated spaces. Two lines
 * whose keys are equal say the same thing, whatever their quantities.
 */
export function normalizeUraian(uraian: string, known?: VolumeExpression): string {
  // NFKC is costly and only matters beyond ASCII (full-width digits, ligatures).
  const ascii = !/[^ -~\t]/.test(uraian);
  let text = ascii ? uraian : uraian.normalize("NFKC");
  // Drop every bracket group that reads as a volume expression; keep others ("[Base Line]"). The
  // expression the tree builder already found is recognised without parsing it again.
  const bracketed = text.includes("[");
  if (bracketed)
    text = text.replace(/\[([^\]]*)\]/g, (whole, inner: string) =>
      (known && inner.trim() === known.text) || (/^\s*\d/.test(inner) && parseVolumeExpression(inner)) ? " " : whole
    );
  else if (/\d/.test(text)) {
    const tail = known && text.includes(known.text) ? known : findVolumeExpression(text);
    if (tail) {
      const at = text.lastIndexOf(tail.text);
      if (at >= 0) text = text.slice(0, at);
    }
  }
  const lower = text.toLowerCase();
  return (ascii ? lower.replace(/[^a-z0-9]+/g, " ") : lower.replace(/[^\p{L}\p{N}]+/gu, " ")).trim();
}

/** Satuan compared without case and spaces ("Org" = "ORG", "O H" = "OH"). */
export function normalizeSatuan(satuan: string | undefined): string {
  return (satuan ?? "").replace(/\s+/g, "").toUpperCase();
}

/** The factors of an expression as a comparable string: `15 OR x 2 KEG` -> "15OR*2KEG". */
export function expressionKey(e: VolumeExpression | undefined): string | undefined {
  if (!e) return undefined;
  return e.factors.map((f) => `${f.value.toString()}${f.unit.replace(/\s+/g, "")}`).join("*");
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * Sørensen–Dice coefficient over character bigrams of two normalized uraian (0..1). Robust to a typo,
 * an added word or a changed word order, and cheap enough for every pair inside one akun.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}
