import { formatRupiah } from "../../money/parse-number";
import { defaultReferenceData } from "../../reference/reference-data";
import { VERIFICATION_LABEL } from "../../reference/types";
import type { Rule } from "../rule";
import { shortUraian } from "./akun-rows";

/**
 * Belanja modal akun that buy whole assets (not their costs: honor, perjalanan, perencanaan...), by the
 * asset group whose nilai kapitalisasi applies. Renovation ("penambahan nilai") follows the same minimum.
 */
const ASSET_AKUN: Record<string, "PERALATAN-MESIN" | "GEDUNG-BANGUNAN"> = {
  "532111": "PERALATAN-MESIN",
  "532121": "PERALATAN-MESIN",
  "537112": "PERALATAN-MESIN", // BLU
  "533111": "GEDUNG-BANGUNAN",
  "533121": "GEDUNG-BANGUNAN",
  "537113": "GEDUNG-BANGUNAN", // BLU
};

/**
 * A belanja modal line whose unit price is under the nilai minimum kapitalisasi is not capitalised as an
 * asset: it belongs to belanja barang (or extracomptable equipment), not to 53.
 */
export const akunKapitalisasi: Rule = {
  id: "AKUN-KAPITALISASI",
  family: "AKUN",
  description:
    "Harga satuan belanja modal harus mencapai nilai minimum kapitalisasi (peralatan dan mesin Rp1.000.000, gedung dan bangunan Rp25.000.000).",
  defaultSeverity: "warning",
  basis:
    "PMK 107/2024: belanja modal hanya bila aset bertambah dan nilainya mencapai nilai minimum kapitalisasi; PMK 181/PMK.06/2016 Pasal 40 ayat (4)",
  messages: {
    dibawah: {
      id: 'Harga satuan {harga} untuk "{uraian}" di akun belanja modal {akun} di bawah nilai minimum kapitalisasi {golongan} {batas} per satuan: barang ini tidak dicatat sebagai aset tetap; pertimbangkan belanja barang.',
      en: 'Unit price {harga} for "{uraian}" under capital akun {akun} is below the minimum capitalisation value for {golonganEn} of {batas} per unit: it will not be recorded as a fixed asset; consider belanja barang.',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    for (const r of ctx.tree.rows) {
      const kunci = r.level === "detil" && r.akun ? ASSET_AKUN[r.akun] : undefined;
      const harga = r.hargaSatuan?.value;
      if (!kunci || !harga || harga.isZero() || !r.hargaSatuan) continue;
      const k = ref.kapitalisasi(kunci);
      if (!harga.lessThan(k.nilai)) continue;
      const status = k.status === "VERIFIED" ? "" : ` (${VERIFICATION_LABEL[k.status]})`;
      ctx.report({
        messageId: "dibawah",
        data: {
          harga: formatRupiah(harga),
          uraian: shortUraian(r.uraian),
          akun: r.akun!,
          golongan: k.golongan.replace(/\s*\(.*\)$/, "").toLowerCase(),
          golonganEn: kunci === "PERALATAN-MESIN" ? "equipment and machinery" : "buildings",
          batas: formatRupiah(k.nilai),
        },
        at: r,
        col: r.hargaSatuan.col,
        expected: `>= ${k.nilai.toFixed()}`,
        actual: harga.toFixed(),
        basis: `Nilai minimum kapitalisasi ${k.golongan}: ${k.aturan}${status}`,
        ...(k.status === "VERIFIED" ? {} : { severity: "warning" as const }),
      });
    }
  },
};
