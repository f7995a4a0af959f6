import { sbmItemRule } from "./item-rule";

/** Biaya taksi perjalanan dinas tidak melebihi SBM provinsi satker atau tujuan. */
export const sbmTaksi = sbmItemRule(
  "SBM-TAKSI",
  "TAKSI",
  "Biaya taksi perjalanan dinas tidak melebihi SBM provinsi satker atau tujuan."
);
