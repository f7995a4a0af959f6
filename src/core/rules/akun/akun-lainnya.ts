import { defaultReferenceData } from "../../reference/reference-data";
import type { Rule } from "../rule";
import { akunRows, shortUraian } from "./akun-rows";
import { PUNYA_AKUN_SENDIRI, kindOf, type DetilKind } from "./detil-words";

const LAINNYA = new Set(["521119", "521219"]);

/** How many examples a finding names. */
const EXAMPLES = 3;

/**
 * 521119 / 521219 "lainnya" akun are for what no specific BAS akun covers. One finding per such akun
 * that holds lines BAS has a specific akun for (konsumsi, ATK, fotokopi -> 521211; honor; perjalanan;
 * sewa), listing them by kind, rather than one per line.
 */
export const akunLainnya: Rule = {
  id: "AKUN-LAINNYA",
  family: "AKUN",
  description: 'Akun "lainnya" (521119, 521219) hanya untuk belanja yang tidak mempunyai akun BAS yang lebih spesifik.',
  defaultSeverity: "warning",
  basis:
    "PMK 107/2024: penggunaan akun Belanja Barang Operasional Lainnya (521119) dan Belanja Barang Non Operasional Lainnya (521219) harus cermat sesuai BAS; reviu memeriksa penggunaannya",
  messages: {
    spesifik: {
      id: 'Akun {kode} ({nama}) memuat {count} detil yang mempunyai akun BAS tersendiri: {ringkas}. Akun "lainnya" hanya dipakai bila tidak ada akun yang lebih spesifik.',
      en: 'Akun {kode} ({nama}) holds {count} detail lines that have their own BAS akun: {ringkasEn}. "Lainnya" accounts are only for what no specific akun covers.',
    },
  },
  check(ctx) {
    const ref = ctx.env.reference ?? defaultReferenceData();
    const rows = ctx.tree.rows;
    for (const a of akunRows(ctx.tree)) {
      if (!LAINNYA.has(a.kode)) continue;
      const found = new Map<DetilKind, string[]>();
      const stack = [...a.row.children];
      while (stack.length) {
        const r = rows[stack.shift()!];
        stack.unshift(...r.children);
        if (r.level !== "detil") continue;
        const kind = kindOf(r.uraian, PUNYA_AKUN_SENDIRI);
        if (!kind) continue;
        const list = found.get(kind) ?? [];
        list.push(shortUraian(r.uraian));
        found.set(kind, list);
      }
      if (!found.size) continue;
      let count = 0;
      const parts: string[] = [];
      const partsEn: string[] = [];
      for (const [kind, lines] of found) {
        count += lines.length;
        const ex = [...new Set(lines)]
          .slice(0, EXAMPLES)
          .map((u) => `"${u}"`)
          .join(", ");
        parts.push(`${kind.label} ${lines.length} baris (${ex}) -> ${kind.akun} ${kind.akunLabel}`);
        partsEn.push(`${kind.labelEn} ${lines.length} line(s) (${ex}) -> ${kind.akun} ${kind.akunLabel}`);
      }
      ctx.report({
        messageId: "spesifik",
        data: {
          kode: a.kode,
          nama: ref.akun(a.kode)?.uraian ?? a.uraian,
          count,
          ringkas: parts.join("; "),
          ringkasEn: partsEn.join("; "),
        },
        at: a.row,
        col: a.col,
        actual: a.kode,
        expected: [...new Set([...found.keys()].map((k) => k.akun))].join(", "),
      });
    }
  },
};
