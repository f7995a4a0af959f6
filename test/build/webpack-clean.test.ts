/**
 * `npm run build` cleans dist/ but must keep dist/node, the CLI that `prepare` built: .ci/run builds the
 * pane and then runs `npm run periksa:contoh` (bin/telaah.js loads dist/node/cli/main.js).
 */
import path from "path";

it("the pane's production build keeps dist/node and cleans everything else", async () => {
  const makeConfig = require(path.resolve(__dirname, "../../webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  const keep: RegExp = config.output.clean.keep;
  expect(config.output.path).toBe(path.resolve(__dirname, "../../dist"));
  expect(keep.test("node/cli/main.js")).toBe(true);
  expect(keep.test("node\\core\\analyzer.js")).toBe(true);
  for (const stale of ["taskpane.js", "179.561eb527.js", "nodes.js", "assets/icon-32.png"])
    expect(keep.test(stale)).toBe(false);
});
