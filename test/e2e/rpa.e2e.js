/**
 * "RPA" on a small RPA workbook generated here with ExcelJS (the DOMAIN.md layout: Kode | Uraian |
 * Pagu | month names merged over % and Rp): fill the whole sheet, check every line sums to its pagu
 * and the typed month is kept, update with a realisation sheet (IKPA shown), revert the update.
 */
const path = require("path");
const ExcelJS = require("exceljs");
const { assert, openPane, screenshotPath, standIn, waitUntil } = require("./helpers");
const { workbookData } = require("./workbook-data");

// The month names the pane's RPA layout detection knows, from the core itself (TypeScript, via tsx).
const { NAMA_BULAN: BULAN } = require("tsx/cjs/api").require(
  path.join(__dirname, "../../src/core/rpa/months.ts"),
  __filename
);
/** [kode, uraian, pagu, typed { month: rupiah }] */
const LINES = [
  ["511111", "Belanja Gaji Pokok PNS", 13000000],
  [null, "Gaji pokok", 13000000],
  ["521211", "Belanja Bahan", 1650000],
  [null, "Konsumsi rapat", 1500000],
  [null, "Fotocopy", 150000, { 1: 50000 }],
  ["524111", "Belanja Perjalanan Dinas Biasa", 6000000],
  [null, "Perjalanan dinas ke Jakarta", 6000000],
];
const FIRST_ROW = 5;
const col = (month, kind) => 4 + (month - 1) * 2 + (kind === "rp" ? 1 : 0);

function rpaSheet(wb, name, lines, months) {
  const ws = wb.addWorksheet(name);
  ws.addRow(["RENCANA PENARIKAN DANA TA 2026"]);
  ws.addRow([]);
  const top = ["Kode", "Uraian", "Pagu"];
  const sub = [null, null, null];
  BULAN.forEach((m) => {
    top.push(m, null);
    sub.push("%", "Rp");
  });
  ws.addRow(top);
  ws.addRow(sub);
  for (const c of ["A", "B", "C"]) ws.mergeCells(`${c}3:${c}4`);
  for (let i = 0; i < 12; i++) ws.mergeCells(3, 4 + i * 2, 3, 5 + i * 2);
  lines.forEach(([kode, uraian, pagu, typed], i) => {
    const row = ws.addRow([kode, uraian, pagu]);
    for (const [m, v] of Object.entries({ ...(typed || {}), ...(months ? months(i) : {}) }))
      row.getCell(col(Number(m), "rp")).value = v;
  });
  return ws;
}

async function fixture() {
  const wb = new ExcelJS.Workbook();
  rpaSheet(wb, "RPA", LINES);
  // Realisation: the same lines; January and February realised on the detail lines.
  rpaSheet(
    wb,
    "Realisasi",
    LINES.map(([k, u, p]) => [k, u, p]),
    (i) => (LINES[i][0] === null ? { 1: Math.round(LINES[i][2] * 0.05), 2: Math.round(LINES[i][2] * 0.07) } : {})
  );
  return workbookData(await wb.xlsx.writeBuffer());
}

async function lineMonths(page, row) {
  const values = await standIn(page, "values", "RPA", `D${row}:AA${row}`);
  const cells = values[0];
  return { pct: BULAN.map((_, i) => cells[i * 2]), rp: BULAN.map((_, i) => cells[i * 2 + 1]) };
}

module.exports = {
  name: "RPA (generated sheet)",
  async setup(env) {
    env.state.data = await fixture();
    await openPane(env, env.state.data);
    await standIn(env.page, "activate", "RPA");
    await env.page.getByTestId("tab-rpa").click();
    await env.page.getByTestId("rpa-fill").waitFor({ timeout: 30_000 });
  },
  tests: [
    {
      name: "fills the whole sheet: each line exact to its pagu, % consistent, the typed month kept",
      async run({ page }) {
        await page.getByTestId("rpa-fill").click();
        await page.getByTestId("notice-success").waitFor({ timeout: 30_000 });
        for (const [i, [, uraian, pagu, typed]] of LINES.entries()) {
          const row = FIRST_ROW + i;
          const { pct, rp } = await lineMonths(page, row);
          assert.ok(
            rp.every((v) => typeof v === "number"),
            `${uraian}: semua bulan terisi`
          );
          assert.equal(
            rp.reduce((a, b) => a + b, 0),
            pagu,
            `${uraian}: jumlah bulan = pagu`
          );
          rp.forEach((v, m) => assert.ok(Math.abs(pct[m] * pagu - v) < 1, `${uraian} bulan ${m + 1}: % sesuai Rp`));
          if (typed) assert.equal(rp[0], typed[1], `${uraian}: isian Januari tetap`);
        }
        const gaji = (await lineMonths(page, FIRST_ROW + 1)).rp;
        assert.ok(Math.abs(gaji[6] - 2 * gaji[0]) <= 1, "gaji ke-13 di bulan Juli");
        const bahan = (await lineMonths(page, FIRST_ROW + 2)).rp;
        const konsumsi = (await lineMonths(page, FIRST_ROW + 3)).rp;
        const fotocopy = (await lineMonths(page, FIRST_ROW + 4)).rp;
        bahan.forEach((v, m) => assert.equal(v, konsumsi[m] + fotocopy[m], `akun = jumlah detil, bulan ${m + 1}`));
        await page.getByTestId("rpa-chart").waitFor();
        assert.equal(await page.locator('[data-series="rencana"]').count(), 1);
      },
    },
    {
      name: "updates with realisation up to February and shows the IKPA deviation",
      async run({ page, state }) {
        state.beforeUpdate = await lineMonths(page, FIRST_ROW + 3);
        await page.getByTestId("rpa-real-sheet").click();
        await page.getByRole("option", { name: "Realisasi" }).click();
        await page.getByTestId("rpa-month").click();
        await page.getByRole("option", { name: "Februari" }).click();
        await page.getByTestId("rpa-update").click();
        await page.getByTestId("rpa-ikpa").waitFor({ timeout: 30_000 });
        const konsumsi = (await lineMonths(page, FIRST_ROW + 3)).rp;
        assert.deepEqual(konsumsi.slice(0, 2), [75000, 105000], "Januari–Februari = realisasi");
        assert.equal(
          konsumsi.reduce((a, b) => a + b, 0),
          1500000,
          "sisa pagu direncanakan ulang"
        );
        assert.match(await page.getByTestId("ikpa-score").innerText(), /^\d/);
        // IKPA compares realisation with the RPD as it stood before the update (realised 5% and 7% against the plan).
        assert.notEqual(await page.getByTestId("ikpa-average").innerText(), "0,00%");
        assert.equal(await page.locator('[data-series="realisasi"]').count(), 1);
      },
    },
    {
      name: "saves the screenshot of the RPA tab",
      async run({ page, root }) {
        await page.getByTestId("rpa-chart").scrollIntoViewIfNeeded();
        await page.locator("main").evaluate((el) => el.scrollBy(0, 120));
        await page.screenshot({ path: screenshotPath(root, "taskpane-rpa.png") });
      },
    },
    {
      name: "reverts the update: the cells hold the first fill again",
      async run({ page, state }) {
        await page.getByTestId("rpa-revert").click();
        await waitUntil(
          "pengisian dibatalkan",
          async () => JSON.stringify(await lineMonths(page, FIRST_ROW + 3)) === JSON.stringify(state.beforeUpdate)
        );
      },
    },
  ],
};
