/**
 * `node bin/telaah.js` as a real child process, over the current sources: bin/telaah.js is copied
 * verbatim into a temporary folder whose dist/node/cli/main.js loads src/cli/main.ts through tsx's
 * require hook. The repo's dist/ may be stale or missing (`npm run build` cleans it), and compiling the
 * CLI here would take longer than the tests. Worker threads inherit the hook, so they run the sources too.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const TSX_CJS = require.resolve("tsx/cjs");

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface BinHarness {
  /** A temporary folder for the test's own files; the CLI runs with it as working directory. */
  readonly dir: string;
  /** Runs the CLI; with `closeAfterFirstChunk` the test hangs up on stdout like `| head -1` does. */
  run(args: string[], closeAfterFirstChunk?: boolean): Promise<BinRun>;
}

/** Sets the harness up before the file's tests and removes it after them. */
export function binHarness(prefix: string): BinHarness {
  let dir = "";
  let bin = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.mkdirSync(path.join(dir, "app/bin"), { recursive: true });
    fs.mkdirSync(path.join(dir, "app/dist/node/cli"), { recursive: true });
    bin = path.join(dir, "app/bin/telaah.js");
    fs.copyFileSync(path.join(ROOT, "bin/telaah.js"), bin);
    fs.writeFileSync(
      path.join(dir, "app/dist/node/cli/main.js"),
      `module.exports = require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))});\n`
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    run(args, closeAfterFirstChunk = false) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ["--require", TSX_CJS, bin, ...args], {
          cwd: dir,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString("utf8");
          if (closeAfterFirstChunk) child.stdout.destroy();
        });
        child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
        child.on("error", reject);
        child.on("close", (code, signal) => resolve({ code, signal, out, err }));
      });
    },
  };
}
