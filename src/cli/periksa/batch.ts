/**
 * `telaah periksa` over many workbooks (several files, or folders): every file is checked on its own,
 * one unusable file does not stop the others, and the files are spread over worker threads.
 */
import os from "os";
import path from "path";
import { TelaahInputError } from "../../core/errors";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, failureSentence, type CliIO } from "../io";
import { fileOutcome, type FileOutcome, type PeriksaSettings, type PeriksaTask } from "./check-file";
import { expandInputs, planCopies } from "./inputs";
import { runInPool } from "./pool";
import { batchJson, batchTotals } from "./report-json";
import { formatBatchSummary, formatTextReport, formatUnusable } from "./report-text";

/** Threads used when --paralel is not given: at most this many (each holds a whole sheet in memory). */
const DEFAULT_MAX_THREADS = 4;

export interface BatchOptions {
  json: boolean;
  /** Only the closing table, no findings per file. */
  ringkas: boolean;
  /** A folder for the marked copies. */
  keluaran?: string;
  /** Worker threads; undefined takes defaultThreads. */
  paralel?: number;
}

/**
 * One analysis thread keeps about one and a half cores busy (V8's garbage collector and compiler run
 * beside it), so a thread per two cores: on two cores the files are checked one after another in this
 * thread, which measured faster there than two workers (npm run bench).
 */
export function defaultThreads(files: number, cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(files, Math.floor(cores / 2), DEFAULT_MAX_THREADS));
}

/** Checks every task, in worker threads where it can; outcomes reach `onOutcome` in task order. */
export function checkFiles(
  tasks: readonly PeriksaTask[],
  threads: number,
  onOutcome: (o: FileOutcome, index: number) => void = () => {}
): Promise<FileOutcome[]> {
  return runInPool(
    tasks,
    {
      // worker.js beside this module when compiled; worker.ts when the sources run under a TypeScript loader.
      workerFile: path.join(__dirname, `worker${path.extname(__filename)}`),
      size: threads,
      runHere: fileOutcome,
      lost: (task, why) => ({ ok: false, file: task.file, reason: failureSentence(new Error(why)) }),
    },
    onOutcome
  );
}

/** 2 when any input was unusable, else 1 when any file has an error finding, else 0. */
export function batchExitCode(outcomes: readonly FileOutcome[]): number {
  const t = batchTotals(outcomes);
  if (t.unusable > 0) return EXIT_UNUSABLE;
  return t.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function runBatch(
  paths: readonly string[],
  settings: PeriksaSettings,
  options: BatchOptions,
  io: CliIO
): Promise<number> {
  const { files, emptyFolders } = await expandInputs(paths);
  if (files.length === 0)
    throw new TelaahInputError(
      `Folder ${emptyFolders.join(", ")} tidak memuat buku kerja (.xlsx, .xlsm, .xls).`,
      "NO_WORKBOOKS"
    );
  const copies = options.keluaran ? await planCopies(files, options.keluaran) : [];
  const tasks: PeriksaTask[] = files.map((f, i) => ({
    file: f.file,
    settings,
    ...(copies[i] ? { copyTo: copies[i] } : {}),
  }));
  const empty: FileOutcome[] = emptyFolders.map((folder) => ({
    ok: false,
    file: folder,
    reason: `Folder ${folder} tidak memuat buku kerja (.xlsx, .xlsm, .xls).`,
  }));

  // Text reports are printed as files finish, in order, so a long run shows its progress; with --json or
  // --ringkas a terminal is told on stderr how far the run is.
  const quiet = options.json || options.ringkas;
  const print = (o: FileOutcome) => {
    if (!quiet) io.out((o.ok ? formatTextReport(o.checked) : formatUnusable(o)) + "\n");
  };
  const progress = (done: number) => {
    if (quiet && io.errIsTerminal)
      io.err(`\rTelaah: ${done}/${tasks.length} berkas diperiksa${done === tasks.length ? "\n" : ""}`);
  };
  for (const o of empty) print(o);
  progress(0);
  const checked = await checkFiles(tasks, options.paralel ?? defaultThreads(tasks.length), (o, i) => {
    print(o);
    progress(i + 1);
  });
  const outcomes = [...empty, ...checked];
  io.out(options.json ? JSON.stringify(batchJson(outcomes)) + "\n" : formatBatchSummary(outcomes));
  return batchExitCode(outcomes);
}
