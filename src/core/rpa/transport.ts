/**
 * A small integer transportation solver behind exact matrix rounding.
 *
 * Find integer flows f[i][j] with 0 <= f <= cap[i][j], row i summing to supply[i] and column j to
 * demand[j] (sum of supplies = sum of demands). The numbers here are counts of rupiah units left over
 * after flooring (each below rows x columns), not money, so plain integers are exact.
 *
 * Method: a greedy pass fills each column from the rows with the highest priority (the largest
 * fractional parts, so the rounding stays as near as possible), then Ford–Fulkerson augmenting paths
 * finish the job. An augmenting path starts at a column still short, moves a unit of some row from
 * another column into it, and so on, until a row with supply left takes the last step. When a
 * fractional solution exists (it always does for the matrices we round: the exact values are one),
 * an integral one exists too (integrality of network flows) and the search finds it.
 */
export interface TransportProblem {
  rows: number;
  cols: number;
  supply: Int32Array | number[];
  demand: Int32Array | number[];
  /** rows x cols, row-major. */
  cap: Int32Array;
  /** rows x cols, row-major: higher is served first by the greedy pass (heuristic only). */
  priority?: Float64Array;
}

/** The flows (rows x cols, row-major), or null when no solution exists. */
export function solveTransport(p: TransportProblem): Int32Array | null {
  const { rows: n, cols: m, cap } = p;
  const flow = new Int32Array(n * m);
  const rowLeft = Int32Array.from(p.supply);
  const colLeft = Int32Array.from(p.demand);
  let totalSupply = 0;
  let totalDemand = 0;
  for (const s of rowLeft) totalSupply += s;
  for (const d of colLeft) totalDemand += d;
  if (totalSupply !== totalDemand || rowLeft.some((s) => s < 0) || colLeft.some((d) => d < 0)) return null;

  // Greedy pass, column by column.
  const order: number[] = [];
  for (let j = 0; j < m; j++) {
    if (colLeft[j] === 0) continue;
    order.length = 0;
    for (let i = 0; i < n; i++) if (cap[i * m + j] > 0 && rowLeft[i] > 0) order.push(i);
    if (p.priority) {
      const pr = p.priority;
      order.sort((a, b) => pr[b * m + j] - pr[a * m + j] || a - b);
    }
    for (const i of order) {
      if (colLeft[j] === 0) break;
      const k = i * m + j;
      const give = Math.min(cap[k] - flow[k], rowLeft[i], colLeft[j]);
      if (give <= 0) continue;
      flow[k] += give;
      rowLeft[i] -= give;
      colLeft[j] -= give;
    }
  }

  // Augmenting paths for the columns still short.
  const parentCol = new Int32Array(m);
  const parentRow = new Int32Array(m);
  const seen = new Uint8Array(m);
  for (let start = 0; start < m; start++) {
    while (colLeft[start] > 0) {
      seen.fill(0);
      seen[start] = 1;
      const queue = [start];
      let endCol = -1;
      let endRow = -1;
      search: for (let qi = 0; qi < queue.length; qi++) {
        const x = queue[qi];
        for (let i = 0; i < n; i++) {
          const k = i * m + x;
          if (flow[k] >= cap[k]) continue;
          if (rowLeft[i] > 0) {
            endCol = x;
            endRow = i;
            break search;
          }
          // Row i could move one unit out of another column y into x.
          const base = i * m;
          for (let y = 0; y < m; y++) {
            if (seen[y] || flow[base + y] === 0) continue;
            seen[y] = 1;
            parentCol[y] = x;
            parentRow[y] = i;
            queue.push(y);
          }
        }
      }
      if (endCol < 0) return null;
      flow[endRow * m + endCol]++;
      rowLeft[endRow]--;
      let x = endCol;
      while (x !== start) {
        const px = parentCol[x];
        const r = parentRow[x];
        flow[r * m + px]++;
        flow[r * m + x]--;
        x = px;
      }
      colLeft[start]--;
    }
  }
  return flow;
}
