import fc from "fast-check";
import { compareBudgets } from "../../../src/core/compare";
import { ZERO } from "../../../src/core/money";
import {
  allLines,
  clone,
  toKertasKerja,
  toRab,
  toRkakl,
  treeOf,
  type Akun,
  type Budget,
  type Line,
} from "./budget-model";

const PHRASES = [
  "Konsumsi rapat",
  "Konsumsi rapat koordinasi",
  "Fotocopy materi",
  "ATK kegiatan",
  "Honor narasumber",
  "Uang harian",
  "Transport lokal",
  "Sewa gedung",
  "Spanduk",
  "Penggandaan laporan",
];
const UNITS = ["OR", "ORG", "KEG", "HARI", "EKS", "PKT", "BH"];
const AKUN = ["521211", "521213", "522151", "524111", "532111", "511111"];

const lineArb: fc.Arbitrary<Line> = fc
  .record({
    uraian: fc.constantFrom(...PHRASES),
    factors: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom(...UNITS)), {
      minLength: 1,
      maxLength: 2,
    }),
    satuan: fc.constantFrom("OK", "OH", "PKT"),
    harga: fc.integer({ min: 1, max: 5000 }).map((n) => n * 1000),
    group: fc.option(fc.constantFrom("Evaluasi PBM", "Prodi TGM"), { nil: undefined }),
  })
  .map((l) => (l.group === undefined ? (({ group: _g, ...rest }) => rest)(l) : l));

const akunListArb = fc
  .uniqueArray(fc.constantFrom(...AKUN), { minLength: 1, maxLength: 3 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((kode) =>
        fc
          .array(lineArb, { minLength: 1, maxLength: 5 })
          .map((lines): Akun => ({ kode, uraian: `Akun ${kode}`, lines }))
      )
    )
  );

const budgetArb: fc.Arbitrary<Budget> = fc
  .uniqueArray(fc.constantFrom("4223.EBA.962", "4223.EBA.994", "2077.502.001"), { minLength: 1, maxLength: 2 })
  .chain((ros) =>
    fc.tuple(
      ...ros.map((kode) =>
        fc
          .uniqueArray(fc.constantFrom("001", "051", "052"), { minLength: 1, maxLength: 2 })
          .chain((komps) =>
            fc
              .tuple(
                ...komps.map((k) =>
                  fc
                    .uniqueArray(fc.constantFrom("A", "B", "C"), { minLength: 1, maxLength: 2 })
                    .chain((subs) =>
                      fc
                        .tuple(...subs.map((s) => akunListArb.map((akun) => ({ kode: s, uraian: `Sub ${s}`, akun }))))
                        .map((ss) => ({ kode: k, uraian: `Komponen ${k}`, subs: ss }))
                    )
                )
              )
              .map((komponen) => ({ kode, uraian: `RO ${kode}`, komponen }))
          )
      )
    )
  )
  .map((ros) => ({ ros }));

/** Reorders everything that has an order: RO, komponen, sub komponen, akun and lines. */
function shuffled(b: Budget, seed: number): Budget {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0), s / 2 ** 32);
  const mix = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
  };
  const out = clone(b);
  mix(out.ros);
  for (const ro of out.ros) {
    mix(ro.komponen);
    for (const k of ro.komponen) {
      mix(k.subs);
      for (const sub of k.subs) {
        mix(sub.akun);
        for (const a of sub.akun) mix(a.lines);
      }
    }
  }
  return out;
}

const run = (a: Budget, b: Budget, la = toRkakl, lb = toRkakl) =>
  compareBudgets(treeOf(la(a, "Semula")), treeOf(lb(b, "Menjadi")));
const layouts = fc.constantFrom(toRkakl, toKertasKerja);

