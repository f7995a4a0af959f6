import { compareBudgets, type ComparisonResult, type LineChange } from "../../../src/core/compare";
import {
  allLines,
  clone,
  jumlahOf,
  sampleBudget,
  toKertasKerja,
  toRab,
  toRkakl,
  treeOf,
  type Budget,
} from "./budget-model";

const compare = (a: Budget, b: Budget, layoutA = toRkakl, layoutB = toRkakl) =>
  compareBudgets(treeOf(layoutA(a, "Semula")), treeOf(layoutB(b, "Menjadi")));
const fieldsOf = (c: LineChange) => c.fields.map((f) => f.field).sort();
const lineChanges = (r: ComparisonResult) => r.changes.filter((c) => c.level === "detil");
const find = (b: Budget, uraian: string) => allLines(b).find((x) => x.line.uraian === uraian)!;

describe("compareBudgets on generated pairs", () => {
  it("reports nothing for a budget compared with itself", () => {
    const r = compare(sampleBudget(), sampleBudget());
    expect(r.changes).toEqual([]);
    expect(r.flags).toEqual([]);
    expect(r.aligned.every((a) => a.status === "sama")).toBe(true);
    expect(r.totals.pagu.selisih.isZero()).toBe(true);
  });

  it("reports a changed volume as one changed line, matched across the changed expression", () => {
    const b = sampleBudget();
    find(b, "Konsumsi rapat persiapan").line.factors[0][0] = 20; // [15 OR x 2 KEG] -> [20 OR x 2 KEG]
    const r = compare(sampleBudget(), b);
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0];
    expect(c).toMatchObject({ kind: "changed", level: "detil", moved: false, method: "uraian" });
    expect(fieldsOf(c)).toEqual(["jumlah", "rincian", "volume"]);
    expect(c.jumlahSemula!.toNumber()).toBe(1500000);
    expect(c.jumlahMenjadi!.toNumber()).toBe(2000000);
    expect(c.selisih.toNumber()).toBe(500000);
    expect(c.path).toEqual(["024.12.10", "4223", "4223.EBA", "4223.EBA.962", "051", "A", "521211"]);
    // Parents whose only difference is their total are not listed, but their totals are.
    expect(r.totals.akun.filter((t) => !t.selisih.isZero()).map((t) => t.kode)).toEqual(["521211"]);
    expect(r.totals.komponen.filter((t) => !t.selisih.isZero()).map((t) => t.kode)).toEqual(["051"]);
    expect(r.totals.ro.filter((t) => !t.selisih.isZero()).map((t) => t.kode)).toEqual(["4223.EBA.962"]);
    expect(r.totals.jenisBelanja.find((j) => j.kode === "52")!.selisih.toNumber()).toBe(500000);
    expect(r.flags.map((f) => f.rule)).toEqual(["REVISI-PAGU"]);
  });

  it("is tolerant to spacing, case and punctuation in the uraian", () => {
    const b = sampleBudget();
    find(b, "Konsumsi rapat persiapan").line.uraian = "KONSUMSI   Rapat, persiapan.";
    find(b, "Spanduk kegiatan").line.harga = 400000;
    const r = compare(sampleBudget(), b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].uraian).toContain("Spanduk kegiatan");
    expect(fieldsOf(r.changes[0])).toEqual(["hargaSatuan", "jumlah"]);
  });

  it("reports inserted and removed lines with null on the missing side, at their place", () => {
    const b = sampleBudget();
    const bahan = find(b, "Spanduk kegiatan").akun;
    bahan.lines.splice(2, 1); // remove Spanduk
    bahan.lines.splice(1, 0, { uraian: "Sewa sound system", factors: [[1, "PKT"]], satuan: "PKT", harga: 2000000 });
    const r = compare(sampleBudget(), b);
    // Ungrouped lines precede the `> Evaluasi PBM` group in the sheet: Spanduk was the akun's first line.
    expect(r.changes.map((c) => [c.kind, c.uraian.trim()])).toEqual([
      ["removed", "-     Spanduk kegiatan  [2 BH]"],
      ["added", "-     Sewa sound system  [1 PKT]"],
    ]);
    const [removed, added] = r.changes;
    expect(added.semula).toBeUndefined();
    expect(added.jumlahSemula).toBeNull();
    expect(added.selisih.toNumber()).toBe(2000000);
    expect(removed.menjadi).toBeUndefined();
    expect(removed.jumlahMenjadi).toBeNull();
    expect(removed.selisih.toNumber()).toBe(-700000);
    // The removed line sits where it was: right under its akun, before the line that followed it.
    const at = r.aligned.findIndex((x) => x.status === "removed");
    expect(r.aligned[at - 1].level).toBe("akun");
    expect(r.aligned[at + 1].status).toBe("added");
    expect(r.aligned[at + 2].status).toBe("sama");
  });

  it("reports nothing when lines and whole akun are reordered", () => {
    const b = sampleBudget();
    const bahan = find(b, "Spanduk kegiatan").akun;
    bahan.lines.reverse();
    b.ros[0].komponen[1].subs[0].akun.reverse();
    b.ros.reverse();
    expect(compare(sampleBudget(), b).changes).toEqual([]);
  });

  it("reports a line moved to another akun as changed with its old place, and the shift between jenis belanja", () => {
    const b = sampleBudget();
    const from = find(b, "Servis kendaraan dinas");
    const [moved] = from.akun.lines.splice(0, 1);
    find(b, "Laptop untuk staf").akun.lines.splice(1, 0, moved);
    const r = compare(sampleBudget(), b);
    const line = lineChanges(r).find((c) => c.uraian.includes("Servis kendaraan"))!;
    expect(line).toMatchObject({ kind: "changed", moved: true, method: "pindah" });
    expect(fieldsOf(line)).toEqual(["letak"]);
    expect(line.selisih.toNumber()).toBe(0);
    expect(line.pathSemula!.at(-1)).toBe("523121");
    expect(line.path.at(-1)).toBe("532111");
    expect(r.flags.map((f) => f.rule)).toEqual(["REVISI-JENIS-BELANJA"]);
    expect(r.flags[0].message).toContain("bertambah 53 +Rp6.000.000; berkurang 52 -Rp6.000.000");
    expect(r.totals.pagu.selisih.isZero()).toBe(true);
  });

  it("follows lines when their akun code changes (revisi akun)", () => {
    const b = sampleBudget();
    find(b, "Servis kendaraan dinas").akun.kode = "523111";
    const r = compare(sampleBudget(), b);
    expect(r.changes.map((c) => `${c.kind}:${c.level}`)).toEqual(["removed:akun", "added:akun", "changed:detil"]);
    expect(r.changes[2].method).toBe("pindah");
    expect(r.flags).toEqual([]);
  });

  it("reports a line that moved into another detail group inside its akun", () => {
    const b = sampleBudget();
    find(b, "Spanduk kegiatan").line.group = "Evaluasi PBM";
    const r = compare(sampleBudget(), b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ moved: true });
    expect(fieldsOf(r.changes[0])).toEqual(["letak"]);
  });

  it("pairs a reworded line with its old self inside the akun, but not two different lines", () => {
    const b = sampleBudget();
    find(b, "Uang harian perjalanan ke Jakarta").line.uraian = "Uang harian perjalanan dinas ke Jakarta";
    find(b, "Spanduk kegiatan").line.uraian = "Banner pameran";
    const r = compare(sampleBudget(), b);
    const reworded = r.changes.find((c) => c.uraian.includes("dinas ke Jakarta"))!;
    expect(reworded).toMatchObject({ kind: "changed", method: "kemiripan" });
    expect(fieldsOf(reworded)).toEqual(["uraian"]);
    expect(
      r.changes
        .filter((c) => c.kind !== "changed")
        .map((c) => c.kind)
        .sort()
    ).toEqual(["added", "removed"]);
  });

  it("keeps partners of duplicate uraian by their values", () => {
    const a = sampleBudget();
    const bahan = find(a, "Spanduk kegiatan").akun;
    bahan.lines.push({ uraian: "Spanduk kegiatan", factors: [[5, "BH"]], satuan: "BH", harga: 350000 });
    const b = clone(a);
    const lines = find(b, "Spanduk kegiatan").akun.lines;
    lines.reverse();
    expect(compare(a, b).changes).toEqual([]);
    lines.find((l) => l.factors[0][0] === 5)!.harga = 300000;
    const r = compare(a, b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].jumlahSemula!.toNumber()).toBe(1750000);
  });

  it("lists an added akun and its lines, and never a parent for its total alone", () => {
    const b = sampleBudget();
    b.ros[0].komponen[1].subs[1].akun.push({
      kode: "522151",
      uraian: "Belanja Jasa Profesi",
      lines: [{ uraian: "Honor narasumber", factors: [[2, "OJ"]], satuan: "OJ", harga: 900000 }],
    });
    const r = compare(sampleBudget(), b);
    expect(r.changes.map((c) => `${c.kind}:${c.level}`)).toEqual(["added:akun", "added:detil"]);
    expect(r.changes[0].jumlahMenjadi!.toNumber()).toBe(1800000);
    expect(r.flags.map((f) => f.rule)).toEqual(["REVISI-PAGU"]);
  });

  it("flags a lower belanja operasional (komponen 001/002) as a warning", () => {
    const b = sampleBudget();
    find(b, "Gaji pokok PNS").line.harga = 49000000;
    find(b, "Konsumsi rapat persiapan").line.harga = 50000 + (12 * 1000000) / 30;
    const r = compare(sampleBudget(), b);
    expect(r.totals.pagu.selisih.isZero()).toBe(true);
    expect(r.flags.map((f) => [f.rule, f.severity])).toEqual([
      ["REVISI-JENIS-BELANJA", "error"],
      ["REVISI-OPERASIONAL", "warning"],
    ]);
    expect(r.flags[0].basis).toMatch(/STRUK-12/);
  });
});

