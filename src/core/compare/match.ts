import type { Level } from "../tree/types";
import { isStructural, signatureOf, type IndexedTree } from "./index-tree";
import { similarity } from "./normalize";
import type { MatchMethod } from "./types";

/** Row pairs between semula (A) and menjadi (B); -1 = unmatched. */
export interface Matching {
  a: number[];
  b: number[];
  method: (MatchMethod | undefined)[];
}

export const DEFAULT_THRESHOLD = 0.8;

type KeyFn = (i: number) => string | null;

function link(m: Matching, a: number, b: number, method: MatchMethod): void {
  m.a[a] = b;
  m.b[b] = a;
  m.method[a] = method;
}

/**
 * Pairs rows that share a key: first those whose values are equal too (so two lines with the same
 * uraian but different amounts keep their own partners after a reorder), then the rest in order.
 */
function pairByKey(
  m: Matching,
  A: IndexedTree,
  B: IndexedTree,
  as: number[],
  bs: number[],
  keyA: KeyFn,
  keyB: KeyFn,
  method: MatchMethod
): number {
  const buckets = new Map<string, { a: number[]; b: number[] }>();
  const bucket = (k: string) => buckets.get(k) ?? buckets.set(k, { a: [], b: [] }).get(k)!;
  for (const a of as) {
    const k = m.a[a] < 0 ? keyA(a) : null;
    if (k !== null) bucket(k).a.push(a);
  }
  for (const b of bs) {
    const k = m.b[b] < 0 ? keyB(b) : null;
    if (k !== null && buckets.has(k)) bucket(k).b.push(b);
  }
  let count = 0;
  for (const { a: la, b: lb } of buckets.values()) {
    if (!la.length || !lb.length) continue;
    for (const b of lb) {
      const a = la.find((x) => m.a[x] < 0 && signatureOf(A, x) === signatureOf(B, b));
      if (a !== undefined) (link(m, a, b, method), count++);
    }
    const restA = la.filter((x) => m.a[x] < 0);
    const restB = lb.filter((x) => m.b[x] < 0);
    for (let k = 0; k < Math.min(restA.length, restB.length); k++, count++) link(m, restA[k], restB[k], method);
  }
  return count;
}

/**
 * Inside each pair of matched parents, pairs the remaining rows whose uraian are at least `threshold`
 * similar: every candidate pair is scored, then taken greedily from the best score down (ties: closer
 * positions first), so one line's best partner is not taken by a weaker match.
 */
function pairBySimilarity(
  m: Matching,
  A: IndexedTree,
  B: IndexedTree,
  as: number[],
  bs: number[],
  groupA: KeyFn,
  groupB: KeyFn,
  threshold: number
): number {
  const groups = new Map<string, { a: number[]; b: number[] }>();
  for (const a of as) {
    const g = m.a[a] < 0 ? groupA(a) : null;
    if (g !== null) (groups.get(g) ?? groups.set(g, { a: [], b: [] }).get(g)!).a.push(a);
  }
  for (const b of bs) {
    const g = m.b[b] < 0 ? groupB(b) : null;
    if (g !== null) groups.get(g)?.b.push(b);
  }
  let count = 0;
  for (const { a: la, b: lb } of groups.values()) {
    const cands: { a: number; b: number; score: number; dist: number }[] = [];
    la.forEach((a, ia) =>
      lb.forEach((b, ib) => {
        const score = similarity(A.norm[a], B.norm[b]);
        if (score >= threshold) cands.push({ a, b, score, dist: Math.abs(ia / la.length - ib / lb.length) });
      })
    );
    cands.sort((x, y) => y.score - x.score || x.dist - y.dist || x.a - y.a || x.b - y.b);
    for (const c of cands) if (m.a[c.a] < 0 && m.b[c.b] < 0) (link(m, c.a, c.b, "kemiripan"), count++);
  }
  return count;
}

function commonPrefix(x: string, y: string): number {
  const px = x.split("|");
  const py = y.split("|");
  let k = 0;
  while (k < px.length && k < py.length && px[k] === py[k]) k++;
  return k;
}

/**
 * Lines that moved to another akun or parent: the same uraian and the same values anywhere in the
 * tree (nearest place first); then an uraian that is left exactly once on each side.
 */
