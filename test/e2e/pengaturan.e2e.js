/**
 * "Pengaturan": the reference data shows its basis and verification status; the user's own standar
 * biaya (CSV) is imported with its rejected rows listed; the tahun anggaran chosen here reaches the
 * check (the sample's title block has none, so without it the SBM rules say they could not run).
 */
const path = require("path");
const { assert, openPane, findFinding, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

const CSV = [
  "tahun;kode item;provinsi;uraian;satuan;nilai;sumber",
  "2026;UH-LUAR-KOTA;JAWA TENGAH;uang harian;OH;400000;SK Rektor",
  "2026;BUKAN-KODE;JAWA TENGAH;salah;OH;1;-",
].join("\n");

module.exports = {
  name: "Pengaturan",
  async setup(env) {
    await openPane(env, await workbookData(path.join(env.root, "contoh/poltekes_632242_RKA-KL1810.xlsx")));
    await env.page.getByTestId("tab-pengaturan").click();
  },
  tests: [
    {
      name: "lists the reference data with basis, completeness and verification status",
      async run({ page }) {
        const list = page.getByTestId("reference-list");
        await list.waitFor({ timeout: 30_000 });
        const text = await list.innerText();
        assert.match(text, /Standar biaya TA2026/);
        assert.match(text, /PMK 32\/2025/);
        assert.match(text, /belum terverifikasi/);
        assert.match(text, /Bagan Akun Standar/);
      },
    },
    {
      name: "imports the user's standar biaya CSV and lists the rows it could not use",
      async run({ page }) {
        await page
          .locator('input[type="file"]')
          .setInputFiles({ name: "sbm-satker.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
        await page.getByTestId("user-sbm-count").waitFor();
        assert.match(await page.getByTestId("user-sbm-count").innerText(), /sbm-satker\.csv: 1 nilai dimuat/);
        assert.match(await page.locator("main").innerText(), /1 baris tidak dipakai/);
        assert.match(await page.locator("main").innerText(), /BUKAN-KODE/);
      },
    },
    {
      name: "the tahun anggaran set here reaches the check",
      async run({ page }) {
        await page.getByTestId("tab-periksa").click();
        await page.getByTestId("run-check").click();
        await page.getByTestId("summary").waitFor({ timeout: 60_000 });
        await waitUntil("pemeriksaan selesai", () => page.getByTestId("run-check").isEnabled());
        assert.equal(await page.getByTestId("reference-list").isVisible(), false, "tab Pengaturan tersembunyi");
        const a1Texts = async () => {
          await findFinding(page, "A1");
          return page.locator('[data-testid="finding"][data-cell="A1"]').allInnerTexts();
        };
        assert.ok(
          (await a1Texts()).some((t) => /tahun anggaran tidak diketahui/.test(t)),
          "tanpa tahun: SBM tidak diperiksa"
        );

        await page.getByTestId("tab-pengaturan").click();
        await page.getByTestId("setting-tahun").click();
        await page.getByRole("option", { name: "2026" }).click();
        await page.getByTestId("tab-periksa").click();
        await page.getByTestId("run-check").click();
        await waitUntil(
          "pemeriksaan ulang dengan TA2026",
          async () =>
            (await page.getByTestId("run-check").isEnabled()) &&
            !(await a1Texts()).some((t) => /tahun anggaran tidak diketahui/.test(t))
        );
        const sbm = await page.getByTestId("filter-family-SBM").innerText();
        assert.ok(Number(/\((\d+)\)/.exec(sbm)[1]) > 1, `temuan standar biaya diperiksa dengan TA2026: ${sbm}`);
      },
    },
  ],
};
