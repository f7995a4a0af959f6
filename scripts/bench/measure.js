"use strict";
/**
 * Runs one command as its own process and measures it whole: wall time (hrtime around the spawn), CPU
 * time and peak resident memory (GNU time's %U %S %M when /usr/bin/time exists, else none).
 * stdout is drained, counted and hashed, never kept whole, so a large report costs what it costs a
 * terminal pipe and two runs can still be shown to print the same.
 */
const { spawn } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = fs.existsSync(GNU_TIME);

function runMeasured(command, args, { cwd, env } = {}) {
  const statsFile = path.join(
    os.tmpdir(),
    `telaah-bench-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`
  );
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ["-f", "%U %S %M", "-o", statsFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let outBytes = 0;
    const outHash = crypto.createHash("sha256");
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d) => {
      outBytes += d.length;
      outHash.update(d);
      if (stdout.length < 4096) stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const result = {
        code,
        wallMs,
        outBytes,
        outSha256: outHash.digest("hex"),
        stdout,
        stderr,
        cpuMs: null,
        maxRssKb: null,
      };
      if (hasGnuTime) {
        try {
          const lines = fs.readFileSync(statsFile, "utf8").trim().split("\n");
          const [u, s, m] = lines[lines.length - 1].split(" ").map(Number);
          result.cpuMs = Math.round((u + s) * 1000);
          result.maxRssKb = m;
          // GNU time writes "Command exited with non-zero status N" above its figures: not ours to show.
          result.stderr = stderr;
        } catch {
          /* no figures: leave them null */
        }
        fs.rmSync(statsFile, { force: true });
      }
      resolve(result);
    });
  });
}

function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

module.exports = { runMeasured, median, hasGnuTime };
