import { defaultReferenceData } from "../../reference/reference-data";
import type { Rule } from "../rule";
import { akunRows } from "./akun-rows";

export const BAS_BASIS =
  "PMK 107/2024: akun belanja pada RKA-K/L harus sesuai PMK Bagan Akun Standar (BAS) dan kodefikasi segmen akun";

/** An akun code BAS does not have: the line cannot be loaded into SAKTI. */
export const akunBas: Rule = {
  id: "AKUN-BAS",
  family: "AKUN",
  description: "Kode akun harus terdaftar dalam Bagan Akun Standar (BAS).",
  defaultSeverity: "error",
  basis: BAS_BASIS,
  messages: {
    tidakAda: {
      id: "Kode akun {kode} tidak terdapat dalam BAS (tabel akun RKAKL-DIPA 2018 dan tambahan sesudahnya); periksa kodenya.",
      en: "Akun code {kode} is not in BAS (the 2018 RKAKL-DIPA akun table and later additions); check the code.",
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const a of akunRows(ctx.tree)) {
      if (ref.akun(a.kode)) continue;
      ctx.report({ messageId: "tidakAda", data: { kode: a.kode }, at: a.row, col: a.col, actual: a.kode });
    }
  },
};
