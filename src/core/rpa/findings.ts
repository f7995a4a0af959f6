import type { Finding, Severity } from "../findings/finding";
import { interpolate } from "../rules/rule";
import type { PlanNode } from "./plan";

/** The RPA engine's findings: one catalogue, Indonesian first, English beside it. */
export const RPA_BASIS = "Panduan RPA DJPb; PMK 62/2023 jo. PMK 107/2024 (Rencana Penarikan Dana, Halaman III DIPA)";

interface RpaMessage {
  severity: Severity;
  id: string;
  en: string;
}

export const RPA_MESSAGES = {
  "RPA-MELEBIHI-PAGU": {
    severity: "error",
    id: "Rencana yang diisi pengguna Rp{typed} melebihi pagu Rp{pagu} sebesar Rp{excess}; bulan yang kosong tidak diisi.",
    en: "The plan the user typed (Rp{typed}) exceeds the pagu Rp{pagu} by Rp{excess}; empty months were not filled.",
  },
  "RPA-KURANG-DARI-PAGU": {
    severity: "warning",
    id: "Semua bulan diisi pengguna dengan jumlah Rp{typed}, kurang Rp{gap} dari pagu Rp{pagu}; tandai selisihnya sebagai sisa dana yang tidak ditarik bila memang tidak akan dipakai.",
    en: "Every month was typed, totalling Rp{typed}, Rp{gap} short of the pagu Rp{pagu}; mark the gap as funds not drawn if it will not be used.",
  },
  "RPA-NILAI-NEGATIF": {
    severity: "error",
    id: "Rencana bulan {bulan} bernilai negatif (Rp{value}).",
    en: "The plan for {bulan} is negative (Rp{value}).",
  },
  "RPA-PERSEN-TIDAK-SESUAI": {
    severity: "warning",
    id: "Bulan {bulan}: {percent} tidak sesuai dengan Rp{rupiah} dari pagu Rp{pagu} (seharusnya {expected}); nilai rupiah yang dipakai.",
    en: "{bulan}: {percent} does not match Rp{rupiah} of the pagu Rp{pagu} (should be {expected}); the rupiah value is used.",
  },
  "RPA-PROFIL-TANPA-BULAN": {
    severity: "info",
    id: "Bulan-bulan profil {profil} sudah terisi atau sudah lewat; Rp{amount} dibagi rata ke {count} bulan yang masih kosong.",
    en: "The months of profile {profil} are filled or past; Rp{amount} was spread evenly over the {count} months still empty.",
  },
  "RPA-INDUK-TIDAK-SESUAI": {
    severity: "warning",
    id: "Bulan {bulan}: nilai yang diisi pada baris ini Rp{typed} berbeda dari jumlah baris di bawahnya Rp{sum}; nilai pengguna tidak diubah.",
    en: "{bulan}: the value typed on this row (Rp{typed}) differs from the sum of the rows beneath (Rp{sum}); the user's value was kept.",
  },
  "RPA-PAGU-INDUK": {
    severity: "warning",
    id: "Pagu Rp{pagu} tidak sama dengan jumlah pagu baris di bawahnya Rp{sum}; rencana dibagi menurut pagu baris di bawahnya.",
    en: "Pagu Rp{pagu} differs from the sum of the pagu beneath (Rp{sum}); the plan is split by the pagu of the rows beneath.",
  },
  "RPA-REALISASI-MELEBIHI-PAGU": {
    severity: "error",
    id: "Realisasi sampai bulan {bulan} Rp{realisasi} melebihi pagu Rp{pagu}.",
    en: "Realisation up to {bulan} (Rp{realisasi}) exceeds the pagu Rp{pagu}.",
  },
  "RPA-SISA-DANA": {
    severity: "info",
    id: "Sisa dana yang tidak ditarik Rp{amount} tidak direncanakan pada bulan mana pun.",
    en: "Rp{amount} marked as funds not drawn is not planned in any month.",
  },
  "RPA-PAGU-PECAHAN": {
    severity: "warning",
    id: "Pagu {pagu} bukan rupiah bulat; rencana memakai Rp{rounded}.",
    en: "Pagu {pagu} is not whole rupiah; the plan uses Rp{rounded}.",
  },
} satisfies Record<string, RpaMessage>;

export type RpaMessageId = keyof typeof RPA_MESSAGES;

export type SeverityOverrides = Record<string, Severity | "off">;

/** Collects findings about plan nodes, applying the caller's severity overrides. */
export class RpaReporter {
  readonly findings: Finding[] = [];
  constructor(private readonly overrides: SeverityOverrides = {}) {}

  report(
    id: RpaMessageId,
    node: PlanNode,
    data: Record<string, string | number>,
    month?: number,
    extra: Partial<Finding> = {}
  ): void {
    const configured = this.overrides[id];
    if (configured === "off") return;
    const msg: RpaMessage = RPA_MESSAGES[id];
    const ref = node.ref;
    const cell = (month !== undefined ? ref?.monthCells?.[month - 1] : undefined) ?? ref?.cell ?? "";
    this.findings.push({
      rule: id,
      severity: configured ?? msg.severity,
      sheet: ref?.sheet ?? "",
      cell,
      row: ref?.row ?? 0,
      message: interpolate(msg.id, data),
      messageEn: interpolate(msg.en, data),
      basis: RPA_BASIS,
      ...extra,
    });
  }
}
