"use strict";
/**
 * The task pane's initial JavaScript: every local <script src> in dist/taskpane.html (Office.js comes
 * from Microsoft's CDN and is not ours), raw and gzipped; chunks loaded later are counted apart.
 * Reads what `npm run build` left in dist/; does not build.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function bundleSize(distDir) {
  const html = path.join(distDir, "taskpane.html");
  if (!fs.existsSync(html))
    return { status: "not-built", reason: "dist/taskpane.html tidak ada: jalankan `npm run build` dulu" };
  const text = fs.readFileSync(html, "utf8");
  const srcs = [...text.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
  const initial = [];
  for (const src of srcs) {
    // Office.js is Microsoft's, whether from the CDN or copied beside the pane for offline tests.
    if (/^(https?:)?\/\//i.test(src) || /(^|\/)office-js\//.test(src)) continue;
    const rel = src.split("?")[0].replace(/^\.?\//, "");
    const file = path.join(distDir, rel);
    if (!fs.existsSync(file)) continue;
    initial.push({ file: rel, bytes: fs.statSync(file).size, gzipBytes: gzipSize(file) });
  }
  const initialNames = new Set(initial.map((f) => f.file));
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !initialNames.has(f))
    .map((f) => ({
      file: f,
      bytes: fs.statSync(path.join(distDir, f)).size,
      gzipBytes: gzipSize(path.join(distDir, f)),
    }));
  const total = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  // A development build keeps webpack's "/***/" module banners; a production build is minified.
  const production = !initial.some((f) => fs.readFileSync(path.join(distDir, f.file), "utf8").includes("/***/"));
  return {
    status: "ok",
    dir: path.relative(path.resolve(__dirname, "../.."), distDir) || ".",
    builtAt: fs.statSync(html).mtime.toISOString(),
    production,
    initialBytes: total(initial, "bytes"),
    initialGzipBytes: total(initial, "gzipBytes"),
    lazyGzipBytes: total(lazy, "gzipBytes"),
    initial,
    lazy,
  };
}

module.exports = { bundleSize };

if (require.main === module) {
  process.stdout.write(JSON.stringify(bundleSize(path.resolve(process.argv[2] || "dist")), null, 2) + "\n");
}
