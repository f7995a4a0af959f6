import { sbmItemRule } from "./item-rule";

/** Uang harian perjalanan dinas (luar kota, dalam kota lebih dari 8 jam, diklat) tidak melebihi SBM provinsi tujuan, atau provinsi satker bila tujuan tidak disebut. */
export const sbmUangHarian = sbmItemRule(
  "SBM-UANG-HARIAN",
  "UANG-HARIAN",
  "Uang harian perjalanan dinas (luar kota, dalam kota lebih dari 8 jam, diklat) tidak melebihi SBM provinsi tujuan, atau provinsi satker bila tujuan tidak disebut."
);
