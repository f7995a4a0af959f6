#!/usr/bin/env node
"use strict";
// The CLI is compiled into dist/node by `npm run build:cli` (run by `npm install` through `prepare`).
try {
  require("../dist/node/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/node/cli/main.js")) {
    process.stderr.write("telaah: CLI belum dibangun; jalankan `npm install` atau `npm run build:cli`.\n");
    process.exit(2);
  }
  throw e;
}
