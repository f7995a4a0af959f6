import { LEVEL_NAMES, type BudgetRow, type Level } from "../../tree/types";
import type { Rule } from "../rule";

/** Which levels may hold each level. Old outputs (`2079.603`) hold komponen without a sub output. */
const ALLOWED_PARENTS: Record<Level, Level[]> = {
  program: [],
  kegiatan: ["program"],
  kro: ["kegiatan"],
  ro: ["kro"],
  komponen: ["ro", "kro"],
  subkomponen: ["komponen"],
  akun: ["komponen", "subkomponen"],
  group: ["akun", "group"],
  detil: ["akun", "group"],
};

/** A sheet may start below the program (a RAB for one RO); these may stand at the top. */
const MAY_BE_ROOT: Level[] = ["program", "kegiatan", "kro", "ro", "komponen"];

/** A full KRO / RO code must continue its parent's (`2077.502` under `2077`); short forms ("EBA") are not checked. */
function prefixMismatch(r: BudgetRow, parent: BudgetRow): boolean {
  if (!r.kode || !parent.kode || !r.kode.includes(".")) return false;
  if (r.level === "kro" && parent.level === "kegiatan") return !r.kode.startsWith(parent.kode + ".");
  if (r.level === "ro" && parent.level === "kro" && parent.kode.includes(".")) return !r.kode.startsWith(parent.kode);
  return false;
}

export const strukUrutan: Rule = {
  id: "STRUK-URUTAN",
  family: "STRUK",
  description: "Tingkat harus berurutan: program > kegiatan > KRO > RO > komponen > sub komponen > akun > detil.",
  defaultSeverity: "error",
  basis:
    "PMK 62/2023 jo. PMK 107/2024 Lampiran II: struktur rincian program, kegiatan, KRO, RO, komponen, sub komponen, akun, detil",
  messages: {
    induk: {
      id: "{level} {kode} berada langsung di bawah {parentLevel} {parentKode}; seharusnya di bawah {allowed}.",
      en: "{level} {kode} sits directly under {parentLevel} {parentKode}; it belongs under {allowed}.",
    },
    akar: {
      id: "{level} {kode} tidak berada di bawah tingkat yang seharusnya menampungnya ({allowed}).",
      en: "{level} {kode} is not under the level that should hold it ({allowed}).",
    },
    prefiks: {
      id: "Kode {level} {kode} tidak diawali kode induknya {parentKode}.",
      en: "{level} code {kode} does not start with its parent's code {parentKode}.",
    },
  },
  check(ctx) {
    const rows = ctx.tree.rows;
    const kodeCol = ctx.tree.layout.columns.kode ?? ctx.tree.layout.columns.uraian ?? 0;
    // A sheet of akun and lines only (an excerpt) has nothing above its akun to be out of order with.
    const excerpt = !rows.some((r) =>
      ["program", "kegiatan", "kro", "ro", "komponen", "subkomponen"].includes(r.level)
    );
    for (const r of rows) {
      if (r.level === "detil" || r.level === "group") continue; // STRUK-TANPA-AKUN covers lines without an akun
      const allowed = ALLOWED_PARENTS[r.level];
      const names = allowed.map((l) => LEVEL_NAMES[l]).join(" atau ");
      const data = { level: LEVEL_NAMES[r.level], kode: r.kode ?? "" };
      if (r.parent === null) {
        if (!MAY_BE_ROOT.includes(r.level) && !(excerpt && r.level === "akun"))
          ctx.report({ messageId: "akar", data: { ...data, allowed: names }, at: r, col: kodeCol });
        continue;
      }
      const parent = rows[r.parent];
      if (!allowed.includes(parent.level)) {
        ctx.report({
          messageId: "induk",
          data: { ...data, parentLevel: LEVEL_NAMES[parent.level], parentKode: parent.kode ?? "", allowed: names },
          at: r,
          col: kodeCol,
        });
      } else if (prefixMismatch(r, parent)) {
        ctx.report({ messageId: "prefiks", data: { ...data, parentKode: parent.kode ?? "" }, at: r, col: kodeCol });
      }
    }
  },
};
