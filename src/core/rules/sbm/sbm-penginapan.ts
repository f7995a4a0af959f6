import { sbmItemRule } from "./item-rule";

/** Biaya penginapan per malam tidak melebihi SBM provinsi tujuan untuk golongan/jabatan pelaksana perjalanan. */
export const sbmPenginapan = sbmItemRule(
  "SBM-PENGINAPAN",
  "PENGINAPAN",
  "Biaya penginapan per malam tidak melebihi SBM provinsi tujuan untuk golongan/jabatan pelaksana perjalanan."
);
