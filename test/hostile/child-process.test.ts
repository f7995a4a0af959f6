/**
 * A few hostile cases through a real `node bin/telaah.js` process (test/helpers/bin.ts): exit code and
 * stderr as the shell sees them, with nothing but one Indonesian line (no stack trace, no Node warning),
 * including a reader that closes the pipe early (`telaah periksa x.xlsx | head`).
 */
import fs from "fs";
import path from "path";
import { binHarness } from "../helpers/bin";
import { writeCorpus, writeManyFindings, type HostileCase } from "./corpus";

const harness = binHarness("telaah-bin-");
const telaah = (args: string[], closeAfterFirstChunk = false) => harness.run(args, closeAfterFirstChunk);
let cases: HostileCase[];

beforeAll(async () => {
  fs.mkdirSync(path.join(harness.dir, "corpus"));
  cases = await writeCorpus(path.join(harness.dir, "corpus"));
}, 60_000);

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
    const file = await writeManyFindings(path.join(harness.dir, "banyak-temuan.xlsx"));
    const r = await telaah(["periksa", file], true);
    expect(r.out).toMatch(/^Telaah: /);
    expect(r.out.length).toBeLessThan(2000 * 100);
    expectCleanStderr(r.err);
    expect(r.err).toBe("");
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
  }, 120_000);
});
