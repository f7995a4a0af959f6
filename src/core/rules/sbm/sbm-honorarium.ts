import { sbmItemRule } from "./item-rule";

/** Honorarium narasumber, moderator, pembawa acara, panitia dan tim pelaksana tidak melebihi SBM menurut jabatan atau peran. */
export const sbmHonorarium = sbmItemRule(
  "SBM-HONORARIUM",
  "HONORARIUM",
  "Honorarium narasumber, moderator, pembawa acara, panitia dan tim pelaksana tidak melebihi SBM menurut jabatan atau peran."
);
