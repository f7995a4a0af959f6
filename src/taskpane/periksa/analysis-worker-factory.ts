/**
 * Starts the analysis worker as webpack bundles it (a chunk of its own, from the pane's origin, which
 * the pane's CSP allows). Undefined where the page has no Worker. Kept apart because `import.meta` is
 * for the bundler only: jest maps this module to a stub, and its tests run the analysis in-thread.
 */
export function startAnalysisWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  return new Worker(/* webpackChunkName: "analysis-worker" */ new URL("./analysis.worker.ts", import.meta.url));
}
