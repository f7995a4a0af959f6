import { allBasAkun, normalizeAkunName, type BasAkun } from "../../reference/bas";
import { defaultReferenceData } from "../../reference/reference-data";
import type { Rule } from "../rule";
import { akunRows } from "./akun-rows";
import { BAS_BASIS } from "./akun-bas";

let byName: Map<string, BasAkun[]> | undefined;

/** BAS akun by normalised name (any of their names), to tell "another akun's name" from a loose wording. */
function akunNamed(name: string): BasAkun[] {
  if (!byName) {
    byName = new Map();
    for (const a of allBasAkun()) {
      for (const n of a.names) {
        const k = normalizeAkunName(n);
        const list = byName.get(k) ?? [];
        if (!list.includes(a)) list.push(a);
        byName.set(k, list);
      }
    }
  }
  return byName.get(normalizeAkunName(name)) ?? [];
}

/** One name's words all appear in the other ("Belanja Bahan Kegiatan" / "Belanja Bahan"): a loose wording. */
function nested(a: string, b: string): boolean {
  const A = normalizeAkunName(a).split(" ").filter(Boolean);
  const B = new Set(normalizeAkunName(b).split(" ").filter(Boolean));
  if (!A.length || !B.size) return false;
  const inB = A.filter((w) => B.has(w)).length;
  return inB === A.length || inB === B.size;
}

/**
 * The name written beside an akun code should be that code's BAS name. Names are compared after
 * normalisation ("Beban" = "Belanja", "Tunj." = "Tunjangan", known renames accepted); the code wins, so a
 * mismatch is a warning that asks which of the two was meant. Another akun's name is always reported; a
 * name that only adds or leaves out words of the BAS name is not.
 */
export const akunNama: Rule = {
  id: "AKUN-NAMA",
  family: "AKUN",
  description: "Uraian akun harus sesuai nama kode akun di BAS (kode yang menentukan).",
  defaultSeverity: "warning",
  basis: `${BAS_BASIS}; akun dicocokkan dengan kodenya, bukan namanya`,
  messages: {
    milikLain: {
      id: 'Uraian "{uraian}" adalah nama akun {lain}, padahal kodenya {kode} ({nama}); yang berlaku kodenya: pastikan akun mana yang dimaksud.',
      en: 'The name "{uraian}" belongs to akun {lain}, but the code is {kode} ({nama}); the code is what counts: make sure which akun is meant.',
    },
    beda: {
      id: 'Uraian "{uraian}" tidak sesuai nama akun {kode} di BAS "{nama}"; yang berlaku kodenya.',
      en: 'The name "{uraian}" does not match BAS akun {kode} "{nama}"; the code is what counts.',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const a of akunRows(ctx.tree)) {
      if (!a.uraian.trim()) continue;
      const akun = ref.akun(a.kode);
      const verdict = ref.compareAkunName(a.kode, a.uraian);
      if (!akun || verdict === undefined || verdict === "sama") continue;
      const others = akunNamed(a.uraian).filter((o) => o.kode !== akun.kode);
      const data = { uraian: a.uraian.trim(), kode: a.kode, nama: akun.uraian };
      const basis = `${BAS_BASIS}; BAS ${akun.kode} "${akun.uraian}" (${akun.sumber})`;
      if (others.length) {
        const lain = others.map((o) => o.kode).join("/");
        ctx.report({
          messageId: "milikLain",
          data: { ...data, lain },
          at: a.row,
          col: a.col,
          expected: akun.uraian,
          actual: a.uraian.trim(),
          basis,
        });
      } else if (verdict === "beda" && !akun.names.some((n) => nested(a.uraian, n))) {
        ctx.report({
          messageId: "beda",
          data,
          at: a.row,
          col: a.col,
          expected: akun.uraian,
          actual: a.uraian.trim(),
          basis,
        });
      }
    }
  },
};
