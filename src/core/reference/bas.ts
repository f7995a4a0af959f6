/**
 * BAS akun lookup by 6-digit code (never by name: names changed over the years and accrual exports
 * write "Beban" where BAS writes "Belanja").
 */
import { BAS_AKUN, BAS_SOURCES } from "../../data/bas";
import { JENIS_BELANJA } from "../../data/jenis-belanja";
import type { Verification } from "./types";

export interface JenisBelanja {
  /** "52" */
  kode: string;
  /** "BELANJA BARANG" */
  uraian: string;
  /** May appear in a K/L's RKA/DIPA (51, 52, 53, 57); 54-56 and 58 belong to BA BUN. */
  dipakaiKL: boolean;
  /** What PMK 107/2024 says about BA BUN use ("Y", "N", "TKD (999.05)"). */
  dipakaiBUN: string;
}

export interface BasAkun {
  kode: string;
  /** The current name where one is known, else the 2018 table's. */
  uraian: string;
  /** The name in the 2018 RKAKL-DIPA table. */
  uraian2018: string;
  /** Every name accepted for this code (2018 and current). */
  names: readonly string[];
  /** First two digits: "52". */
  jenisBelanja: string;
  /** Whether the code itself is VERIFIED (2018 table) or UNVERIFIED (a later code from one source). */
  status: Verification;
  /** The current name, when it differs from 2018, is UNVERIFIED (one unattributed source). */
  uraianStatus: Verification;
  sumber: string;
  /** 59xxxx: accrual-only "Beban" accounts, never budgeted. */
  akrual: boolean;
}

const AKUN: ReadonlyMap<string, BasAkun> = new Map(
  BAS_AKUN.map(([kode, u2018, terkini, st, src]): [string, BasAkun] => [
    kode,
    {
      kode,
      uraian: terkini || u2018,
      uraian2018: u2018,
      names: terkini ? [terkini, u2018] : [u2018],
      jenisBelanja: kode.slice(0, 2),
      status: st === "V" ? "VERIFIED" : "UNVERIFIED",
      uraianStatus: terkini ? "UNVERIFIED" : st === "V" ? "VERIFIED" : "UNVERIFIED",
      sumber: BAS_SOURCES[src],
      akrual: kode.startsWith("59"),
    },
  ])
);

const JENIS: ReadonlyMap<string, JenisBelanja> = new Map(
  JENIS_BELANJA.map(([kode, uraian, dipakaiKL, dipakaiBUN]) => [kode, { kode, uraian, dipakaiKL, dipakaiBUN }])
);

/** The akun with this code ("521211", spaces ignored), or undefined when BAS does not have it. */
export function basAkun(kode: string): BasAkun | undefined {
  return AKUN.get(kode.replace(/\s+/g, ""));
}

export function allBasAkun(): IterableIterator<BasAkun> {
  return AKUN.values();
}

/** Jenis belanja by its two digits ("52") or by any akun code starting with them. */
export function jenisBelanja(kode: string): JenisBelanja | undefined {
  return JENIS.get(kode.trim().slice(0, 2));
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\btunj\b/g, "tunjangan"],
  [/\bpemb\b/g, "pembayaran"],
  [/\bperjadin\b/g, "perjalanan dinas"],
  [/\bpeg\b/g, "pegawai"],
  [/\bbrg\b/g, "barang"],
];

/**
 * An akun name reduced for comparison: lower case, punctuation out, common abbreviations expanded,
 * "beban" read as "belanja", and the leading "belanja" dropped (BAS writes it on some names only).
 */
export function normalizeAkunName(name: string): string {
  let s = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  s = s
    .replace(/\bbeban\b/g, "belanja")
    .replace(/\bbiaya\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s.replace(/^belanja\s+/, "");
}

/** True when two akun names say the same ("Beban Jasa Profesi" = "Belanja Jasa Profesi"). */
export function sameAkunName(a: string, b: string): boolean {
  return normalizeAkunName(a) === normalizeAkunName(b);
}

/**
 * How a name written in a worksheet compares with BAS for that code: "sama" (one of its names after
 * normalisation), "mirip" (most words shared, e.g. an extra or missing word), "beda" (another akun's
 * name or unrelated words). Undefined when the code is not in BAS.
 */
export function compareAkunName(kode: string, written: string): "sama" | "mirip" | "beda" | undefined {
  const akun = basAkun(kode);
  if (!akun) return undefined;
  const w = normalizeAkunName(written);
  if (akun.names.some((n) => normalizeAkunName(n) === w)) return "sama";
  const best = Math.max(...akun.names.map((n) => dice(normalizeAkunName(n), w)));
  return best >= 0.75 ? "mirip" : "beda";
}

/** Dice coefficient over word sets. */
function dice(a: string, b: string): number {
  const A = new Set(a.split(" ").filter(Boolean));
  const B = new Set(b.split(" ").filter(Boolean));
  if (A.size === 0 && B.size === 0) return 1;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return (2 * common) / (A.size + B.size);
}
