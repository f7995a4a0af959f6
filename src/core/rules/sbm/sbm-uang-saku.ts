import { sbmItemRule } from "./item-rule";

/** Uang saku rapat di luar kantor per hari tidak melebihi SBM (TA2026: hanya rapat fullboard). */
export const sbmUangSaku = sbmItemRule(
  "SBM-UANG-SAKU",
  "UANG-SAKU",
  "Uang saku rapat di luar kantor per hari tidak melebihi SBM (TA2026: hanya rapat fullboard)."
);
