/**
 * Everything the rules look up, built once per analyzer run: BAS, satuan, provinces and places,
 * nilai kapitalisasi, and standar biaya with the user's overrides on top.
 */
import { NILAI_KAPITALISASI } from "../../data/kapitalisasi";
import { SBM_DATASETS } from "../../data/sbm-index";
import { Decimal } from "../money/decimal";
import { basAkun, compareAkunName, jenisBelanja, type BasAkun, type JenisBelanja } from "./bas";
import { createPlaceIndex, type PlaceIndex } from "./places";
import { resolveProvince, type Province } from "./provinces";
import { resolveSatuan, type Satuan } from "./satuan";
import { SbmTable, type SbmOverrideRow } from "./sbm";
import type { SbmDataset } from "./sbm-data";
import type { WorkbookSnapshot } from "../sheet/snapshot";
import {
  parseSbmOverrideCsv,
  readSbmOverrideSheets,
  type SbmOverrideProblem,
  type SbmOverrideSet,
} from "./sbm-overrides";
import { VERIFICATION_BY_CODE, type Verification } from "./types";

export interface NilaiKapitalisasi {
  /** "PERALATAN-MESIN" | "GEDUNG-BANGUNAN" */
  kunci: string;
  golongan: string;
  nilai: Decimal;
  aturan: string;
  status: Verification;
  sumber: string;
}

export interface ReferenceData {
  akun(kode: string): BasAkun | undefined;
  jenisBelanja(kode: string): JenisBelanja | undefined;
  compareAkunName(kode: string, written: string): "sama" | "mirip" | "beda" | undefined;
  satuan(text: string | undefined | null): Satuan | undefined;
  provinsi(text: string | undefined | null): Province | undefined;
  /** Places (provinces, cities, kabupaten/kota) named in a text. */
  places: PlaceIndex;
  kapitalisasi(kunci: "PERALATAN-MESIN" | "GEDUNG-BANGUNAN"): NilaiKapitalisasi;
  sbm: SbmTable;
  /** The override sources used (sheet, file) with their row counts. */
  overrides: readonly { sumber: string; rows: number }[];
  /** Override rows that were rejected, with why. */
  overrideProblems: readonly SbmOverrideProblem[];
}

const KAPITALISASI: ReadonlyMap<string, NilaiKapitalisasi> = new Map(
  NILAI_KAPITALISASI.map(([kunci, golongan, nilai, aturan, st, sumber]) => [
    kunci,
    { kunci, golongan, nilai: new Decimal(nilai), aturan, status: VERIFICATION_BY_CODE[st], sumber },
  ])
);

export interface ReferenceDataInput {
  /** The user's standar biaya, highest priority first (e.g. --sbm FILE, then the workbook's sheet). */
  overrides?: readonly SbmOverrideSet[];
  /** Shipped tables; defaults to src/data. Tests pass their own. */
  datasets?: readonly SbmDataset[];
}

/** Builds the reference data once; overrides win over the shipped tables and over later overrides. */
export function createReferenceData(input: ReferenceDataInput | readonly SbmOverrideSet[] = {}): ReferenceData {
  const opts: ReferenceDataInput = Array.isArray(input)
    ? { overrides: input as readonly SbmOverrideSet[] }
    : (input as ReferenceDataInput);
  const datasets = opts.datasets ?? SBM_DATASETS;
  const sets = opts.overrides ?? [];
  // Earlier sets win: keep the first row for a key, report none (each set already reported its own duplicates).
  const rows: SbmOverrideRow[] = [];
  const seen = new Set<string>();
  for (const s of sets) {
    for (const r of s.rows) {
      const k = `${r.tahun}|${r.item}|${r.provinsi}|${r.kunci.toUpperCase()}`;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.push(r);
    }
  }
  const sbm = new SbmTable(datasets, rows);
  const kabKota: [string, string][] = [];
  for (const d of datasets) {
    for (const [item, prov, kunci] of d.rows) {
      if (item !== "TRANSPORT-DARAT" || prov === "DKI JAKARTA") continue;
      kabKota.push([kunci.slice(kunci.indexOf(">") + 1), prov]);
    }
  }
  return {
    akun: basAkun,
    jenisBelanja,
    compareAkunName,
    satuan: resolveSatuan,
    provinsi: resolveProvince,
    places: createPlaceIndex(kabKota),
    kapitalisasi(kunci) {
      const k = KAPITALISASI.get(kunci);
      if (!k) throw new RangeError(`nilai kapitalisasi tidak dikenal: ${kunci}`);
      return k;
    },
    sbm,
    overrides: sets.map((s) => ({ sumber: s.sumber, rows: s.rows.length })),
    overrideProblems: sets.flatMap((s) => s.problems),
  };
}

/**
 * What a host hands in: override files (`--sbm FILE`, a file imported in the pane) and the open
 * workbook, whose SBM_PENGGUNA / "Telaah SBM" sheets are read. Files win over sheets.
 */
export function referenceDataFromInputs(input: {
  files?: readonly { name: string; text: string }[];
  workbook?: WorkbookSnapshot;
}): ReferenceData {
  const sets: SbmOverrideSet[] = [
    ...(input.files ?? []).map((f) => parseSbmOverrideCsv(f.text, f.name)),
    ...(input.workbook ? readSbmOverrideSheets(input.workbook) : []),
  ];
  return createReferenceData({ overrides: sets });
}

let shared: ReferenceData | undefined;

/** The shipped reference data without overrides, built on first use (rules fall back to it). */
export function defaultReferenceData(): ReferenceData {
  shared ??= createReferenceData();
  return shared;
}

declare module "../rules/rule" {
  interface RuleEnvironment {
    /** Reference data (BAS, satuan, SBM with the user's overrides); see createReferenceData. */
    reference: ReferenceData;
  }
}
