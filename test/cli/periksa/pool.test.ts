/**
 * The worker pool with real worker threads. Each test worker is a small JavaScript module that registers
 * tsx's require hook and serves tasks through the real `serveTasks`, so both sides of the protocol are
 * the ones the CLI ships.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { runInPool, type PoolSpec } from "../../../src/cli/periksa/pool";

const POOL_TS = path.resolve(__dirname, "../../../src/cli/periksa/pool.ts");
const TSX_CJS = require.resolve("tsx/cjs");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-pool-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A worker module whose task handler is `body` (an async function of `task`). */
function workerFile(name: string, body: string): string {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(
    file,
    `require(${JSON.stringify(TSX_CJS)});
const { threadId } = require("worker_threads");
const { serveTasks } = require(${JSON.stringify(POOL_TS)});
serveTasks(async (task) => { ${body} });
`
  );
  return file;
}

interface Done {
  task: number;
  by: string;
}

function spec(file: string, size: number, here: Done[] = []): PoolSpec<number, Done> {
  return {
    workerFile: file,
    size,
    runHere: async (task) => {
      const d = { task, by: "sini" };
      here.push(d);
      return d;
    },
    lost: (task, why) => ({ task, by: `hilang: ${why}` }),
  };
}

const TASKS = [5, 60, 1, 40, 2, 30, 3, 0];

it("spreads tasks over worker threads and hands results on in task order", async () => {
  // Later tasks finish sooner: the order seen must still be the tasks' order.
  const file = workerFile(
    "lambat",
    "await new Promise((r) => setTimeout(r, task)); return { task, by: 'thread ' + threadId };"
  );
  const seen: number[] = [];
  const results = await runInPool(TASKS, spec(file, 3), (r, i) => {
    expect(r.task).toBe(TASKS[i]);
    seen.push(i);
  });
  expect(seen).toEqual(TASKS.map((_, i) => i));
  expect(results.map((r) => r.task)).toEqual(TASKS);
  expect(new Set(results.map((r) => r.by)).size).toBeGreaterThan(1);
  expect(results.every((r) => r.by.startsWith("thread "))).toBe(true);
});

it("loses only the task a worker dies in, and goes on with a new worker", async () => {
  const file = workerFile("mati", "if (task === 40) process.exit(7); return { task, by: 'thread ' + threadId };");
  const results = await runInPool(TASKS, spec(file, 2));
  expect(results.map((r) => r.task)).toEqual(TASKS);
  expect(results[3].by).toMatch(/^hilang: .*7/);
  expect(results.filter((r) => r.by.startsWith("hilang"))).toHaveLength(1);
});

it("reports a task whose handler throws as lost, not as a hang", async () => {
  const file = workerFile("lempar", "if (task === 1) throw new Error('rusak'); return { task, by: 'thread' };");
  const results = await runInPool(TASKS, spec(file, 2));
  expect(results[2].by).toMatch(/^hilang: .*rusak/);
  expect(results.filter((r) => r.by === "thread")).toHaveLength(TASKS.length - 1);
});

it("does the work in this thread when no worker starts", async () => {
  const broken = path.join(dir, "rusak.js");
  fs.writeFileSync(broken, "this is not javascript (");
  const here: Done[] = [];
  const results = await runInPool(TASKS, spec(broken, 4, here));
  expect(results.map((r) => r.task)).toEqual(TASKS);
  expect(results.every((r) => r.by === "sini")).toBe(true);
  // Each task once, though every lane gave up on its worker.
  expect(here.map((d) => d.task)).toEqual(TASKS);
  const missing = await runInPool([1, 2], spec(path.join(dir, "tidak-ada.js"), 2));
  expect(missing.map((r) => r.by)).toEqual(["sini", "sini"]);
});

it("with one thread, or one task, starts no worker", async () => {
  const here: Done[] = [];
  const file = path.join(dir, "tidak-dipakai.js");
  expect((await runInPool(TASKS, spec(file, 1, here))).map((r) => r.by)).toEqual(TASKS.map(() => "sini"));
  expect((await runInPool([9], spec(file, 8, here))).map((r) => r.by)).toEqual(["sini"]);
  expect(await runInPool([], spec(file, 8, here))).toEqual([]);
});
