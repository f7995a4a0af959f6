/**
 * The pane follows the Office theme: with Excel's dark theme (Office reports a dark body colour) the
 * pane renders Fluent's dark theme. Screenshot: docs/screenshots/taskpane-periksa-gelap.png.
 */
const path = require("path");
const { assert, screenshotPath, standIn, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

/** Relative luminance of a CSS rgb() colour. */
function luminance(rgb) {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map(Number)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

module.exports = {
  name: "Office theme",
  async setup(env) {
    const { page, baseUrl, root } = env;
    await page.goto(`${baseUrl}taskpane.html?standin-theme=dark`);
    await page.getByTestId("run-check").waitFor({ timeout: 30_000 });
    await page.evaluate(
      (data) => window.__standIn.load(data),
      await workbookData(path.join(root, "contoh/poltekes_632242_RKA-KL1810.xlsx"))
    );
  },
  tests: [
    {
      name: "a dark Office theme gives a dark pane with light text",
      async run({ page, root }) {
        const colours = await page.evaluate(() => {
          const pane = document.querySelector("header").parentElement;
          return {
            bg: window.getComputedStyle(pane).backgroundColor,
            fg: window.getComputedStyle(document.querySelector("header h1")).color,
          };
        });
        assert.ok(luminance(colours.bg) < 0.1, `latar gelap: ${colours.bg}`);
        assert.ok(luminance(colours.fg) > 0.6, `teks terang: ${colours.fg}`);
        await page.getByTestId("run-check").click();
        await page.getByTestId("summary").waitFor({ timeout: 60_000 });
        await waitUntil("pemeriksaan selesai", () => page.getByTestId("run-check").isEnabled());
        await page.screenshot({ path: screenshotPath(root, "taskpane-periksa-gelap.png") });
        assert.ok((await standIn(page, "stats")).syncs > 0);
      },
    },
  ],
};