describe("compareBudgets properties", () => {
  it("comparing a budget with itself reports nothing, in any pair of layouts", () => {
    fc.assert(
      fc.property(budgetArb, layouts, layouts, (b, la, lb) => {
        const r = run(b, b, la, lb);
        expect(r.changes).toEqual([]);
        expect(r.flags).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });

  it("reordering lines, akun, komponen and RO reports nothing", () => {
    fc.assert(
      fc.property(budgetArb, fc.integer(), (b, seed) => {
        const r = run(b, shuffled(b, seed));
        expect(r.changes).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });

  it("a changed harga is exactly one changed line, wherever it is", () => {
    fc.assert(
      fc.property(budgetArb, fc.nat(), fc.integer({ min: 1, max: 99 }), (b, pick, delta) => {
        const after = clone(b);
        const lines = allLines(after);
        const target = lines[pick % lines.length].line;
        target.harga += delta * 1000;
        const r = run(b, after);
        expect(r.changes).toHaveLength(1);
        expect(r.changes[0]).toMatchObject({ kind: "changed", level: "detil", moved: false });
        expect(r.changes[0].fields.map((f) => f.field)).toEqual(["hargaSatuan", "jumlah"]);
      }),
      { numRuns: 60 }
    );
  });

  it("an inserted and a removed line are reported as such and nothing else", () => {
    fc.assert(
      fc.property(budgetArb, fc.nat(), fc.nat(), (b, pickAdd, pickRemove) => {
        const after = clone(b);
        const lines = allLines(after);
        const host = lines[pickAdd % lines.length];
        host.akun.lines.splice(host.index, 0, {
          uraian: "Zzq pengadaan khusus",
          factors: [[3, "PKT"]],
          satuan: "PKT",
          harga: 77000,
        });
        const withOne = allLines(after).filter(
          (x) => x.akun.lines.length > 1 && x.line.uraian !== "Zzq pengadaan khusus"
        );
        const expected = ["added"];
        if (withOne.length) {
          const victim = withOne[pickRemove % withOne.length];
          victim.akun.lines.splice(victim.akun.lines.indexOf(victim.line), 1);
          expected.push("removed");
        }
        const r = run(b, after);
        expect(
          r.changes
            .filter((c) => c.level === "detil")
            .map((c) => c.kind)
            .sort()
        ).toEqual(expected);
        // Removing the last line of a `> group` removes its heading too; nothing else may show.
        for (const c of r.changes) if (c.level !== "detil") expect(`${c.kind}:${c.level}`).toBe("removed:group");
      }),
      { numRuns: 60 }
    );
  });

  it("after any edits, detail selisih add up to the pagu selisih and jenis belanja add up to pagu", () => {
    const edit = fc.record({
      pick: fc.nat(),
      kind: fc.constantFrom("harga", "volume", "remove", "insert", "move"),
      n: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        budgetArb,
        fc.array(edit, { maxLength: 6 }),
        fc.constantFrom(toRkakl, toKertasKerja, toRab),
        (b, edits, lb) => {
          const after = clone(b);
          for (const e of edits) {
            const lines = allLines(after);
            const x = lines[e.pick % lines.length];
            if (e.kind === "harga") x.line.harga += e.n * 1000;
            else if (e.kind === "volume") x.line.factors[0][0] += e.n;
            else if (e.kind === "insert")
              x.akun.lines.push({
                uraian: `Baru ${e.n} ${e.pick}`,
                factors: [[e.n, "OR"]],
                satuan: "OK",
                harga: 1000 * e.n,
              });
            else if (e.kind === "remove" && x.akun.lines.length > 1) x.akun.lines.splice(x.index, 1);
            else if (e.kind === "move" && x.akun.lines.length > 1) {
              const dest = lines[(e.pick + e.n) % lines.length].akun;
              dest.lines.push(...x.akun.lines.splice(x.index, 1));
            }
          }
          const r = run(b, after, toRkakl, lb);
          const detail = r.changes.filter((c) => c.level === "detil").reduce((s, c) => s.plus(c.selisih), ZERO);
          expect(detail.equals(r.totals.pagu.selisih)).toBe(true);
          const jb = r.totals.jenisBelanja.reduce((s, j) => s.plus(j.menjadi), ZERO);
          expect(jb.equals(r.totals.pagu.menjadi)).toBe(true);
          // Never an unchanged line: every changed line differs in at least one field, on both sides.
          for (const c of r.changes) if (c.kind === "changed") expect(c.fields.length).toBeGreaterThan(0);
          for (const c of r.changes)
            if (c.kind === "changed") for (const f of c.fields) expect(String(f.semula)).not.toBe(String(f.menjadi));
          if (!edits.length) expect(r.changes).toEqual([]);
        }
      ),
      { numRuns: 80 }
    );
  });
});
