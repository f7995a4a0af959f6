"use strict";
/** The machine the figures were measured on, for the README's performance table. */
const fs = require("fs");
const os = require("os");

function machineInfo() {
  const cpus = os.cpus();
  let model = cpus[0] ? cpus[0].model.trim() : "unknown";
  if (model === "unknown" && fs.existsSync("/proc/cpuinfo")) {
    const m = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) model = m[1].trim();
  }
  return {
    cpu: model,
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

module.exports = { machineInfo };
