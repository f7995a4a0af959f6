import { sbmItemRule } from "./item-rule";

/** Transport darat antarkota dan transport kegiatan dalam kota tidak melebihi estimasi SBM Lampiran II. */
export const sbmTransport = sbmItemRule(
  "SBM-TRANSPORT",
  "TRANSPORT",
  "Transport darat antarkota dan transport kegiatan dalam kota tidak melebihi estimasi SBM Lampiran II.",
  "warning"
);
