import fc from "fast-check";
import { has, normalizeUraian } from "../../../../src/core/rules/sbm/text";

/** The definition `has` must keep: whole words of the space-padded text. */
const byDefinition = (text: string, phrase: string) => text.includes(` ${phrase} `);

describe("has (whole-word test without allocation)", () => {
  it("finds whole words only", () => {
    const t = normalizeUraian("Honor narasumber eselon II [2 OJ x 3 KALI]");
    expect(has(t, "honor")).toBe(true);
    expect(has(t, "eselon ii")).toBe(true);
    expect(has(t, "eselon i")).toBe(false);
    expect(has(t, "nara")).toBe(false);
    expect(has(" a aa ", "a")).toBe(true);
    expect(has(" aa a ", "a")).toBe(true);
    expect(has(" aa ", "a")).toBe(false);
  });

  it("agrees with the definition on any text and phrase, the empty phrase included", () => {
    const word = fc.stringMatching(/^[ab ]{0,6}$/);
    fc.assert(
      fc.property(word, word, (text, phrase) => {
        expect(has(text, phrase)).toBe(byDefinition(text, phrase));
      }),
      { numRuns: 2000 }
    );
  });

  it("memoised normalisation gives the same text every time", () => {
    const u = "Snack rapat & nara sumber (Es. 2)";
    expect(normalizeUraian(u)).toBe(normalizeUraian(u));
    expect(normalizeUraian(u)).toBe(" kudapan rapat dan narasumber eselon ii ");
  });
});
