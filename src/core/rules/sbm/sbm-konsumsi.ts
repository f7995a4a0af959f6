import { sbmItemRule } from "./item-rule";

/** Konsumsi rapat (makan dan kudapan) per orang per kali tidak melebihi SBM provinsi tempat rapat. */
export const sbmKonsumsi = sbmItemRule(
  "SBM-KONSUMSI",
  "KONSUMSI",
  "Konsumsi rapat (makan dan kudapan) per orang per kali tidak melebihi SBM provinsi tempat rapat."
);
