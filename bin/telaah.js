#!/usr/bin/env node
"use strict";
// The CLI is compiled into dist/node by `npm run build:cli` (run by `npm install` through `prepare`).
let cli;
try {
  cli = require("../dist/node/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("telaah: CLI belum dibangun; jalankan `npm install` atau `npm run build:cli`.\n");
    process.exit(2);
  }
  throw e;
}
// A reader that stops early (`telaah periksa x.xlsx | head`) closes the pipe: the rest of the report
// has nowhere to go, which is not an error worth a stack trace. The exit code still follows the findings.
process.stdout.on("error", (e) => {
  if (e && (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED")) return;
  throw e;
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
