import { akunRules } from "./akun";
import { arithJumlah } from "./arith/arith-jumlah";
import { arithTotal } from "./arith/arith-total";
import { arithVolume } from "./arith/arith-volume";
import type { Rule } from "./rule";
import { rumusRules } from "./rumus";
import { satuanRules } from "./satuan";
import { sbmRules } from "./sbm";
import { strukDetilLengkap } from "./struk/struk-detil-lengkap";
import { strukKode } from "./struk/struk-kode";
import { strukTanpaAkun } from "./struk/struk-tanpa-akun";
import { strukUrutan } from "./struk/struk-urutan";

/** Every rule the analyzer runs; the runner finds rules only through this list. */
export const RULES: readonly Rule[] = [
  arithJumlah,
  arithVolume,
  arithTotal,
  strukTanpaAkun,
  strukKode,
  strukUrutan,
  strukDetilLengkap,
  ...akunRules,
  ...satuanRules,
  ...sbmRules,
  ...rumusRules,
];
