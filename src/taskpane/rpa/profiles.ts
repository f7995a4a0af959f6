/**
 * The RPA profiles the pane's settings describe, as the engine's Profile objects: one per jenis belanja,
 * with the parameters from Pengaturan (gaji ke-13 / THR months, the ideal curve's shape). Text the user
 * typed (months, weights) goes through the engine's own profile parser, so the pane and the CLI read
 * "3-5, 8" the same way.
 */
import { TelaahError } from "../../core/errors";
import { parseProfileSpec, validateProfile, type Profile } from "../../core/rpa";
import { JENIS_BELANJA, type PaneSettings, type ProfileChoice } from "../settings";

export type ProfileSettings = Pick<PaneSettings, "profiles" | "bulanGaji13" | "bulanThr" | "ideal">;

/** "3-5, 8" -> [3, 4, 5, 8]; throws TelaahInputError with an Indonesian message. */
export function parseMonths(text: string | undefined): number[] {
  const spec = parseProfileSpec(`jadwal:${(text ?? "").replace(/\s+/g, "")}`);
  return (spec.profile as { bulan: number[] }).bulan;
}

function profileOf(choice: ProfileChoice, s: ProfileSettings): Profile {
  switch (choice.kind) {
    case "flat":
      return { kind: "flat", bulanGaji13: s.bulanGaji13, bulanThr: s.bulanThr };
    case "ideal":
      return {
        kind: "ideal",
        awal: s.ideal.awal,
        puncak: s.ideal.puncak,
        bulanPuncak: s.ideal.bulanPuncak,
        akhir: s.ideal.akhir,
      };
    case "jadwal":
      return { kind: "jadwal", bulan: parseMonths(choice.bulan) };
    case "termin":
      return {
        kind: "termin",
        bulanTermin: parseMonths(choice.bulan),
        uangMukaPersen: choice.uangMukaPersen ?? 0,
        retensiPersen: choice.retensiPersen ?? 0,
      };
    case "manual": {
      const bobot = (choice.bobot ?? "").split(/[;/]/).map((w) => w.trim().replace(",", "."));
      return { kind: "manual", bobot };
    }
  }
}

/** The ideal curve of a jenis belanja (DOMAIN.md: 51 flat, the others three-phase), with the settings' shape. */
export function idealProfileFor(jenisBelanja: string | undefined, s: ProfileSettings): Profile {
  return jenisBelanja === "51" ? profileOf({ kind: "flat" }, s) : profileOf({ kind: "ideal" }, s);
}

export interface ProfilesFromSettings {
  profiles: Record<string, Profile>;
  /** Indonesian, one per jenis belanja whose profile cannot be used. */
  problems: string[];
}

export function profilesFromSettings(s: ProfileSettings): ProfilesFromSettings {
  const profiles: Record<string, Profile> = {};
  const problems: string[] = [];
  for (const jb of JENIS_BELANJA) {
    try {
      const p = profileOf(s.profiles[jb], s);
      const issues = validateProfile(p);
      if (issues.length) problems.push(`${jb}: ${issues.join("; ")}`);
      else profiles[jb] = p;
    } catch (e) {
      if (!(e instanceof TelaahError)) throw e;
      problems.push(`${jb}: ${e.message}`);
    }
  }
  return { profiles, problems };
}
