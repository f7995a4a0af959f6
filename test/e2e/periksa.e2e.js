/**
 * "Periksa" on the real sample (contoh/poltekes_632242_RKA-KL1810.xlsx, 4,570 rows) in the stand-in
 * host: the findings the pane shows equal the CLI's for the same file, the marks land on the right
 * cells, "Hapus tanda" restores every fill exactly, a fix is applied, live mode re-checks an edit.
 */
const path = require("path");
const { assert, findFinding, openPane, screenshotPath, shownCount, standIn, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

const SAMPLE = "contoh/poltekes_632242_RKA-KL1810.xlsx";
const SHEET = "Sheet1";
const MARK = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK = { error: 3, warning: 2, info: 1 };
/** Fills the user had before the check, on cells the check marks: they must come back exactly. */
const USER_FILLS = {
  F1251: { color: "#FFFF00", pattern: "Solid", patternColor: null, tintAndShade: 0, patternTintAndShade: 0 },
  F82: { color: "#00B050", pattern: "Solid", patternColor: null, tintAndShade: 0.4, patternTintAndShade: 0 },
};

/** What `telaah periksa --json` reports for the same file (the xlsx reader path). */
async function cliFindings(root, file) {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { main } = tsxRequire(path.join(root, "src/cli/main.ts"), __filename);
  let out = "";
  const code = await main(["periksa", path.join(root, file), "--json"], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  assert.ok(code === 0 || code === 1, `CLI keluar dengan kode ${code}`);
  return JSON.parse(out);
}

function withUserFills(data) {
  const sheet = data.sheets.find((s) => s.name === SHEET);
  for (const [a1, fill] of Object.entries(USER_FILLS)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    const cell = sheet.cells.find((c) => c[0] === row && c[1] === col);
    assert.ok(cell, `sel ${a1} ada di contoh`);
    cell[5] = fill;
  }
  return data;
}

/** Worst severity per cell, as the marks should show it. */
function expectedMarks(findings) {
  const out = {};
  for (const f of findings) if (!out[f.cell] || RANK[f.severity] > RANK[out[f.cell]]) out[f.cell] = f.severity;
  return out;
}

module.exports = {
  name: "Periksa (contoh poltekes 632242)",
  async setup(env) {
    const { root, state } = env;
    state.data = withUserFills(await workbookData(path.join(root, SAMPLE)));
    state.cli = await cliFindings(root, SAMPLE);
    await openPane(env, state.data);
    state.fillsBefore = await standIn(env.page, "fills", SHEET);
  },
  tests: [
    {
      name: "runs a check and shows the same findings as the CLI",
      async run({ page, state }) {
        await page.getByTestId("run-check").click();
        await page.getByTestId("summary").waitFor({ timeout: 60_000 });
        for (const s of ["error", "warning", "info"])
          assert.equal(await shownCount(page, s), state.cli.summary[s], `jumlah ${s}`);
        assert.ok(
          state.cli.findings.some((f) => f.rule === "ARITH-JUMLAH" && f.cell === "F1251" && f.severity === "error"),
          "CLI melaporkan F1251"
        );
        const first = page.getByTestId("finding").first();
        await first.waitFor();
        assert.match(
          await page.getByTestId("shown-count").innerText(),
          new RegExp(`^${state.cli.findings.length.toLocaleString("id-ID")} dari`)
        );
      },
    },
    {
      name: "checks the sheet in a Web Worker, off the pane's UI thread",
      async run({ page }) {
        const worker = page.workers().find((w) => /analysis-worker/.test(w.url()));
        assert.ok(
          worker,
          `tidak ada worker analisis (worker: ${page
            .workers()
            .map((w) => w.url())
            .join(", ")})`
        );
        const before = await worker.evaluate(() => globalThis.telaahAnalyses);
        await page.getByTestId("run-check").click();
        await page.getByTestId("summary").waitFor({ timeout: 60_000 });
        await waitUntil("pemeriksaan selesai", () => page.getByTestId("run-check").isEnabled());
        assert.equal(
          await worker.evaluate(() => globalThis.telaahAnalyses),
          before + 1,
          "pemeriksaan berjalan di worker"
        );
      },
    },
    {
      name: "saves the screenshot of the pane",
      async run({ page, root }) {
        await waitUntil("pemeriksaan selesai", () => page.getByTestId("run-check").isEnabled());
        await page.screenshot({ path: screenshotPath(root, "taskpane-periksa.png") });
      },
    },
    {
      name: "lists the ARITH-JUMLAH error at F1251 under the error filter",
      async run({ page }) {
        await page.getByTestId("filter-warning").click();
        await page.getByTestId("filter-info").click();
        const item = await findFinding(page, "F1251");
        assert.ok(item, "F1251 ada di daftar");
        assert.equal(await item.getAttribute("data-rule"), "ARITH-JUMLAH");
        assert.match(await item.innerText(), /Rp22\.995\.000/);
        assert.match(await item.innerText(), /73 x harga satuan Rp45\.000 = Rp3\.285\.000/);
      },
    },
    {
      name: "marks every finding's cell with its worst severity's fill and a note, nothing else",
      async run({ page, state }) {
        const marks = expectedMarks(state.cli.findings);
        const fills = await standIn(page, "fills", SHEET);
        const notes = await standIn(page, "notes", SHEET);
        for (const [cell, severity] of Object.entries(marks)) {
          assert.ok(fills[cell], `${cell} diberi warna`);
          assert.equal(fills[cell].color, MARK[severity], `${cell} berwarna ${severity}`);
          assert.match(notes[cell] || "", /^Telaah: /, `${cell} diberi catatan`);
        }
        assert.match(notes.F1251, /ARITH-JUMLAH/);
        for (const cell of Object.keys(fills))
          if (!marks[cell]) assert.deepEqual(fills[cell], state.fillsBefore[cell], `${cell} tidak disentuh`);
        assert.equal(Object.keys(notes).length, Object.keys(marks).length);
      },
    },
    {
      name: "clicking a finding selects its cell",
      async run({ page }) {
        await (await findFinding(page, "F1251")).click();
        await waitUntil("sel F1251 terpilih", async () => {
          const sel = await standIn(page, "selection");
          return sel && sel.sheet === SHEET && sel.address === "F1251";
        });
      },
    },
    {
      name: "the list works by keyboard: arrows move between rows, Enter selects the cell",
      async run({ page }) {
        const list = page.getByTestId("findings-list");
        await list.evaluate((el) => (el.scrollTop = 0));
        await list.locator('[data-index="0"]').focus();
        await page.keyboard.press("ArrowDown");
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return { index: el.getAttribute("data-index"), cell: el.getAttribute("data-cell") };
        });
        assert.equal(focused.index, "1");
        assert.ok(focused.cell, "baris temuan terfokus");
        await page.keyboard.press("Enter");
        await waitUntil(
          `sel ${focused.cell} terpilih`,
          async () => (await standIn(page, "selection"))?.address === focused.cell
        );
        await page.keyboard.press("End");
        await waitUntil("baris terakhir terfokus", () =>
          page.evaluate(() => document.activeElement.getAttribute("data-testid") === "finding")
        );
      },
    },
    {
      name: "exports the findings shown to a new sheet",
      async run({ page }) {
        await page.getByTestId("export").click();
        await page.getByTestId("notice-success").waitFor();
        const names = await standIn(page, "sheetNames");
        assert.ok(names.includes("Temuan Telaah"), `lembar baru: ${names}`);
        const head = await standIn(page, "values", "Temuan Telaah", "A1:I2");
        assert.deepEqual(head[0], [
          "No",
          "Sel",
          "Baris",
          "Tingkat",
          "Aturan",
          "Pesan",
          "Seharusnya",
          "Tertulis",
          "Dasar",
        ]);
        const errors = await standIn(page, "values", "Temuan Telaah", "A2:I40");
        const rows = errors.filter((r) => r[0] !== "");
        assert.ok(rows.length > 0 && rows.every((r) => r[3] === "Kesalahan"), "hanya kesalahan yang diekspor");
        assert.ok(rows.some((r) => r[1] === "F1251" && r[4] === "ARITH-JUMLAH"));
        await standIn(page, "activate", SHEET);
      },
    },
    {
      name: '"Hapus tanda" removes the notes and restores every fill exactly',
      async run({ page, state }) {
        await page.getByTestId("clear-marks").click();
        await waitUntil("tanda terhapus", async () => Object.keys(await standIn(page, "notes", SHEET)).length === 0);
        const fills = await standIn(page, "fills", SHEET);
        assert.deepEqual(fills, state.fillsBefore);
        assert.deepEqual((await standIn(page, "cell", SHEET, "F1251")).fill, USER_FILLS.F1251);
        assert.deepEqual((await standIn(page, "cell", SHEET, "F82")).fill, USER_FILLS.F82);
      },
    },
    {
      name: "an Excel error shows as an Indonesian MessageBar",
      async run({ page }) {
        await standIn(page, "setCellEditMode", true);
        await page.getByTestId("run-check").click();
        const bar = page.getByTestId("notice-error");
        await bar.waitFor();
        assert.match(await bar.innerText(), /mode edit sel/);
        await standIn(page, "setCellEditMode", false);
        await bar.getByRole("button").click();
        // The bar animates out; the next test must not take it for its own.
        await bar.waitFor({ state: "detached" });
      },
    },
    {
      name: "a protected sheet is reported, and nothing is marked",
      async run({ page }) {
        await standIn(page, "protect", SHEET, true);
        await page.getByTestId("run-check").click();
        const bar = page.getByTestId("notice-error");
        await bar.waitFor();
        assert.match(await bar.innerText(), /dilindungi/);
        assert.deepEqual(await standIn(page, "notes", SHEET), {});
        await standIn(page, "protect", SHEET, false);
        await bar.getByRole("button").click();
        await waitUntil("pemeriksaan selesai", () => page.getByTestId("run-check").isEnabled());
      },
    },
    {
      name: "applies the safe fix for F1251 and checks again",
      async run({ page }) {
        const item = await findFinding(page, "F1251");
        await item.getByRole("button", { name: /Terapkan/ }).click();
        await waitUntil(
          "F1251 diperbaiki",
          async () => (await standIn(page, "cell", SHEET, "F1251")).value === 3285000
        );
        await page.getByTestId("notice-success").filter({ hasText: "F1251" }).waitFor();
        assert.equal(await findFinding(page, "F1251"), null, "temuan F1251 hilang setelah diperbaiki");
      },
    },
    {
      name: "live mode re-checks a cell the user types",
      async run({ page }) {
        const live = page.getByRole("switch", { name: "Mode langsung" });
        await live.click();
        await page.getByTestId("notice-info").waitFor();
        const before = (await standIn(page, "stats")).cellsRead;
        await standIn(page, "userEdit", SHEET, "F1251", 22995000);
        await waitUntil("temuan F1251 muncul lagi", () => findFinding(page, "F1251"));
        const read = (await standIn(page, "stats")).cellsRead - before;
        assert.ok(read < 100, `mode langsung membaca baris yang berubah saja, bukan ${read} sel`);
        await waitUntil(
          "F1251 ditandai lagi",
          async () => (await standIn(page, "cell", SHEET, "F1251")).fill?.color === MARK.error
        );
        await live.click();
        await waitUntil("mode langsung mati", async () => !(await live.isChecked()));
      },
    },
    {
      name: "switches to English",
      async run({ page }) {
        await page.getByTestId("lang-switch").click();
        assert.equal((await page.getByTestId("tab-periksa").innerText()).trim(), "Check");
        await page.getByText("Check active sheet").waitFor();
        const item = await findFinding(page, "F1251");
        assert.ok(item);
        assert.match(await item.innerText(), /differs from volume 73 x unit price/);
        assert.match(await item.innerText(), /Basis: /);
        await page.getByTestId("lang-switch").click();
        assert.equal((await page.getByTestId("tab-periksa").innerText()).trim(), "Periksa");
      },
    },
  ],
};
