/**
 * Whether a line's harga satuan is priced per the unit a standar biaya amount is stated in (per
 * person per day, per hour, per occasion, per month). A price per package or per activity cannot be
 * compared with a per-person ceiling, so such lines are left unmatched.
 */
import { resolveSatuan, type Dimensi } from "../../reference/satuan";
import type { BudgetRow } from "../../tree/types";

export type PriceBasis = "hari" | "malam" | "jam" | "kali" | "bulan" | "paket";

/**
 * The counted things of the line's unit. Without a satuan (the RAB B.2.d.6 layout writes only the
 * rincian "15 OR x 2 KEG"), the price is per the product of the rincian's factors.
 */
function satuanDims(row: BudgetRow): readonly Dimensi[] | null {
  if (!row.satuan || row.satuan.trim() === "") {
    const units = (row.volumeExpr?.factors ?? []).map((f) => resolveSatuan(f.unit));
    if (units.length === 0 || units.some((u) => !u)) return null;
    return units.flatMap((u) => u!.dimensi);
  }
  const s = resolveSatuan(row.satuan);
  return s ? s.dimensi : null;
}

function factorDims(row: BudgetRow): Set<Dimensi> {
  const out = new Set<Dimensi>();
  for (const f of row.volumeExpr?.factors ?? []) {
    const s = resolveSatuan(f.unit);
    if (s) for (const d of s.dimensi) out.add(d);
  }
  return out;
}

const only = (dims: readonly Dimensi[], allowed: readonly Dimensi[]) =>
  dims.length > 0 && dims.every((d) => allowed.includes(d));

/** Units that count people or occasions only: the price is then per whatever the volume multiplies. */
const PER_HEAD: readonly Dimensi[] = ["orang", "kali", "kegiatan"];

/** Factors that count people (or a person's meal box) rather than places, courses or groups. */
const PEOPLE: readonly Dimensi[] = ["orang", "siswa", "dosen", "kotak", "porsi"];

export function pricedPer(row: BudgetRow, basis: PriceBasis): boolean {
  const dims = satuanDims(row);
  if (!dims) return false;
  const factors = factorDims(row);
  // [7 RS x 1 KL] priced "OK" counts hospitals, not people: the price is per hospital.
  if (row.volumeExpr && row.volumeExpr.factors.length > 0 && !PEOPLE.some((p) => factors.has(p))) return false;
  switch (basis) {
    case "hari":
    case "malam":
      // OH, HARI, MALAM; or OK/ORG whose volume counts days or nights ([3 ORG x 2 HARI]).
      if (only(dims, ["orang", "hari", "malam"]) && (dims.includes("hari") || dims.includes("malam"))) return true;
      return only(dims, PER_HEAD) && (factors.has("hari") || factors.has("malam"));
    case "jam":
      if (only(dims, ["orang", "jam"]) && dims.includes("jam")) return true;
      return only(dims, PER_HEAD) && factors.has("jam");
    case "kali":
      // A day or an hour may hold several occasions: OH and OJ are not per occasion.
      return only(dims, ["orang", "kali", "kegiatan", "kotak", "porsi", "trip"]);
    case "bulan":
      if (only(dims, ["orang", "bulan"]) && dims.includes("bulan")) return true;
      return only(dims, PER_HEAD) && factors.has("bulan");
    case "paket":
      if (only(dims, ["orang", "hari", "kali", "paket"]) && dims.includes("orang")) return true;
      return only(dims, ["paket", "hari", "kali"]) && factors.has("orang");
  }
}

/** The line says the price is for a return trip ("PP" in the uraian or as the satuan) and PP is not a volume factor. */
export function pricedRoundTrip(row: BudgetRow, normalized: string): boolean {
  if (factorDims(row).has("pp")) return false;
  if (resolveSatuan(row.satuan)?.kode === "PP") return true;
  return / pp /.test(` ${normalized} `);
}

/** A volume factor counts return trips ([2 ORG x 2 PP]): the price is per one way. */
export function pricedOneWayByFactor(row: BudgetRow): boolean {
  return factorDims(row).has("pp");
}