function pairMoved(m: Matching, A: IndexedTree, B: IndexedTree, as: number[], bs: number[]): void {
  const byNorm = new Map<string, number[]>();
  for (const a of as)
    if (m.a[a] < 0 && A.norm[a]) (byNorm.get(A.norm[a]) ?? byNorm.set(A.norm[a], []).get(A.norm[a])!).push(a);
  const place = (t: IndexedTree, i: number) => (t.container[i] >= 0 ? t.key[t.container[i]] : "");
  for (const b of bs) {
    if (m.b[b] >= 0) continue;
    const list = byNorm.get(B.norm[b]);
    if (!list) continue;
    let best = -1;
    let bestScore = -1;
    for (const a of list) {
      if (m.a[a] >= 0 || signatureOf(A, a) !== signatureOf(B, b)) continue;
      const s = commonPrefix(place(A, a), place(B, b));
      if (s > bestScore) ((best = a), (bestScore = s));
    }
    if (best >= 0) link(m, best, b, "pindah");
  }
  const leftB = new Map<string, number[]>();
  for (const b of bs)
    if (m.b[b] < 0 && B.norm[b]) (leftB.get(B.norm[b]) ?? leftB.set(B.norm[b], []).get(B.norm[b])!).push(b);
  for (const [norm, lb] of leftB) {
    const la = (byNorm.get(norm) ?? []).filter((a) => m.a[a] < 0);
    if (la.length === 1 && lb.length === 1) link(m, la[0], lb[0], "pindah");
  }
}

const ofLevel = (t: IndexedTree, test: (l: Level) => boolean) =>
  t.rows.filter((r) => t.active[r.index] && test(r.level)).map((r) => r.index);

/** The matching itself; docs/komparasi.md describes the phases. */
export function matchTrees(A: IndexedTree, B: IndexedTree, threshold = DEFAULT_THRESHOLD): Matching {
  const m: Matching = { a: new Array(A.rows.length).fill(-1), b: new Array(B.rows.length).fill(-1), method: [] };
  // 1. Structure: the chain of qualified codes, then akun whose only difference is a missing sub komponen.
  const sa = ofLevel(A, isStructural);
  const sb = ofLevel(B, isStructural);
  pairByKey(
    m,
    A,
    B,
    sa,
    sb,
    (a) => A.key[a],
    (b) => B.key[b],
    "kode"
  );
  const relaxed = (t: IndexedTree) => (i: number) =>
    t.rows[i].level === "akun"
      ? t.key[i]
          .split("|")
          .filter((p) => !p.startsWith("subkomponen="))
          .join("|")
      : null;
  const hasSub = (t: IndexedTree, i: number) => t.key[i].includes("subkomponen=");
  const relA = relaxed(A);
  const relB = relaxed(B);
  const buckets = new Map<string, { a: number[]; b: number[] }>();
  for (const a of sa)
    if (m.a[a] < 0 && relA(a))
      (buckets.get(relA(a)!) ?? buckets.set(relA(a)!, { a: [], b: [] }).get(relA(a)!)!).a.push(a);
  for (const b of sb) if (m.b[b] < 0 && relB(b)) buckets.get(relB(b)!)?.b.push(b);
  for (const { a, b } of buckets.values())
    if (a.length === 1 && b.length === 1 && hasSub(A, a[0]) !== hasSub(B, b[0]))
      link(m, a[0], b[0], "kode-tanpa-subkomponen");

  // The partner of a row's parent, in B's numbering ("-1" for the top, null when the parent has none).
  // At the top (no structure both files describe, e.g. a MonSAKTI item list) the akun code is the place.
  const top = (t: IndexedTree, i: number) => `-1:${t.rows[i].akun ?? ""}`;
  const parentKeyA = (a: number) =>
    A.parent[a] < 0 ? top(A, a) : m.a[A.parent[a]] >= 0 ? String(m.a[A.parent[a]]) : null;
  const parentKeyB = (b: number) => (B.parent[b] < 0 ? top(B, b) : String(B.parent[b]));
  const containerKeyA = (a: number) =>
    A.container[a] < 0 ? top(A, a) : m.a[A.container[a]] >= 0 ? String(m.a[A.container[a]]) : null;
  const containerKeyB = (b: number) => (B.container[b] < 0 ? top(B, b) : String(B.container[b]));
  const withNorm =
    (f: KeyFn, t: IndexedTree): KeyFn =>
    (i) => {
      const k = f(i);
      return k === null ? null : `${k}#${t.norm[i]}`;
    };

  // 2. Detail groups (`> ...`), nested: repeat until no new pair, since a child needs its parent's partner.
  const ga = ofLevel(A, (l) => l === "group");
  const gb = ofLevel(B, (l) => l === "group");
  for (let found = 1; found > 0;) {
    found = pairByKey(m, A, B, ga, gb, withNorm(parentKeyA, A), withNorm(parentKeyB, B), "uraian");
    found += pairBySimilarity(m, A, B, ga, gb, parentKeyA, parentKeyB, threshold);
  }

  // 3. Detail lines: same parent and uraian; same akun and uraian; similar uraian in the same akun; moved.
  const da = ofLevel(A, (l) => l === "detil");
  const db = ofLevel(B, (l) => l === "detil");
  pairByKey(m, A, B, da, db, withNorm(parentKeyA, A), withNorm(parentKeyB, B), "uraian");
  pairByKey(m, A, B, da, db, withNorm(containerKeyA, A), withNorm(containerKeyB, B), "uraian-akun");
  pairBySimilarity(m, A, B, da, db, containerKeyA, containerKeyB, threshold);
  pairMoved(m, A, B, da, db);
  return m;
}
