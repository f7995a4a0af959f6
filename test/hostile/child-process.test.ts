/**
 * A few hostile cases through a real `node bin/telaah.js` process: exit code and stderr as the shell
 * sees them, with nothing but one Indonesian line (no stack trace, no Node warning), including a reader
 * that closes the pipe early (`telaah periksa x.xlsx | head`).
 *
 * bin/telaah.js is copied verbatim into a temporary folder whose dist/node/cli/main.js loads the current
 * src/cli/main.ts through tsx's require hook: the repo's dist/ may be stale or missing (`npm run build`
 * cleans it), and compiling the CLI here would take longer than the tests.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { writeCorpus, writeManyFindings, type HostileCase } from "./corpus";

const ROOT = path.resolve(__dirname, "../..");
const TSX_CJS = require.resolve("tsx/cjs");

let dir: string;
let bin: string;
let cases: HostileCase[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "telaah-bin-"));
  fs.mkdirSync(path.join(dir, "app/bin"), { recursive: true });
  fs.mkdirSync(path.join(dir, "app/dist/node/cli"), { recursive: true });
  bin = path.join(dir, "app/bin/telaah.js");
  fs.copyFileSync(path.join(ROOT, "bin/telaah.js"), bin);
  fs.writeFileSync(
    path.join(dir, "app/dist/node/cli/main.js"),
    `module.exports = require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))});\n`
  );
  fs.mkdirSync(path.join(dir, "corpus"));
  cases = await writeCorpus(path.join(dir, "corpus"));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs the CLI; with `closeAfterFirstChunk` the test hangs up on stdout like `| head -1` does. */
function telaah(args: string[], closeAfterFirstChunk = false): Promise<Run> {
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
}

function expectCleanStderr(err: string) {
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toMatch(/Error:|node:internal|Node\.js v\d+|Warning:/);
}

describe("bin/telaah.js as a child process", () => {
  it.each(["an empty file", "CSV text renamed .xlsx", "a directory", "a sheet that is not a budget (daftar hadir)"])(
    "%s: exit 2 and one Indonesian line on stderr",
    async (name) => {
      const c = cases.find((x) => x.name === name)!;
      const r = await telaah(["periksa", c.file, ...(c.args ?? [])]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.err).toMatch(/^telaah: /);
      if (c.message) expect(r.err).toMatch(c.message);
      expectCleanStderr(r.err);
    },
    60_000
  );

  it("gives a report with exit 1 and an empty stderr for regex-hostile long texts", async () => {
    const c = cases.find((x) => x.name.startsWith("extremely long texts"))!;
    const r = await telaah(["periksa", c.file, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).layout).toBe("kertas-kerja");
  }, 60_000);

  it("stops quietly when the reader closes the pipe early (| head)", async () => {
    // 2,000 findings: the report is far larger than one pipe buffer.
    const file = await writeManyFindings(path.join(dir, "banyak-temuan.xlsx"));
    const r = await telaah(["periksa", file], true);
    expect(r.out).toMatch(/^Telaah: /);
    expect(r.out.length).toBeLessThan(2000 * 100);
    expectCleanStderr(r.err);
    expect(r.err).toBe("");
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
  }, 120_000);
});
