/** Shared steps of the browser tests: open the pane on the stand-in host, talk to the stand-in, wait. */
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");

/** Calls window.__standIn[method](...args) in the page. */
function standIn(page, method, ...args) {
  return page.evaluate(([m, a]) => window.__standIn[m](...a), [method, args]);
}

/** Loads the pane, waits for Office.onReady to mount it, then gives the stand-in its workbook. */
async function openPane(env, workbook, { apiVersion = "1.20", theme = null } = {}) {
  const { page, baseUrl } = env;
  await page.goto(`${baseUrl}taskpane.html`);
  await page.evaluate(
    ([v, t]) => {
      window.__standIn.setApiVersion(v);
      if (t) window.__standIn.setTheme(t);
    },
    [apiVersion, theme]
  );
  await page.getByTestId("run-check").waitFor({ timeout: 30_000 });
  await page.evaluate((data) => window.__standIn.load(data), workbook);
}

async function waitUntil(what, fn, timeout = 30_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`menunggu ${what}: tidak terjadi dalam ${timeout / 1000} detik (terakhir: ${JSON.stringify(last)})`);
}

/** Number shown beside a severity in the summary. */
async function shownCount(page, severity) {
  const text = await page.getByTestId(`count-${severity}`).innerText();
  const m = /(\d[\d.]*)\s*$/.exec(text.trim());
  return m ? Number(m[1].replace(/\./g, "")) : NaN;
}

/**
 * The finding about `cell` in the virtualized list: scrolls the list from the top until it is
 * rendered (only the rows in view exist in the DOM). Null when the list has no such finding.
 */
async function findFinding(page, cell) {
  const list = page.getByTestId("findings-list");
  await list.waitFor();
  const item = page.locator(`[data-testid="finding"][data-cell="${cell}"]`);
  await list.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 500; i++) {
    await page.waitForTimeout(50);
    if ((await item.count()) > 0) return item.first();
    const moved = await list.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + el.clientHeight * 0.8;
      return el.scrollTop !== before;
    });
    if (!moved) {
      await page.waitForTimeout(100);
      return (await item.count()) > 0 ? item.first() : null;
    }
  }
  return null;
}

function screenshotPath(root, name) {
  const dir = path.join(root, "docs", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

module.exports = { assert, standIn, openPane, waitUntil, shownCount, findFinding, screenshotPath };
