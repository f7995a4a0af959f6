import { runCli as run } from "../helpers/cli";

describe("telaah main", () => {
  it("lists every command in its help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["periksa", "rpa", "deviasi", "banding"]) expect(r.out).toContain(`telaah ${c} `);
  });

  it("exits 2 with usage when called with nothing", async () => {
    expect((await run([])).code).toBe(2);
  });

  it.each([
    [["rpa", "/tidak/ada.xlsx", "--out", "/tmp/x.xlsx"], /tidak ditemukan/],
    [["rpa", "a.xlsx", "--profil"], /--profil|nilai/],
    [["deviasi", "/tidak/ada.xlsx", "--rencana", "A", "--realisasi", "B"], /tidak ditemukan/],
    [["banding", "/tidak/ada.xlsx", "/tidak/juga.xlsx"], /tidak ditemukan/],
  ])("every command turns unusable input into exit 2 and one line: %p", async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
