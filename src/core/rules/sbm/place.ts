import { destinationProvince } from "../../reference/places";
import type { Province } from "../../reference/provinces";
import type { MatchEnv, MatchNote } from "./match-types";

export type PlaceResult = { province: Province; from: "uraian" | "satker"; note?: MatchNote } | null;

/** "ke Kab. X", "tujuan Kota Y", "ke Provinsi Z": a destination the uraian names on purpose. */
const NAMED_DESTINATION = /\b(ke|tujuan)\s+(kab(upaten)?\b\.?|kota\b|prov(insi)?\b\.?)/i;

/** The destination the uraian names: a province, "unplaced" (named but unknown or several), or none. */
export function namedDestination(uraian: string, env: MatchEnv): Province | "unplaced" | undefined {
  const dest = destinationProvince(env.reference.places.find(uraian));
  if (dest.ambiguous) return "unplaced";
  if (dest.province) return dest.province;
  return NAMED_DESTINATION.test(uraian) ? "unplaced" : undefined;
}

/**
 * The province whose amounts apply to a travel or meeting line: the destination the uraian names,
 * else the satker's. Null when the uraian names several provinces, or names a kabupaten/kota that
 * cannot be placed (better no match than the wrong province).
 */
export function placeOf(uraian: string, env: MatchEnv, what: "tujuan" | "tempat" = "tujuan"): PlaceResult {
  const dest = namedDestination(uraian, env);
  if (dest === "unplaced") return null;
  if (dest) return { province: dest, from: "uraian" };
  if (!env.satker) return null;
  const note =
    what === "tujuan"
      ? {
          id: `provinsi satker ${env.satker.label}; tujuan tidak disebut di uraian`,
          en: `the satker's province ${env.satker.label}; the uraian names no destination`,
        }
      : { id: `provinsi satker ${env.satker.label}`, en: `the satker's province ${env.satker.label}` };
  return { province: env.satker, from: "satker", note };
}
