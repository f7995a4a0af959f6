import type { Severity } from "../../findings/finding";
import type { Rule } from "../rule";
import { checkFamily, SBM_MESSAGES } from "./check";
import type { SbmFamily } from "./match-types";

/** The rule-level basis; each finding names its precise reference row instead. */
export const SBM_BASIS =
  "PMK Standar Biaya Masukan tahun anggaran berjalan (TA2026: PMK 32/2025), Lampiran I (batas tertinggi) dan Lampiran II (estimasi)";

/** An SBM item rule: one family of items, the shared comparison and messages. */
export function sbmItemRule(
  id: string,
  family: SbmFamily,
  description: string,
  defaultSeverity: Severity = "error"
): Rule {
  return {
    id,
    family: "SBM",
    description,
    defaultSeverity,
    basis: SBM_BASIS,
    messages: SBM_MESSAGES,
    check(ctx) {
      checkFamily(ctx, family);
    },
  };
}
