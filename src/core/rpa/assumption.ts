/** A statement a computed figure rests on, shown to the user; UNVERIFIED ones come from secondary sources. */
export interface Assumption {
  text: string;
  unverified: boolean;
}

export function assumption(text: string, unverified = false): Assumption {
  return { text, unverified };
}

/** "… (BELUM TERVERIFIKASI)" for display. */
export function assumptionText(a: Assumption): string {
  return a.unverified ? `${a.text} (BELUM TERVERIFIKASI / UNVERIFIED)` : a.text;
}
