/**
 * A small pool of worker threads for runs over many workbooks: each worker loads the analysis once and
 * checks file after file, so a reviewer's folder uses every core instead of one.
 *
 * The protocol lives here on both sides: a worker module calls `serveTasks` and answers each
 * `{ id, task }` with `{ id, result }`; it says READY once its modules have loaded. A worker that fails
 * before READY (no worker support, a loader missing) leaves its work to this thread; one that dies
 * during a task (a crash, out of memory) loses only that task and is replaced.
 */
import { parentPort, Worker } from "worker_threads";

const READY = "telaah:siap";

interface TaskMessage<T> {
  id: number;
  task: T;
}
interface ResultMessage<R> {
  id: number;
  result: R;
}

export interface PoolSpec<T, R> {
  /** The module each worker runs; it calls `serveTasks`. */
  workerFile: string;
  /** Worker threads at most; 1 runs every task in this thread. */
  size: number;
  /** Runs one task in this thread (size 1, or no worker could start); the same work as a worker's. */
  runHere(task: T): Promise<R>;
  /** The result of a task whose worker died under it. */
  lost(task: T, why: string): R;
}

/**
 * Runs every task, in worker threads where it can. `onResult` sees the results in task order, each as
 * soon as every earlier task is done, so a long run can print as it goes.
 */
export async function runInPool<T, R>(
  tasks: readonly T[],
  spec: PoolSpec<T, R>,
  onResult: (result: R, index: number) => void = () => {}
): Promise<R[]> {
  const results: R[] = new Array<R>(tasks.length);
  const done: boolean[] = new Array<boolean>(tasks.length).fill(false);
  let released = 0;
  const settle = (index: number, result: R) => {
    results[index] = result;
    done[index] = true;
    for (; released < tasks.length && done[released]; released++) onResult(results[released], released);
  };
  let next = 0;
  const take = (): number => (next < tasks.length ? next++ : -1);

  // Tasks go to a worker only once it is READY, so a worker that never starts has taken none; this
  // thread then works through what is left, once, whichever lanes gave up.
  let here: Promise<void> | undefined;
  const runHereUntilDone = () =>
    (here ??= (async () => {
      for (let i = take(); i >= 0; i = take()) settle(i, await spec.runHere(tasks[i]));
    })());

  /** Feeds one worker until the tasks run out ("done"), it dies in a task ("died"), or it never starts. */
  const feed = (worker: Worker) =>
    new Promise<"done" | "died" | "unstarted">((resolve) => {
      let started = false;
      let current = -1;
      let over = false;
      const finish = (how: "done" | "died" | "unstarted") => {
        over = true;
        void worker.terminate();
        resolve(how);
      };
      const sendNext = () => {
        current = take();
        if (current < 0) finish("done");
        else worker.postMessage({ id: current, task: tasks[current] } satisfies TaskMessage<T>);
      };
      worker.on("message", (m: ResultMessage<R> | typeof READY) => {
        if (over) return;
        if (m === READY) {
          started = true;
          sendNext();
          return;
        }
        settle(m.id, m.result);
        sendNext();
      });
      const fail = (why: string) => {
        if (over) return;
        if (!started) finish("unstarted");
        else {
          if (current >= 0) settle(current, spec.lost(tasks[current], why));
          finish("died");
        }
      };
      worker.on("error", (e: Error) => fail(e.message.split("\n")[0]));
      worker.on("exit", (code) => fail(`thread berhenti dengan kode ${code}`));
    });

  /** One lane of work: a worker, replaced when it dies; this thread's own loop when none starts. */
  const lane = async (): Promise<void> => {
    for (;;) {
      let worker: Worker;
      try {
        worker = new Worker(spec.workerFile);
      } catch {
        return runHereUntilDone();
      }
      const how = await feed(worker);
      if (how === "done") return;
      if (how === "unstarted") return runHereUntilDone();
      if (next >= tasks.length) return;
    }
  };

  const lanes = Math.min(Math.max(1, Math.floor(spec.size)), tasks.length);
  if (lanes <= 1) await runHereUntilDone();
  else await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

/** The worker side: answers each task with `handle`'s result, which must never reject. */
export function serveTasks<T, R>(handle: (task: T) => Promise<R>): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (m: TaskMessage<T>) => {
    void handle(m.task).then((result) => port.postMessage({ id: m.id, result } satisfies ResultMessage<R>));
  });
  port.postMessage(READY);
}