describe("compareBudgets across layouts", () => {
  const layouts = { rkakl: toRkakl, kertasKerja: toKertasKerja, rab: toRab };
  const pairs = Object.entries(layouts).flatMap(([na, la]) =>
    Object.entries(layouts).map(([nb, lb]) => [na, nb, la, lb] as const)
  );

  it.each(pairs)("%s vs %s: the same budget reports nothing", (_na, _nb, la, lb) => {
    const r = compare(sampleBudget(), sampleBudget(), la, lb);
    expect(r.changes).toEqual([]);
    expect(r.totals.pagu.selisih.isZero()).toBe(true);
  });

  it.each(pairs)("%s vs %s: known changes are found and nothing else", (_na, _nb, la, lb) => {
    const b = sampleBudget();
    find(b, "Konsumsi rapat persiapan").line.factors[0][0] = 20;
    find(b, "Printer laser").akun.lines.splice(1, 1);
    find(b, "ATK kegiatan").akun.lines.push({
      uraian: "Kertas HVS",
      factors: [[10, "RIM"]],
      satuan: "RIM",
      harga: 55000,
    });
    const r = compare(sampleBudget(), b, la, lb);
    expect(lineChanges(r).map((c) => `${c.kind}:${c.uraian.replace(/^[-\s]+/, "").replace(/\s*\[.*$/, "")}`)).toEqual([
      "added:Kertas HVS",
      "changed:Konsumsi rapat persiapan",
      "removed:Printer laser",
    ]);
    expect(r.changes.filter((c) => c.level !== "detil")).toEqual([]);
    expect(r.totals.pagu.selisih.toNumber()).toBe(500000 + 550000 - 9000000);
  });

  it("matches akun under a sub komponen with the same akun in a RAB that has none", () => {
    const b = sampleBudget();
    b.ros[0].komponen[1].subs.pop(); // RAB would otherwise hold akun 521211 twice under komponen 051
    const r = compareBudgets(treeOf(toRkakl(b)), treeOf(toRab(b, "RAB", false)));
    expect(r.changes).toEqual([]);
    const withSub = compareBudgets(treeOf(toRkakl(b)), treeOf(toRab(b, "RAB", true)));
    expect(withSub.changes).toEqual([]);
  });
});

it("checks the totals it reports against the model", () => {
  const b = sampleBudget();
  const total = allLines(b).reduce((s, x) => s + jumlahOf(x.line), 0);
  const r = compare(b, b);
  expect(r.totals.pagu.semula.toNumber()).toBe(total);
  expect(r.totals.jenisBelanja.map((j) => j.kode)).toEqual(["51", "52", "53"]);
  expect(r.totals.jenisBelanja.map((j) => j.uraian)).toEqual(["BELANJA PEGAWAI", "BELANJA BARANG", "BELANJA MODAL"]);
});
