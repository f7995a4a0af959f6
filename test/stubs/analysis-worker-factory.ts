/** jest has no bundler for `new URL(..., import.meta.url)` workers: tests run the analysis in-thread. */
export function startAnalysisWorker(): undefined {
  return undefined;
}
