import { formatRupiah } from "../money/parse-number";
import { ZERO } from "../money/decimal";
import type { ComparisonTotals, RevisiFlag } from "./types";

const signed = (d: import("../money/decimal").Decimal) => (d.isNegative() ? formatRupiah(d) : `+${formatRupiah(d)}`);

export const REVISI_BASIS = {
  pagu: "PMK 62/2023 jo. PMK 107/2024: pagu indikatif/anggaran/alokasi dan pagu DIPA adalah angka tertinggi yang tidak boleh dilampaui; pagu per sumber dana tidak berubah terhadap surat pagu (pmk107_rules.csv PAGU-01, PAGU-03, PAGU-04)",
  jenisBelanja:
    "PMK 62/2023 jo. PMK 107/2024: DIPA menampilkan jenis belanja (2 digit pertama akun) dan KPA hanya dapat menyesuaikan 4 digit terakhir, sehingga pergeseran antar jenis belanja mengubah DIPA dan memerlukan revisi anggaran, bukan sekadar revisi POK (pmk107_rules.csv STRUK-12)",
  operasional:
    "PMK 62/2023 jo. PMK 107/2024: tidak ada pengurangan belanja operasional (pmk107_rules.csv PAGU-03); komponen 001 gaji dan 002 operasional dan pemeliharaan kantor (pmk107_komponen_standar.csv)",
};

/**
 * What the revisi does as a whole: a changed pagu, money moved between jenis belanja (one up, another
 * down), a lower belanja operasional (komponen 001/002). The first two break a rule of the revisi
 * within the pagu (error); the third asks for a look (warning).
 */
export function revisiFlags(totals: ComparisonTotals): RevisiFlag[] {
  const flags: RevisiFlag[] = [];
  const p = totals.pagu;
  if (!p.selisih.isZero()) {
    flags.push({
      rule: "REVISI-PAGU",
      severity: "error",
      message: `Jumlah pagu berubah dari ${formatRupiah(p.semula)} menjadi ${formatRupiah(p.menjadi)} (selisih ${signed(p.selisih)}); revisi dalam pagu tidak boleh mengubah pagu.`,
      messageEn: `Total pagu changes from ${formatRupiah(p.semula)} to ${formatRupiah(p.menjadi)} (${signed(p.selisih)}); a revision within the pagu may not change it.`,
      basis: REVISI_BASIS.pagu,
    });
  }
  const up = totals.jenisBelanja.filter((j) => j.selisih.greaterThan(0));
  const down = totals.jenisBelanja.filter((j) => j.selisih.lessThan(0));
  if (up.length && down.length) {
    const list = (js: typeof up) => js.map((j) => `${j.kode} ${signed(j.selisih)}`).join(", ");
    flags.push({
      rule: "REVISI-JENIS-BELANJA",
      severity: "error",
      message: `Revisi menggeser dana antar jenis belanja: bertambah ${list(up)}; berkurang ${list(down)}.`,
      messageEn: `The revision moves money between jenis belanja: up ${list(up)}; down ${list(down)}.`,
      basis: REVISI_BASIS.jenisBelanja,
    });
  }
  const op = totals.komponen.filter((k) => /^00[12]$/.test(k.kode));
  const opDelta = op.reduce((s, k) => s.plus(k.selisih), ZERO);
  if (opDelta.isNegative()) {
    flags.push({
      rule: "REVISI-OPERASIONAL",
      severity: "warning",
      message: `Belanja operasional (komponen 001/002) berkurang ${formatRupiah(opDelta.negated())}.`,
      messageEn: `Belanja operasional (komponen 001/002) decreases by ${formatRupiah(opDelta.negated())}.`,
      basis: REVISI_BASIS.operasional,
    });
  }
  return flags;
}
