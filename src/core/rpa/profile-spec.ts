import { TelaahInputError } from "../errors";
import { validateProfile, type NumberLike, type Profile } from "./profile";

/**
 * A profile written as text, for the CLI's --profil and for settings typed by hand:
 *
 *   [JB=]kind[:params]
 *   52=ideal                     52=ideal:awal=6,puncak=12,bulanpuncak=6,akhir=4
 *   51=rata:gaji13=6,thr=-       (flat; "-" = none; "flat" is accepted too)
 *   53=jadwal:3-5                53=jadwal:2*1,7*2,11*1   (month*weight)
 *   53=termin:um=20@5,termin=6/8/10,retensi=5@12
 *   manual:0/0/10/10/10/10/10/10/10/10/10/10
 *
 * Without "JB=" the profile applies to every jenis belanja. Decimals take a comma or a dot.
 */
export interface ProfileSpec {
  jenisBelanja?: string;
  profile: Profile;
}

const fail = (spec: string, why: string): never => {
  throw new TelaahInputError(`Profil "${spec}" tidak dapat dibaca: ${why}.`, "PROFIL");
};

function monthOf(spec: string, text: string): number {
  const m = Number(text.trim());
  if (!Number.isInteger(m) || m < 1 || m > 12) fail(spec, `bulan "${text}" harus 1 sampai 12`);
  return m;
}

function numberOf(spec: string, text: string): NumberLike {
  const t = text.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) fail(spec, `"${text}" bukan angka`);
  return t;
}

/** "3-5" -> [3,4,5]; "2,7,11" -> [2,7,11]; "6/8/10" -> [6,8,10]. */
function monthList(spec: string, text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/[,/]/)) {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(part);
    if (range) {
      const a = monthOf(spec, range[1]);
      const b = monthOf(spec, range[2]);
      if (b < a) fail(spec, `rentang bulan ${part} terbalik`);
      for (let m = a; m <= b; m++) out.push(m);
    } else out.push(monthOf(spec, part));
  }
  return out;
}

function keyValues(spec: string, text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text.split(",")) {
    if (!part.trim()) continue;
    const kv = /^\s*([a-z0-9]+)\s*=\s*(.+?)\s*$/i.exec(part);
    if (!kv) fail(spec, `bagian "${part}" harus berbentuk nama=nilai`);
    map.set(kv![1].toLowerCase(), kv![2]);
  }
  return map;
}

function onlyKeys(spec: string, kv: Map<string, string>, allowed: string[]): void {
  for (const k of kv.keys())
    if (!allowed.includes(k)) fail(spec, `parameter "${k}" tidak dikenal (yang dikenal: ${allowed.join(", ")})`);
}

export function parseProfileSpec(spec: string): ProfileSpec {
  const m = /^\s*(?:(\d{2})\s*=\s*)?([a-z]+)\s*(?::\s*(.*))?$/i.exec(spec);
  if (!m) return fail(spec, "tulis seperti 52=ideal, 53=jadwal:3-5, 51=rata:gaji13=6,thr=3");
  const [, jb, rawKind, params = ""] = m;
  const kind = rawKind.toLowerCase();
  let profile: Profile;
  switch (kind) {
    case "rata":
    case "flat": {
      const kv = keyValues(spec, params);
      onlyKeys(spec, kv, ["gaji13", "thr"]);
      const month = (k: string) => (kv.has(k) ? (kv.get(k) === "-" ? null : monthOf(spec, kv.get(k)!)) : undefined);
      profile = { kind: "flat", bulanGaji13: month("gaji13"), bulanThr: month("thr") };
      break;
    }
    case "ideal": {
      const kv = keyValues(spec, params);
      onlyKeys(spec, kv, ["awal", "puncak", "bulanpuncak", "akhir"]);
      profile = { kind: "ideal" };
      if (kv.has("awal")) profile.awal = numberOf(spec, kv.get("awal")!);
      if (kv.has("puncak")) profile.puncak = numberOf(spec, kv.get("puncak")!);
      if (kv.has("akhir")) profile.akhir = numberOf(spec, kv.get("akhir")!);
      if (kv.has("bulanpuncak")) profile.bulanPuncak = monthOf(spec, kv.get("bulanpuncak")!);
      break;
    }
    case "jadwal": {
      if (!params.trim()) fail(spec, "sebutkan bulannya, mis. jadwal:3-5");
      if (params.includes("*")) {
        const bulan: number[] = [];
        const bobot: NumberLike[] = [];
        for (const part of params.split(",")) {
          const [mm, w] = part.split("*");
          if (w === undefined) fail(spec, `bagian "${part}" harus berbentuk bulan*bobot`);
          bulan.push(monthOf(spec, mm));
          bobot.push(numberOf(spec, w));
        }
        profile = { kind: "jadwal", bulan, bobot };
      } else profile = { kind: "jadwal", bulan: monthList(spec, params) };
      break;
    }
    case "termin": {
      const kv = keyValues(spec, params);
      onlyKeys(spec, kv, ["um", "termin", "retensi"]);
      if (!kv.has("termin")) fail(spec, "sebutkan bulan termin, mis. termin=6/8/10");
      const t: Profile = { kind: "termin", bulanTermin: monthList(spec, kv.get("termin")!) };
      for (const [key, pctKey, monthKey] of [
        ["um", "uangMukaPersen", "bulanUangMuka"],
        ["retensi", "retensiPersen", "bulanRetensi"],
      ] as const) {
        if (!kv.has(key)) continue;
        const [pct, at] = kv.get(key)!.split("@");
        t[pctKey] = numberOf(spec, pct);
        if (at !== undefined) t[monthKey] = monthOf(spec, at);
      }
      profile = t;
      break;
    }
    case "manual": {
      const parts = params.split("/");
      if (parts.length !== 12) fail(spec, `profil manual perlu 12 bobot dipisah "/", ada ${parts.length}`);
      profile = { kind: "manual", bobot: parts.map((p) => numberOf(spec, p)) };
      break;
    }
    default:
      return fail(spec, `jenis profil "${rawKind}" tidak dikenal (rata, ideal, jadwal, termin, manual)`);
  }
  const problems = validateProfile(profile);
  if (problems.length) fail(spec, problems.join("; "));
  return jb ? { jenisBelanja: jb, profile } : { profile };
}

/** Several specs into the per-jenis-belanja map fillPlan takes; a spec without JB sets 51, 52, 53 and 57. */
export function profilesFromSpecs(specs: readonly string[]): Record<string, Profile> {
  const out: Record<string, Profile> = {};
  for (const s of specs) {
    const { jenisBelanja, profile } = parseProfileSpec(s);
    for (const jb of jenisBelanja ? [jenisBelanja] : ["51", "52", "53", "57"]) out[jb] = profile;
  }
  return out;
}
