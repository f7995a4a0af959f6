import { destinationProvince } from "../../reference/places";
import type { Province } from "../../reference/provinces";
import type { MatchEnv, MatchNote } from "./match-types";

export type PlaceResult = { province: Province; from: "uraian" | "satker"; note?: MatchNote } | null;

/** "ke Kab. X", "tujuan Kota Y", "ke Provinsi Z": a destination the uraian names on purpose. */
const NAMED_DESTINATION = /\b(ke|tujuan)\s+(kab(upaten)?\b\.?|kota\b|prov(insi)?\b\.?)/i;

/**
 * The province whose amounts apply to a travel or meeting line: the destination the uraian names,
 * else the satker's. Null when the uraian names several provinces, or names a kabupaten/kota that
 * cannot be placed (better no match than the wrong province).
 */
export function placeOf(uraian: string, env: MatchEnv, what: "tujuan" | "tempat" = "tujuan"): PlaceResult {
  const mentions = env.reference.places.find(uraian);
  const dest = destinationProvince(mentions);
  if (dest.ambiguous) return null;
  if (dest.province) return { province: dest.province, from: "uraian" };
  if (NAMED_DESTINATION.test(uraian)) return null;
  if (!env.satker) return null;
  const note =
    what === "tujuan"
      ? { id: `provinsi satker ${env.satker.label}; tujuan tidak disebut di uraian`, en: `the satker's province ${env.satker.label}; the uraian names no destination` }
      : { id: `provinsi satker ${env.satker.label}`, en: `the satker's province ${env.satker.label}` };
  return { province: env.satker, from: "satker", note };
}
