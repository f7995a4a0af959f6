import {
  compareBudgets,
  comparisonSheetRows,
  planVsRealisation,
  sumFormula,
  textFormula,
} from "../../../src/core/compare";
import { dec } from "../../../src/core/money";
import { allLines, sampleBudget, toKertasKerja, toRkakl, treeOf } from "./budget-model";

describe("comparison sheet helpers", () => {
  it("writes text as a formula Excel cannot read as a number, under the 255-character literal limit", () => {
    expect(textFormula("051")).toBe('="051"');
    expect(textFormula('Rapat "besar"')).toBe('="Rapat ""besar"""');
    const long = textFormula("x".repeat(600));
    expect(long.split("&")).toHaveLength(3);
    expect(
      Math.max(
        ...long
          .slice(1)
          .split("&")
          .map((p) => p.length - 2)
      )
    ).toBeLessThanOrEqual(255);
    expect(textFormula("")).toBe("");
  });

  it("keeps SUM under 255 arguments", () => {
    expect(sumFormula(["F7", "F9"])).toBe("SUM(F7,F9)");
    const many = sumFormula(Array.from({ length: 450 }, (_, i) => `F${i + 7}`));
    expect(many.startsWith("SUM(SUM(F7,")).toBe(true);
    expect(many.match(/SUM\(/g)).toHaveLength(4);
    expect(sumFormula([])).toBe("0");
  });

  it("describes rows with both sides, their source cells and an Indonesian note", () => {
    const b = sampleBudget();
    const moved = allLines(b).find((x) => x.line.uraian === "Spanduk kegiatan")!;
    moved.akun.lines.splice(moved.index, 1);
    b.ros[0].komponen[1].subs[1].akun[0].lines.push(moved.line);
    const r = compareBudgets(treeOf(toRkakl(sampleBudget())), treeOf(toKertasKerja(b)));
    const rows = comparisonSheetRows(r);
    const line = rows.find((x) => x.uraian.includes("Spanduk"))!;
    expect(line.keterangan).toBe("Dipindah dari 024.12.10/4223/4223.EBA/4223.EBA.962/051/A/521211");
    expect(line.semula!.cells).toMatchObject({
      volume: expect.stringMatching(/^C\d+$/),
      hargaSatuan: expect.stringMatching(/^E\d+$/),
      jumlah: expect.stringMatching(/^F\d+$/),
    });
    const only = comparisonSheetRows(r, true);
    // A moved line is one row, where it now is (sub komponen B), with the rows above it.
    expect(only.map((x) => `${x.level}:${x.kode}`)).toEqual([
      "ro:4223.EBA.962",
      "komponen:051",
      "subkomponen:B",
      "akun:521211",
      "detil:",
    ]);
    expect(only.filter((x) => x.status !== "sama")).toHaveLength(1);
  });
});

describe("planVsRealisation", () => {
  it("computes monthly and cumulative deviation with the IKPA formula, leaving future months empty", () => {
    const plan = [100, 100, 100, 0, ...new Array(8).fill(100)].map((n) => dec(n));
    const real = [dec(90), dec(130), dec(100), dec(5), null, null, null, null, null, null, null, null];
    const rows = planVsRealisation(plan, real);
    expect(rows[0].deviasi!.toNumber()).toBe(10);
    expect(rows[1].deviasi!.toNumber()).toBe(30);
    expect(rows[1].deviasiKumulatif!.toNumber()).toBe(10);
    expect(rows[3].deviasi!.toNumber()).toBe(100); // RPD 0 with realisation counts 100
    expect(rows[3].realisasiKumulatif!.toNumber()).toBe(325);
    expect(rows[4]).toMatchObject({ realisasi: null, deviasi: null, realisasiKumulatif: null });
    expect(rows[11].rencanaKumulatif.toNumber()).toBe(1100);
  });
});
