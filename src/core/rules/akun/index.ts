import type { Rule } from "../rule";
import { akun526 } from "./akun-526";
import { akunBas } from "./akun-bas";
import { akunDetil } from "./akun-detil";
import { akunJenis } from "./akun-jenis";
import { akunKapitalisasi } from "./akun-kapitalisasi";
import { akunLainnya } from "./akun-lainnya";
import { akunNama } from "./akun-nama";

/** BAS: codes, jenis belanja, names, what detail lines may sit under an akun, capitalisation, "lainnya", 526. */
export const akunRules: readonly Rule[] = [
  akunBas,
  akunJenis,
  akunNama,
  akunDetil,
  akunKapitalisasi,
  akunLainnya,
  akun526,
];
