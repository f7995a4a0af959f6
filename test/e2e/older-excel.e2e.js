/**
 * An older Excel (ExcelApi 1.12: no notes, no merged-area reading, no triggerSource, no one-step
 * undo): the pane still checks, marks with comments instead of notes, clears them, and the settings
 * page says what is missing.
 */
const path = require("path");
const { assert, standIn, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

const SHEET = "Sheet1";

module.exports = {
  name: "Older Excel (ExcelApi 1.12)",
  async setup(env) {
    const { page, baseUrl, root } = env;
    await page.goto(`${baseUrl}taskpane.html?standin-api=1.12`);
    await page.getByTestId("run-check").waitFor({ timeout: 30_000 });
    env.state.data = await workbookData(path.join(root, "contoh/poltekes_632242_RKA-KL1810.xlsx"));
    await page.evaluate((data) => window.__standIn.load(data), env.state.data);
  },
  tests: [
    {
      name: "marks with comments where notes are not available, and clears them",
      async run({ page }) {
        const fillsBefore = await standIn(page, "fills", SHEET);
        await page.getByTestId("run-check").click();
        await page.getByTestId("summary").waitFor({ timeout: 60_000 });
        await waitUntil("tanda selesai", () => page.getByTestId("run-check").isEnabled());
        const comments = await standIn(page, "comments");
        assert.ok(
          comments.some((c) => c.sheet === SHEET && c.cell === "F1251" && /ARITH-JUMLAH/.test(c.content)),
          "komentar di F1251"
        );
        assert.deepEqual(await standIn(page, "notes", SHEET), {});
        assert.equal((await standIn(page, "cell", SHEET, "F1251")).fill.color, "#FFC7CE");
        await page.getByTestId("clear-marks").click();
        await waitUntil("komentar terhapus", async () => (await standIn(page, "comments")).length === 0);
        assert.deepEqual(await standIn(page, "fills", SHEET), fillsBefore);
      },
    },
    {
      name: "the settings page lists what this Excel cannot do",
      async run({ page }) {
        await page.getByTestId("tab-pengaturan").click();
        await page.getByText("Kemampuan Excel ini").waitFor({ timeout: 30_000 });
        const text = await page.locator("main").innerText();
        assert.match(text, /catatan \(note\) pada sel memerlukan ExcelApi 1\.18/);
        assert.match(text, /membatalkan pengisian dalam satu langkah/);
      },
    },
  ],
};
