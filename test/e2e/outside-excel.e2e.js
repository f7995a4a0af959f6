/**
 * The pane opened in a plain browser, with office.js and no Excel: Office.onReady still resolves
 * (host null), the pane mounts and says it needs Excel, and a click gives a message, not a crash.
 */
const { assert } = require("./helpers");

module.exports = {
  name: "Outside Excel",
  standIn: false,
  tests: [
    {
      name: "Office.onReady resolves with no host; the pane mounts and says it runs in Excel",
      async run({ page, baseUrl }) {
        await page.goto(`${baseUrl}taskpane.html`);
        const info = await page.evaluate(() => Office.onReady());
        assert.equal(info.host, null);
        assert.equal(await page.evaluate(() => typeof Excel), "undefined");
        const warning = page.getByTestId("outside-excel");
        await warning.waitFor({ timeout: 30_000 });
        assert.match(await warning.innerText(), /Telaah berjalan di dalam Excel/);
        await page.getByTestId("run-check").click();
        await page.getByTestId("notice-error").waitFor();
      },
    },
  ],
};
