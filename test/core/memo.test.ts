import { memoByKey, memoByString } from "../../src/core/memo";

describe("memoByString", () => {
  it("computes once per distinct text and returns the same value", () => {
    const seen: string[] = [];
    const f = memoByString((s) => {
      seen.push(s);
      return { upper: s.toUpperCase() };
    });
    const a = f("snack");
    expect(f("snack")).toBe(a);
    expect(a.upper).toBe("SNACK");
    expect(f("hotel").upper).toBe("HOTEL");
    expect(seen).toEqual(["snack", "hotel"]);
  });

  it("caches undefined results too", () => {
    let calls = 0;
    const f = memoByString((s) => {
      calls++;
      return s === "x" ? undefined : s;
    });
    expect(f("x")).toBeUndefined();
    expect(f("x")).toBeUndefined();
    expect(calls).toBe(1);
  });

  it("stays bounded: a full cache is emptied and results stay correct", () => {
    let calls = 0;
    const f = memoByString((s) => {
      calls++;
      return s.length;
    }, 3);
    for (const s of ["a", "bb", "ccc", "dddd", "a"]) expect(f(s)).toBe(s.length);
    // "dddd" emptied the full cache, so "a" was computed again.
    expect(calls).toBe(5);
    expect(f("dddd")).toBe(4);
    expect(calls).toBe(5);
  });

  it("keys numbers by value", () => {
    let calls = 0;
    const f = memoByKey((n: number) => {
      calls++;
      return { n };
    });
    expect(f(1.5)).toBe(f(1.5));
    expect(f(2).n).toBe(2);
    expect(calls).toBe(2);
  });

  it("computes long texts each time without keeping them", () => {
    let calls = 0;
    const f = memoByString(
      (s) => {
        calls++;
        return s.length;
      },
      10,
      5
    );
    expect(f("abcdef")).toBe(6);
    expect(f("abcdef")).toBe(6);
    expect(f("abc")).toBe(3);
    expect(f("abc")).toBe(3);
    expect(calls).toBe(3);
  });
});
