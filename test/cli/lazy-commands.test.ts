/**
 * `telaah periksa` and `--help` must not load the other commands (banding pulls the comparison model,
 * rpa the plan writer): start-up is part of every run a reviewer makes over many files.
 */
import path from "path";

const mockLoaded = new Set<string>();
jest.mock(
  "../../src/cli/commands/rpa",
  () => (mockLoaded.add("rpa"), jest.requireActual("../../src/cli/commands/rpa"))
);
jest.mock(
  "../../src/cli/commands/deviasi",
  () => (mockLoaded.add("deviasi"), jest.requireActual("../../src/cli/commands/deviasi"))
);
jest.mock(
  "../../src/cli/commands/banding",
  () => (mockLoaded.add("banding"), jest.requireActual("../../src/cli/commands/banding"))
);

const SAMPLE = path.resolve(__dirname, "../../contoh/poltekes_632242_RKA-KL1810.xlsx");

describe("commands are loaded when called", () => {
  // Loaded after the mocks' Set exists: main.ts itself is what is under test.
  let run: typeof import("../helpers/cli").runCli;
  beforeAll(async () => {
    ({ runCli: run } = await import("../helpers/cli"));
  });

  it("help and periksa load none of rpa, deviasi and banding", async () => {
    expect((await run(["--help"])).code).toBe(0);
    const r = await run(["periksa", SAMPLE, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.length).toBeGreaterThan(0);
    expect([...mockLoaded]).toEqual([]);
  }, 60_000);

  it("a command is loaded the first time it is called", async () => {
    const r = await run(["banding", "/tidak/ada.xlsx", "/tidak/juga.xlsx"]);
    expect(r.code).toBe(2);
    expect([...mockLoaded]).toEqual(["banding"]);
  });
});
