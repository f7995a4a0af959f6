import { sbmItemRule } from "./item-rule";

/** Tiket pesawat dalam negeri pulang pergi tidak melebihi estimasi SBM Lampiran II untuk rute dan kelasnya. */
export const sbmTiket = sbmItemRule(
  "SBM-TIKET",
  "TIKET",
  "Tiket pesawat dalam negeri pulang pergi tidak melebihi estimasi SBM Lampiran II untuk rute dan kelasnya.",
  "warning"
);
