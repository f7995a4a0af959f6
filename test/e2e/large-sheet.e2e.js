/**
 * A large sheet (the sample six times over, about 27,000 rows) with a slow Excel: the pane reads it in
 * blocks with a progress bar, and "Batal" stops the read with a note, nothing marked.
 */
const path = require("path");
const { assert, standIn, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

const COPIES = 6;

module.exports = {
  name: "Large sheet",
  async setup(env) {
    const data = await workbookData(path.join(env.root, "contoh/poltekes_632242_RKA-KL1810.xlsx"));
    const sheet = data.sheets[0];
    const rows = Math.max(...sheet.cells.map((c) => c[0])) + 1;
    const cells = [];
    for (let k = 0; k < COPIES; k++)
      for (const c of sheet.cells) if (k === 0 || c[0] > 0) cells.push([c[0] + k * rows, ...c.slice(1)]);
    env.state.rows = rows * COPIES;
    await env.page.goto(`${env.baseUrl}taskpane.html`);
    await env.page.getByTestId("run-check").waitFor({ timeout: 30_000 });
    await env.page.evaluate((d) => window.__standIn.load(d), { sheets: [{ ...sheet, cells }] });
  },
  tests: [
    {
      name: "shows the reading progress and cancels the read",
      async run({ page, state }) {
        await standIn(page, "setSyncDelay", 400);
        await page.getByTestId("run-check").click();
        const status = page.getByRole("status");
        await waitUntil("kemajuan pembacaan", async () =>
          /Membaca lembar… [\d.]+ dari [\d.]+ baris/.test((await status.innerText().catch(() => "")) || "")
        );
        assert.match(
          await status.innerText(),
          new RegExp(`dari ${state.rows.toLocaleString("id-ID").replace(/\./g, "\\.")} baris`)
        );
        await status.getByRole("button", { name: "Batal" }).click();
        const note = page.getByTestId("notice-info");
        await note.waitFor({ timeout: 30_000 });
        assert.match(await note.innerText(), /Dibatalkan/);
        assert.equal(await page.getByTestId("summary").count(), 0);
        assert.deepEqual(await standIn(page, "notes", "Sheet1"), {});
        await standIn(page, "setSyncDelay", 0);
      },
    },
  ],
};
