/**
 * The parsers' length bounds, added after the hostile corpus found regexes backtracking for seconds per
 * 32,000-character cell (a trailing "1a x 1a x ..." uraian took 10 s, a run of digits 25 s, "1" + spaces
 * in a jumlah cell 10 s). The bounds must not change what real text parses to.
 */
import { detectLayout } from "../../src/core/layout/detect";
import { normalizeLabel } from "../../src/core/layout/header-labels";
import { readTitleBlock } from "../../src/core/layout/title-block";
import { parseIndonesianNumber } from "../../src/core/money/parse-number";
import { findVolumeExpression, parseVolumeExpression } from "../../src/core/tree/volume-expression";
import { hostileTexts, KK_HEADER } from "./corpus";

describe("bounded parsers on hostile text", () => {
  it.each(hostileTexts().map((t, i) => [i, t] as const))(
    "hostile text %i is neither a number nor a volume expression",
    (_i, text) => {
      expect(parseIndonesianNumber(text)).toBeNull();
      expect(parseVolumeExpression(text)).toBeNull();
      expect(findVolumeExpression(text)).toBeNull();
    }
  );

  it("still reads a long uraian's trailing expression, from a whole word", () => {
    const e = findVolumeExpression("Belanja ".repeat(40) + "konsumsi 3 org x 2 hari");
    expect(e?.product.toNumber()).toBe(6);
    // 30 factors "11 OR" (237 characters) do not fit the window: the cut must not leave a "1 OR" behind.
    const long = Array.from({ length: 30 }, () => "11 OR").join(" x ");
    const cut = findVolumeExpression(`Honor ${long}`);
    expect(cut).not.toBeNull();
    expect(cut!.factors.length).toBeGreaterThanOrEqual(2);
    expect(cut!.factors.every((f) => f.value.toNumber() === 11 && f.unit === "OR")).toBe(true);
  });

  it("still reads bracketed expressions in long uraian", () => {
    expect(findVolumeExpression("x".repeat(5000) + " [15 OR x 2 KEG] " + "y".repeat(5000))?.product.toNumber()).toBe(
      30
    );
  });

  it("reads numbers up to 64 characters and refuses longer text", () => {
    const big = "Rp " + "1" + ".000".repeat(12) + ",50"; // 55 characters
    expect(parseIndonesianNumber(big)?.toFixed()).toBe("1" + "000".repeat(12) + ".5");
    expect(parseIndonesianNumber("  " + big + "  ")).not.toBeNull();
    expect(parseIndonesianNumber("1" + " ".repeat(70) + "jt")).toBeNull();
  });

  it("reads back the negative amounts formatRupiah writes (found by fuzz.test.ts)", () => {
    expect(parseIndonesianNumber("-Rp1")?.toNumber()).toBe(-1);
    expect(parseIndonesianNumber("-Rp 1.250.000,50")?.toFixed()).toBe("-1250000.5");
    expect(parseIndonesianNumber("(-Rp1.000)")?.toNumber()).toBe(1000);
  });

  it("reads a title block beside very long cells, and skips the long cells", () => {
    const block = readTitleBlock(
      {
        name: "s",
        values: [
          ["TA" + " ".repeat(30_000) + "2026"],
          ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
          ["TAHUN ANGGARAN 2026"],
        ],
      },
      3
    );
    expect(block.provinsi).toBe("JAWA TENGAH");
    expect(block.tahun).toBe(2026);
    expect(block.sources.tahun).toEqual({ row: 2, col: 0 });
  });
});

describe("headers with invisible characters", () => {
  it("drops zero-width characters, word joiners, soft hyphens and byte-order marks from labels", () => {
    expect(normalizeLabel("\ufeffURAI\u200bAN")).toBe("uraian");
    expect(normalizeLabel("HARGA\u2060SATUAN")).toBe("hargasatuan");
    expect(normalizeLabel("JUM\u00adLAH\u200d BIAYA\u00a0")).toBe("jumlah biaya");
  });

  it("finds a kertas kerja header typed with them", () => {
    const header = [
      "KO\u200bDE",
      "URAI\u200dAN",
      "VOLUME\u00a0",
      "SATUAN",
      "HARGA SA\u00adTUAN",
      "\ufeffJUMLAH BIAYA",
      "SD/CP",
    ];
    const layout = detectLayout({ name: "s", values: [header, ["521211", "Belanja Bahan", null, null, null, 1]] });
    expect(layout?.kind).toBe("kertas-kerja");
    expect(layout?.columns).toEqual(
      expect.objectContaining({ kode: 0, uraian: 1, volume: 2, satuan: 3, hargaSatuan: 4, jumlah: 5 })
    );
    expect(KK_HEADER).toHaveLength(header.length);
  });
});
