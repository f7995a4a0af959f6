import type { Level } from "./types";

/**
 * The level a code's shape says (PMK 62/2023 jo. 107/2024 Lampiran II). Older RO / sub output forms
 * (`2077.502`, `2077.502.001`) and the compact RO (`3996.AE002`) are recognised. A bare 3-character
 * code is ambiguous between RO and komponen: the caller decides from context.
 */
export type CodeShape = Level | "kro-or-komponen" | "ro-or-komponen" | "unknown";

export function shapeOfCode(raw: string): CodeShape {
  const code = raw.trim().replace(/\.$/, "").toUpperCase();
  if (/^\d{3}\.\d{2}\.[A-Z0-9]{2}$/.test(code)) return "program";
  if (/^\d{4}$/.test(code)) return "kegiatan";
  if (/^\d{4}\.[A-Z0-9]{3}$/.test(code)) return "kro";
  if (/^\d{4}\.[A-Z0-9]{3}\.[A-Z0-9]{3}$/.test(code)) return "ro";
  if (/^\d{4}\.[A-Z]{2}\d{3}$/.test(code)) return "ro";
  if (/^\d{6}$/.test(code)) return "akun";
  if (/^\d{3}$/.test(code)) return "ro-or-komponen";
  if (/^[A-Z]{3}$/.test(code)) return "kro";
  if (/^[A-Z]{1,2}$/.test(code)) return "subkomponen";
  return "unknown";
}

/** Rank of a structural level; group and detil rank below akun. */
export function levelRank(level: Level): number {
  switch (level) {
    case "program":
      return 0;
    case "kegiatan":
      return 1;
    case "kro":
      return 2;
    case "ro":
      return 3;
    case "komponen":
      return 4;
    case "subkomponen":
      return 5;
    case "akun":
      return 6;
    case "group":
      return 7;
    case "detil":
      return 8;
  }
}

/** `> Evaluasi PBM` -> 1, ` >> Prodi TGM` -> 2; 0 when the text is not a group heading. */
export function groupDepth(uraian: string): number {
  const m = /^\s*(>+)/.exec(uraian);
  return m ? m[1].length : 0;
}

export function leadingSpaces(text: string): number {
  const m = /^[ \u00a0]*/.exec(text);
  return m ? m[0].length : 0;
}

/** A footer such as "JUMLAH" / "TOTAL" with no code: a sheet total, not a budget line. */
export function isFooterText(uraian: string): boolean {
  return /^\s*(jumlah|total|sub ?total|grand total)(\s+(seluruhnya|keseluruhan|biaya|pagu|anggaran))?\s*:?\s*$/i.test(
    uraian
  );
}
