/**
 * What the pane costs to open: the scripts taskpane.html loads before the first paint (office.js
 * aside), gzipped, stay under 400 KB; the tabs other than Periksa and the check itself load later.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { assert } = require("./helpers");

const LIMIT_GZ = 400 * 1024;

function initialScripts(dist) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1].split("?")[0])
    .filter((s) => !s.startsWith("office-js/"));
}

module.exports = {
  name: "Bundle",
  tests: [
    {
      name: "initial JavaScript is under 400 KB gzipped; heavy tabs are separate chunks",
      async run({ dist }) {
        const scripts = initialScripts(dist);
        assert.ok(scripts.includes("taskpane.js"), `taskpane.js dimuat: ${scripts}`);
        let total = 0;
        for (const s of scripts) total += zlib.gzipSync(fs.readFileSync(path.join(dist, s)), { level: 9 }).length;
        console.log(`        JS awal: ${scripts.length} berkas, ${(total / 1024).toFixed(1)} KB gzip`);
        assert.ok(total < LIMIT_GZ, `JS awal ${total} byte gzip melebihi ${LIMIT_GZ}`);
        const files = fs.readdirSync(dist);
        for (const chunk of ["tab-rpa", "tab-komparasi", "tab-pengaturan", "analysis"]) {
          const file = files.find((f) => f.startsWith(`${chunk}.`) && f.endsWith(".js"));
          assert.ok(file, `chunk ${chunk} ada`);
          assert.ok(!scripts.includes(file), `${chunk} tidak dimuat di awal`);
        }
      },
    },
  ],
};
