import { defaultReferenceData, type ReferenceData } from "../../reference/reference-data";
import type { Dimensi } from "../../reference/satuan";
import type { Rule } from "../rule";
import { SATUAN_BASIS } from "./satuan-tidak-dikenal";

/** What a person-compound unit counts besides people: OH hari, OJ jam, OB bulan, OK kali/kegiatan. */
type Family = "H" | "J" | "B" | "K";

const FAMILY_OF: Partial<Record<Dimensi, Family>> = {
  hari: "H",
  malam: "H",
  jam: "J",
  bulan: "B",
  kali: "K",
  kegiatan: "K",
};
const UNIT_OF: Record<Family, string> = { H: "OH", J: "OJ", B: "OB", K: "OK" };
const NAME_OF: Record<Family, string> = { H: "hari", J: "jam", B: "bulan", K: "kali/kegiatan" };
const NAME_EN: Record<Family, string> = { H: "days", J: "hours", B: "months", K: "times/activities" };

/**
 * Which counts in the expression contradict the unit. "Kali" does not contradict OH or OB: a trip of
 * `[10 ORG x 3 KL]` in OH or a fee of `[1 OR x 12 KL]` in OB may well mean days or months.
 */
const CONTRADICTS: Record<Family, Family[]> = { H: ["J", "B"], J: ["H", "B", "K"], B: ["H", "J"], K: ["H", "J", "B"] };

/**
 * Items standar biaya prices per orang-kali (konsumsi rapat, transport, taksi): for them OK is the right
 * unit even when the expression counts days (`[30 OR x 2 HR]` = a meal or a trip each day).
 */
const PER_KALI_ITEM = /\b(konsumsi|snack|kudapan|makan|transport\w*|taksi|tiket)\b/i;

/** The family of a person-compound unit (OH, OJ, OB, OK), else null: other units are not compared. */
function familyOfUnit(dimensi: readonly Dimensi[]): Family | null {
  if (dimensi.length !== 2 || !dimensi.includes("orang")) return null;
  const other = dimensi.find((d) => d !== "orang")!;
  return FAMILY_OF[other] ?? null;
}

/** The families the expression's factors count; null when a factor's unit is unknown (no judgement then). */
function familiesOfExpression(ref: ReferenceData, units: readonly string[]): Set<Family> | null {
  const out = new Set<Family>();
  for (const u of units) {
    if (!u) continue;
    const s = ref.satuan(u);
    if (!s) return null;
    for (const d of s.dimensi) {
      const f = FAMILY_OF[d];
      if (f) out.add(f);
    }
  }
  return out;
}

/** The families one factor's unit counts. */
function familyOfFactor(ref: ReferenceData, unit: string): Set<Family> {
  const out = new Set<Family>();
  for (const d of ref.satuan(unit)?.dimensi ?? []) {
    const f = FAMILY_OF[d];
    if (f) out.add(f);
  }
  return out;
}

/**
 * A person-compound satuan that contradicts its volume expression: `[3 ORG x 2 HARI]` in OK (orang-kali)
 * counts orang-hari, so OH is expected. Only clear cases: the expression counts none of what the unit
 * counts and exactly one other kind of time (OK next to KEG or KL is fine; so is OH next to KL), and
 * not for items the standar biaya itself prices per orang-kali.
 */
export const satuanVolume: Rule = {
  id: "SATUAN-VOLUME",
  family: "SATUAN",
  description: "Satuan detil harus sesuai rincian volumenya ([3 ORG x 2 HARI] = 6 OH, bukan OK).",
  defaultSeverity: "warning",
  basis: SATUAN_BASIS,
  messages: {
    tidakSesuai: {
      id: 'Satuan {satuan} ({nama}) pada detil "{uraian}" tidak sesuai rincian volume [{expr}] yang menghitung {hitung}, bukan {bukan}: seharusnya {expected}.',
      en: 'Unit {satuan} ({nama}) on detail "{uraian}" does not match the volume breakdown [{expr}], which counts {hitungEn}, not {bukanEn}: {expected} is expected.',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil" || !r.satuan || !r.volumeExpr) continue;
      const unit = ref.satuan(r.satuan);
      const family = unit ? familyOfUnit(unit.dimensi) : null;
      if (!unit || !family) continue;
      if (family === "K" && PER_KALI_ITEM.test(r.uraian)) continue;
      const counted = familiesOfExpression(
        ref,
        r.volumeExpr.factors.map((f) => f.unit)
      );
      if (!counted || counted.has(family)) continue;
      // For OK (orang-kali) a count of 1 changes nothing: `[146 OR x 1 BLN]` is 146 orang-kali as well as
      // 146 orang-bulan, and reviewers accept it. Other units still need what they claim to count.
      const trivial = new Set<Family>();
      if (family === "K")
        for (const g of counted)
          if (r.volumeExpr.factors.every((f) => f.value.equals(1) || !familyOfFactor(ref, f.unit).has(g)))
            trivial.add(g);
      const against = CONTRADICTS[family].filter((f) => counted.has(f) && !trivial.has(f));
      if (against.length !== 1) continue;
      const g = against[0];
      const expected = UNIT_OF[g];
      const col =
        ctx.tree.layout.columns.satuan ?? ctx.tree.layout.columns.rincianSat ?? ctx.tree.layout.columns.uraian ?? 0;
      ctx.report({
        messageId: "tidakSesuai",
        data: {
          satuan: r.satuan,
          nama: unit.nama,
          uraian: r.uraian
            .replace(/^[-\s]+/, "")
            .replace(/\s*\[[^\]]*\]\s*$/, "")
            .slice(0, 80),
          expr: r.volumeExpr.text,
          hitung: NAME_OF[g],
          bukan: NAME_OF[family],
          hitungEn: NAME_EN[g],
          bukanEn: NAME_EN[family],
          expected,
        },
        at: r,
        col,
        expected,
        actual: r.satuan,
      });
    }
  },
};
