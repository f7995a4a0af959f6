import { floorToThousand } from "../../money/decimal";
import { formatRupiah } from "../../money/parse-number";
import { toSafeInteger } from "../../money/safe-integer";
import { toA1 } from "../../sheet/address";
import type { Rule } from "../rule";

/** jumlah = volume x harga satuan on every detail line; the legacy round-down to Rp1.000 is info. */
export const arithJumlah: Rule = {
  id: "ARITH-JUMLAH",
  family: "ARITH",
  description: "Jumlah biaya detil harus sama dengan volume x harga satuan.",
  defaultSeverity: "error",
  basis: "PMK 62/2023 jo. PMK 107/2024 Lampiran II: jumlah biaya = volume x harga satuan",
  messages: {
    salah: {
      id: "Jumlah {actual} tidak sama dengan volume {volume} x harga satuan {harga} = {expected}.",
      en: "Amount {actual} differs from volume {volume} x unit price {harga} = {expected}.",
    },
    ribuan: {
      id: "Jumlah {actual} adalah {expected} (volume x harga) dibulatkan ke bawah ke ribuan rupiah: konvensi aplikasi RKAKL, bukan kesalahan.",
      en: "Amount {actual} is {expected} (volume x price) rounded down to the thousand: the RKAKL application's convention, not an error.",
    },
  },
  check(ctx) {
    for (const r of ctx.tree.rows) {
      if (r.level !== "detil") continue;
      const vol = r.volume?.value;
      const harga = r.hargaSatuan?.value;
      const jumlah = r.jumlah?.value;
      if (!vol || !harga || !jumlah || !r.jumlah) continue;
      // Whole volume, price and amount (nearly every line): exact integer arithmetic, no Decimal allocated.
      const v = toSafeInteger(vol);
      const h = v === undefined ? undefined : toSafeInteger(harga);
      const j = h === undefined ? undefined : toSafeInteger(jumlah);
      if (j !== undefined && Number.isSafeInteger(v! * h!) && j === v! * h!) continue;
      const exact = vol.times(harga);
      // A fractional volume may leave half a rupiah: either whole rupiah next to it is right.
      if (jumlah.minus(exact).abs().lessThan(1)) continue;
      const data = {
        actual: formatRupiah(jumlah),
        expected: formatRupiah(exact),
        volume: vol.toFixed(),
        harga: formatRupiah(harga),
      };
      if (jumlah.equals(floorToThousand(exact))) {
        ctx.report({
          messageId: "ribuan",
          data,
          at: r,
          col: r.jumlah.col,
          severity: "info",
          expected: exact.toFixed(),
          actual: jumlah.toFixed(),
        });
        continue;
      }
      const fixValue = exact.toDecimalPlaces(0);
      ctx.report({
        messageId: "salah",
        data,
        at: r,
        col: r.jumlah.col,
        expected: exact.toFixed(),
        actual: jumlah.toFixed(),
        fix: {
          cell: toA1(r.row, r.jumlah.col),
          value: fixValue.toNumber(),
          label: `Ubah jumlah menjadi ${formatRupiah(fixValue)}`,
        },
      });
    }
  },
};
