export { compareBudgets } from "./compare";
export { normalizeUraian, similarity } from "./normalize";
export { REVISI_BASIS } from "./revisi-flags";
export * from "./types";
export { comparisonSheetRows, type ComparisonSheetRow, type SheetSide } from "./sheet-rows";
export {
  komparasiSheetPlan,
  sheetRef,
  textFormula,
  sumFormula,
  KOMPARASI_HEADER,
  FIRST_DATA_ROW,
  JENIS_TABLE,
  type KomparasiSheetPlan,
  type SheetCell,
} from "./sheet-formulas";
export { monthSeries, planVsRealisation, type MonthSeries, type PlanRealisationMonth } from "./realisasi";
