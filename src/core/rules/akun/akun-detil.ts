import { defaultReferenceData } from "../../reference/reference-data";
import type { BudgetRow } from "../../tree/types";
import type { Rule } from "../rule";
import { shortUraian } from "./akun-rows";
import { HABIS_PAKAI, HONOR, KONSUMSI, UANG_HARIAN, kindOf, type DetilKind } from "./detil-words";

/** Akun (by code prefix) and the words that clash with it. */
const CLASHES: { akun: (kode: string) => boolean; kinds: readonly DetilKind[]; why: string; whyEn: string }[] = [
  {
    akun: (k) => k === "521211",
    kinds: [UANG_HARIAN, HONOR],
    why: "belanja bahan bukan untuk membayar orang",
    whyEn: "belanja bahan does not pay people",
  },
  {
    akun: (k) => k === "524111" || k === "524113",
    kinds: [KONSUMSI],
    why: "perjalanan dinas tidak memuat konsumsi rapat",
    whyEn: "official travel does not carry meeting meals",
  },
  {
    akun: (k) => k.startsWith("53"),
    kinds: HABIS_PAKAI,
    why: "barang habis pakai tidak menambah aset tetap",
    whyEn: "consumables add no fixed asset",
  },
];

/**
 * A detail line whose words say it is something its akun is not for: uang harian or honor under
 * 521211 Belanja Bahan, konsumsi under perjalanan dinas 524111/524113, ATK/konsumsi/fotokopi under belanja modal.
 */
export const akunDetil: Rule = {
  id: "AKUN-DETIL",
  family: "AKUN",
  description:
    "Uraian detil harus sesuai peruntukan akunnya (mis. uang harian bukan di 521211, ATK bukan di belanja modal).",
  defaultSeverity: "warning",
  basis:
    "PMK 62/2023 jo. PMK 107/2024: detil belanja dialokasikan pada akun BAS sesuai peruntukannya (konsumsi/ATK/penggandaan pada 521211, perjalanan pada 524xxx, belanja modal hanya untuk aset tetap)",
  messages: {
    tidakSesuai: {
      id: 'Detil "{uraian}" ({jenis}) berada di bawah akun {akun} ({akunNama}): {why}; biasanya memakai akun {expected} ({expectedNama}).',
      en: 'Detail "{uraian}" ({jenisEn}) sits under akun {akun} ({akunNama}): {whyEn}; it usually belongs to akun {expected} ({expectedNama}).',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    const uraianCol = ctx.tree.layout.columns.uraian ?? 0;
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil" || !r.akun) continue;
      const clash = CLASHES.find((c) => c.akun(r.akun!));
      const kind = clash && kindOf(r.uraian, clash.kinds);
      if (!clash || !kind) continue;
      report(r, kind, clash.why, clash.whyEn);
    }
    function report(r: BudgetRow, kind: DetilKind, why: string, whyEn: string) {
      ctx.report({
        messageId: "tidakSesuai",
        data: {
          uraian: shortUraian(r.uraian),
          jenis: kind.label,
          jenisEn: kind.labelEn,
          akun: r.akun!,
          akunNama: ref.akun(r.akun!)?.uraian ?? "akun tidak dikenal",
          why,
          whyEn,
          expected: kind.akun,
          expectedNama: kind.akunLabel,
        },
        at: r,
        col: uraianCol,
        expected: kind.akun,
        actual: r.akun!,
      });
    }
  },
};
