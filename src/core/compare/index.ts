export { compareBudgets } from "./compare";
export { normalizeUraian, similarity } from "./normalize";
export { REVISI_BASIS } from "./revisi-flags";
export * from "./types";
export { comparisonSheetRows, type ComparisonSheetRow, type SheetSide } from "./sheet-rows";
