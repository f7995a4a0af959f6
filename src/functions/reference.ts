/**
 * The reference data the custom functions read. In the shared runtime the pane may hand in the user's
 * own standar biaya (an imported file, the workbook's SBM_PENGGUNA sheet) so =TELAAH.SBM agrees with
 * the checks; otherwise the shipped tables, loaded on first use to keep the pane's first bundle small.
 */
import type { ReferenceData } from "../core/reference/reference-data";
import type { SbmItemDef } from "../core/reference/sbm-items";
import { invalid } from "./args";

let provided: ReferenceData | undefined;

export function useReferenceData(data: ReferenceData | undefined): void {
  provided = data;
}

export async function referenceData(): Promise<ReferenceData> {
  if (provided) return provided;
  const { defaultReferenceData } = await import("../core/reference/reference-data");
  return defaultReferenceData();
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * An SBM item by its code ("UH-LUAR-KOTA", case and separators free) or by words of its name
 * ("uang harian luar kota"); several matches are an error naming them.
 */
export async function findSbmItem(text: string): Promise<SbmItemDef> {
  const { SBM_ITEMS, sbmItem } = await import("../core/reference/sbm-items");
  const code = text
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, "-");
  const exact = sbmItem(code);
  if (exact) return exact;
  const words = normalize(text).split(" ").filter(Boolean);
  const matches = SBM_ITEMS.filter((i) => {
    const hay = ` ${normalize(`${i.kode} ${i.label}`)} `;
    return words.every((w) => hay.includes(` ${w}`));
  });
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw invalid(`Item SBM "${text}" tidak dikenal; tulis kodenya, mis. UH-LUAR-KOTA.`);
  const names = matches
    .slice(0, 5)
    .map((m) => m.kode)
    .join(", ");
  throw invalid(`Item SBM "${text}" cocok dengan beberapa item (${names}${matches.length > 5 ? ", …" : ""}).`);
}
