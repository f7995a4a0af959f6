/**
 * Mutation fuzzing of the fast reader against ExcelJS: an ordinary Excel-style workbook has one of its
 * XML parts damaged at random (spans cut or doubled, markup and references dropped in, digits changed),
 * and both readers read the result. The fast reader must decline, or give exactly ExcelJS's snapshot;
 * where ExcelJS refuses the file, the fast reader must decline it too. It must never throw anything
 * else. The seed is fixed so a failure replays; FAST_XLSX_FUZZ_SEED and FAST_XLSX_FUZZ_RUNS explore more.
 */
import fc from "fast-check";
import { compareReaders } from "./differential";
import { excelBook } from "./excel-style-book";
import { packageParts } from "./raw-package";
import { writeZip } from "./zip-writer";

const PARTS = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"];
const SNIPPETS = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "/>",
  "</c>",
  "</row>",
  "<v>1</v>",
  "<v>-0</v>",
  '<c r="Z9">',
  '<c r="A1"/>',
  ' s="3"',
  ' t="s"',
  ' t="e"',
  ' hidden="1"',
  "&amp;",
  "&#0;",
  "&#x41;",
  "&nbsp;",
  "<![CDATA[x]]>",
  "<!-- c -->",
  '<f t="shared" si="0"/>',
  '<mergeCell ref="A1:B2"/>',
  "_x000D_",
  "\u0001",
  "é",
];

type Mutation = { part: number; at: number; kind: "cut" | "double" | "insert" | "digit"; len: number; pick: number };

function mutate(xml: string, m: Mutation): string {
  const at = m.at % (xml.length + 1);
  switch (m.kind) {
    case "cut":
      return xml.slice(0, at) + xml.slice(at + m.len);
    case "double":
      return xml.slice(0, at) + xml.slice(at, at + m.len) + xml.slice(at);
    case "insert":
      return xml.slice(0, at) + SNIPPETS[m.pick % SNIPPETS.length] + xml.slice(at);
    case "digit": {
      const digits = [...xml.matchAll(/\d/g)].map((d) => d.index!);
      if (!digits.length) return xml;
      const i = digits[m.pick % digits.length];
      return xml.slice(0, i) + String((Number(xml[i]) + 1 + (m.len % 9)) % 10) + xml.slice(i + 1);
    }
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  part: fc.nat(PARTS.length - 1),
  at: fc.nat(20000),
  kind: fc.constantFrom("cut", "double", "insert", "digit"),
  len: fc.integer({ min: 1, max: 12 }),
  pick: fc.nat(1000),
});

describe("fast reader under mutation", () => {
  const base = packageParts(excelBook());

  it("declines or reads exactly as ExcelJS, for every damaged part", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const parts = { ...base };
        for (const m of mutations) {
          const name = PARTS[m.part];
          parts[name] = mutate(String(parts[name]), m);
        }
        const bytes = writeZip(Object.entries(parts).map(([name, data]) => ({ name, data })));
        await compareReaders(bytes, JSON.stringify(mutations));
      }),
      {
        seed: Number(process.env.FAST_XLSX_FUZZ_SEED ?? 20261122),
        numRuns: Number(process.env.FAST_XLSX_FUZZ_RUNS ?? 300),
      }
    );
  }, 120_000);
});
