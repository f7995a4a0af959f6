/**
 * A run over many files through real worker threads: the worker module itself answers as the CLI's own
 * thread does, and `node bin/telaah.js periksa FOLDER` over the whole hostile corpus gives, file by file,
 * what each file gives on its own, never a crash, with any number of threads.
 */
import path from "path";
import { Worker } from "worker_threads";
import { fileOutcome, type FileOutcome, type PeriksaTask } from "../../../src/cli/periksa/check-file";
import { binHarness } from "../../helpers/bin";
import { runCli } from "../../helpers/cli";
import { corpusForTests } from "../../hostile/corpus";

const WORKER_TS = path.resolve(__dirname, "../../../src/cli/periksa/worker.ts");
const TSX_CJS = require.resolve("tsx/cjs");
const GOLDEN = path.resolve(__dirname, "../../fixtures/golden");

const harness = binHarness("telaah-batch-bin-");
const corpus = corpusForTests("telaah-batch-corpus-");

it("the worker module checks a file in its thread as this thread does", async () => {
  const task: PeriksaTask = {
    file: path.join(GOLDEN, "rab-cacat.xlsx"),
    settings: { tahap: "perencanaan", sbmFiles: [] },
  };
  const worker = new Worker(WORKER_TS, { execArgv: ["--require", TSX_CJS] });
  try {
    const answer = await new Promise<{ id: number; result: FileOutcome }>((resolve, reject) => {
      worker.on("message", (m: unknown) => {
        if (typeof m === "string") worker.postMessage({ id: 7, task });
        else resolve(m as { id: number; result: FileOutcome });
      });
      worker.on("error", reject);
    });
    expect(answer.id).toBe(7);
    expect(answer.result).toEqual(await fileOutcome(task));
    expect(answer.result.ok).toBe(true);
  } finally {
    await worker.terminate();
  }
}, 60_000);

interface BatchJson {
  files: ({ file: string; error: string } | { file: string; findings: { rule: string; cell: string }[] })[];
  summary: Record<string, number>;
}

it("checks the whole hostile corpus as one folder, in threads, as each file alone", async () => {
  const threaded = await harness.run(["periksa", corpus.dir, "--json", "--paralel", "3"]);
  const oneThread = await harness.run(["periksa", corpus.dir, "--json", "--paralel", "1"]);
  expect(threaded.err).toBe("");
  expect(threaded.code).toBe(2);
  expect(threaded.out).toBe(oneThread.out);
  const batch = JSON.parse(threaded.out) as BatchJson;
  expect(batch.files.length).toBeGreaterThan(20);
  for (const f of batch.files) {
    const alone = await runCli(["periksa", f.file, "--json"]);
    if ("error" in f) {
      expect(alone.code).toBe(2);
      expect(alone.err).toBe(`telaah: ${f.error}\n`);
      expect(f.error).not.toMatch(/galat tak terduga/);
    } else expect(f).toEqual(JSON.parse(alone.out));
  }
}, 300_000);
