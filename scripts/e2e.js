#!/usr/bin/env node
/**
 * Browser tests (`npm run test:e2e`): builds the pane with a local office.js, serves dist/ on
 * localhost, and drives it in Debian Chromium (playwright-core) against a stand-in Excel host
 * (test/e2e/stand-in/) holding a real workbook's cells. No network: every request that is not to the
 * local server is aborted. Ends with "N passed, N failed"; exits 1 on any failure.
 *
 *   node scripts/e2e.js [--no-build] [--only NAME]
 *   TELAAH_E2E_DIST=dir     serve (and build into) another directory than dist/
 *   CHROMIUM_PATH=path      another Chromium than /usr/bin/chromium
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.resolve(ROOT, process.env.TELAAH_E2E_DIST || "dist");
const E2E_DIR = path.join(ROOT, "test", "e2e");
const STAND_IN_FILES = [
  "addresses.js",
  "model.js",
  "client.js",
  "format.js",
  "range.js",
  "notes.js",
  "workbook.js",
  "host.js",
];
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const TEST_TIMEOUT_MS = 120_000;
/** office.js loads these beside itself even outside Office; older webpack configs did not copy them. */
const OFFICE_JS_EXTRAS = ["o15apptofilemappingtable.js"];

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain",
};

function parseArgs(argv) {
  const out = { build: true, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--no-build") out.build = false;
    else if (argv[i] === "--only") out.only = argv[++i];
  }
  return out;
}

function build() {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  console.log(`== build (TELAAH_OFFICE_JS=local) -> ${path.relative(ROOT, DIST) || "."}`);
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", DIST], {
    cwd: ROOT,
    env: { ...process.env, TELAAH_OFFICE_JS: "local" },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout || "");
    throw new Error(`webpack gagal (kode ${r.status})`);
  }
  const last = (r.stdout || "").trim().split("\n").pop();
  console.log(`   ${last}`);
}

function ensureOfficeJs() {
  const dir = path.join(DIST, "office-js");
  if (!fs.existsSync(path.join(dir, "office.js")))
    throw new Error(`${dir}/office.js tidak ada: bangun dengan TELAAH_OFFICE_JS=local`);
  const src = path.dirname(require.resolve("@microsoft/office-js/package.json", { paths: [ROOT] }));
  for (const f of OFFICE_JS_EXTRAS) {
    const to = path.join(dir, f);
    if (!fs.existsSync(to)) {
      fs.copyFileSync(path.join(src, "dist", f), to);
      console.log(`   (copied ${f} into ${path.relative(ROOT, dir)}: the build does not ship it)`);
    }
  }
}

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function standInScript() {
  const parts = STAND_IN_FILES.map((f) => fs.readFileSync(path.join(E2E_DIR, "stand-in", f), "utf8"));
  return `(function () {\n"use strict";\n${parts.join("\n")}\n})();`;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: lebih dari ${ms / 1000} detik`)), ms))
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) build();
  ensureOfficeJs();
  const { chromium } = require("playwright-core");
  const server = await serve(DIST);
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  const script = standInScript();
  const blocked = new Set();

  const suites = fs
    .readdirSync(E2E_DIR)
    .filter((f) => f.endsWith(".e2e.js"))
    .sort()
    .map((f) => require(path.join(E2E_DIR, f)));

  let passed = 0;
  let failed = 0;
  for (const suite of suites) {
    if (args.only && !suite.name.toLowerCase().includes(args.only.toLowerCase())) continue;
    console.log(`\n${suite.name}`);
    const context = await browser.newContext({
      viewport: suite.viewport || { width: 380, height: 900 },
      deviceScaleFactor: 1,
      locale: "id-ID",
    });
    const page = await context.newPage();
    const pageErrors = [];
    const consoleErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith("data:")) return route.continue();
      blocked.add(new URL(url).origin);
      return route.abort();
    });
    // A suite may open the pane as a plain browser would, without the stand-in host.
    if (suite.standIn !== false) await page.addInitScript({ content: script });
    const env = { page, baseUrl, root: ROOT, dist: DIST, state: {} };
    let suiteBroken = null;
    try {
      if (suite.setup) await withTimeout(suite.setup(env), TEST_TIMEOUT_MS, "persiapan");
    } catch (e) {
      suiteBroken = e;
    }
    for (const test of suite.tests) {
      const started = Date.now();
      try {
        if (suiteBroken) throw new Error(`persiapan gagal: ${suiteBroken.message}`);
        await withTimeout(test.run(env), TEST_TIMEOUT_MS, test.name);
        if (pageErrors.length) throw new Error(`galat di halaman: ${pageErrors.join(" | ")}`);
        consoleErrors.length = 0;
        passed++;
        console.log(`  ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        const shot = path.join(os.tmpdir(), `telaah-e2e-${suite.name}-${test.name}`.replace(/[^\w.-]+/g, "_") + ".png");
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        console.log(
          `  GAGAL ${test.name}\n        ${String(e && e.stack ? e.stack : e)
            .split("\n")
            .slice(0, 6)
            .join("\n        ")}\n        tangkapan layar: ${shot}`
        );
        for (const m of [...pageErrors.splice(0), ...consoleErrors.slice(-5)])
          console.log(`        halaman: ${m.split("\n").slice(0, 3).join(" / ")}`);
      }
    }
    await context.close();
  }
  await browser.close();
  server.close();
  if (blocked.size) console.log(`\n(permintaan ke luar yang diblokir: ${[...blocked].join(", ")})`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`e2e: ${e && e.stack ? e.stack : e}`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
);
