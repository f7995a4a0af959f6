import { sbmItemRule } from "./item-rule";

/** Paket rapat di luar kantor (halfday, fullday, fullboard) tidak melebihi SBM provinsi dan kategori peserta. */
export const sbmPaketRapat = sbmItemRule(
  "SBM-PAKET-RAPAT",
  "PAKET-RAPAT",
  "Paket rapat di luar kantor (halfday, fullday, fullboard) tidak melebihi SBM provinsi dan kategori peserta."
);
