import { sbmItemRule } from "./item-rule";

/** Uang representasi per hari tidak melebihi SBM menurut jabatan. */
export const sbmRepresentasi = sbmItemRule(
  "SBM-REPRESENTASI",
  "REPRESENTASI",
  "Uang representasi per hari tidak melebihi SBM menurut jabatan."
);
