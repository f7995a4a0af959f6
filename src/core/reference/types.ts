/**
 * How far a reference value was checked, as its source table says: VERIFIED (matches the regulation
 * or several independent sources), PARTIAL (a single value or an incomplete table), UNVERIFIED (one
 * secondary source). Findings resting on anything but VERIFIED say so and are at most warnings.
 */
export type Verification = "VERIFIED" | "PARTIAL" | "UNVERIFIED";

/** Compact code used in generated data files. */
export type VerificationCode = "V" | "P" | "U";

export const VERIFICATION_BY_CODE: Record<VerificationCode, Verification> = {
  V: "VERIFIED",
  P: "PARTIAL",
  U: "UNVERIFIED",
};

export const VERIFICATION_LABEL: Record<Verification, string> = {
  VERIFIED: "terverifikasi",
  PARTIAL: "sebagian (PARTIAL)",
  UNVERIFIED: "belum terverifikasi (UNVERIFIED)",
};
