/**
 * Sheet names Telaah reads as the user's standar biaya. On its own, without the tables: the pane asks
 * this before it loads any of the analysis.
 */
export function isSbmOverrideSheetName(name: string): boolean {
  const n = name
    .toUpperCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
  return n === "SBM PENGGUNA" || n === "TELAAH SBM";
}
