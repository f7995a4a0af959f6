import type { Rule } from "../rule";
import { rumusGalat } from "./rumus-galat";
import { rumusKetik } from "./rumus-ketik";
import { rumusPola } from "./rumus-pola";
import { rumusSum } from "./rumus-sum";
import { rumusTeksAngka } from "./rumus-teks-angka";

/** Formula hygiene: error values, typed numbers among formulas, broken patterns, short SUMs, text numbers. */
export const rumusRules: readonly Rule[] = [rumusGalat, rumusKetik, rumusPola, rumusSum, rumusTeksAngka];
