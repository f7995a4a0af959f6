/**
 * Security properties that can be checked without a browser or the network:
 * - no eval, no Function constructor, no string timers anywhere in src/;
 * - no HTML injection sinks in src/ (the pane shows text from the user's workbook);
 * - the core, the CLI and the bundled data make no network calls (reference data is bundled);
 * - the manifest asks for ReadWriteDocument only and names one origin;
 * - the pane's content security policy allows no eval and no inline script, and connects only to itself;
 * - the lockfile resolves exceljs's transitive dependencies to versions past their known advisories.
 * `npm run audit:prod` (npm audit --omit=dev --audit-level=high) needs the registry's advisory service.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Hit {
  file: string;
  line: number;
  text: string;
  pattern: string;
}

/** Comments are dropped first, so a comment that names eval is not a hit. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

export function scanText(file: string, source: string, patterns: RegExp[]): Hit[] {
  const hits: Hit[] = [];
  stripComments(source)
    .split("\n")
    .forEach((text, i) => {
      const p = patterns.find((re) => re.test(text));
      if (p) hits.push({ file, line: i + 1, text: text.trim(), pattern: String(p) });
    });
  return hits;
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function scan(dirs: string[], patterns: RegExp[]): Hit[] {
  return dirs.flatMap(sourceFiles).flatMap((f) => scanText(f, fs.readFileSync(path.join(ROOT, f), "utf8"), patterns));
}

const DYNAMIC_CODE = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(^|[^.\w])Function\s*\(\s*["'`]/,
  /\bset(Timeout|Interval)\s*\(\s*["'`]/,
  /\bimport\s*\(\s*[^"'`\s)]/,
];
const HTML_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.(innerHTML|outerHTML)\s*=/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(ln)?\s*\(/,
];
const NODE_NETWORK = /^(node:)?(http|https|http2|net|tls|dgram|dns|child_process|worker_threads)$/;
/** The one module allowed worker threads: the pool of `telaah periksa FOLDER`, running its own worker file. */
const WORKER_POOL = "src/cli/periksa/pool.ts";
const NETWORK_CALLS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\s*\(/,
  /\bimportScripts\s*\(/,
];
const NETWORK_PACKAGES = /^(axios|node-fetch|undici|got|superagent|request|ws|socket\.io-client)(\/|$)/;

function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of stripComments(source).matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'`]([^"'`]+)["'`]/gm
  ))
    specs.push(m[1]);
  return specs;
}

describe("the scanners themselves", () => {
  it("find what they look for, and ignore comments and look-alike names", () => {
    const planted = [
      'const f = eval("1");',
      "const g = new Function('return 1');",
      'setTimeout("alert(1)", 0);',
      "el.innerHTML = text;",
      "// eval(comment) is fine",
      "throw new FunctionArgError(m);",
    ].join("\n");
    const hits = scanText("x.ts", planted, [...DYNAMIC_CODE, ...HTML_SINKS]);
    expect(hits.map((h) => h.line)).toEqual([1, 2, 3, 4]);
    expect(importsOf('import http from "http";\nconst n = require("node:net");\n// import x from "https"')).toEqual([
      "http",
      "node:net",
    ]);
  });
});

describe("no dynamic code and no HTML sinks in src/", () => {
  it("has no eval, Function constructor, string timers or computed dynamic import", () => {
    expect(sourceFiles("src").length).toBeGreaterThan(20);
    expect(scan(["src"], DYNAMIC_CODE)).toEqual([]);
  });

  it("writes no HTML from strings (workbook text reaches the pane)", () => {
    expect(scan(["src"], HTML_SINKS)).toEqual([]);
  });
});

describe("no network access at run time", () => {
  const OFFLINE = ["src/core", "src/cli", "src/data"];

  it("src/core, src/cli and src/data import no network module", () => {
    const bad: string[] = [];
    for (const f of OFFLINE.flatMap(sourceFiles))
      for (const spec of importsOf(fs.readFileSync(path.join(ROOT, f), "utf8")))
        if (NODE_NETWORK.test(spec) || NETWORK_PACKAGES.test(spec))
          if (!(f === WORKER_POOL && /^(node:)?worker_threads$/.test(spec))) bad.push(`${f}: ${spec}`);
    expect(bad).toEqual([]);
  });

  it("the worker pool starts threads only on a module file, never on code in a string", () => {
    const text = fs.readFileSync(path.join(ROOT, WORKER_POOL), "utf8");
    const starts = text.match(/new Worker\([^)]*\)/g) ?? [];
    expect(starts).toEqual(["new Worker(spec.workerFile)"]);
    expect(text).not.toMatch(/\beval\s*:/);
    // The one workerFile given: the compiled worker module beside the batch runner.
    expect(fs.readFileSync(path.join(ROOT, "src/cli/periksa/batch.ts"), "utf8")).toMatch(
      /workerFile: path\.join\(__dirname, `worker\$\{path\.extname\(__filename\)\}`\)/
    );
  });

  it("src/ calls no fetch, XMLHttpRequest, WebSocket or beacon (reference data is bundled)", () => {
    expect(scan(["src"], NETWORK_CALLS)).toEqual([]);
  });

  it("the production dependencies are not network clients", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies).filter((d) => NETWORK_PACKAGES.test(d))).toEqual([]);
  });
});

describe("the manifest asks for no more than it needs", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("requests ReadWriteDocument only", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim())).toEqual([
      "ReadWriteDocument",
    ]);
  });

  it("names one https origin and no extra app domains", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(new Set(urls.map((u) => new URL(u).origin)).size).toBe(1);
    expect(manifest).not.toMatch(/<AppDomain>/);
  });
});

describe("the task pane's content security policy", () => {
  it("allows no eval or inline script and connects only to itself in production", async () => {
    // The real webpack configuration, as `npm run build` evaluates it.

    const makeConfig = require(path.join(ROOT, "webpack.config.js"));
    const config = await makeConfig({}, { mode: "production" });
    const html = config.plugins.find(
      (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin"
    );
    const csp: string = html.userOptions.csp;
    const directive = (name: string) =>
      csp
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith(name + " ")) ?? "";
    expect(directive("script-src")).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directive("default-src")).toBe("default-src 'self'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("connect-src")).toBe("connect-src 'self'");
    expect(fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8")).toMatch(/Content-Security-Policy/);
  });
});

describe("production dependencies past their known advisories (npm audit is run by `npm run audit:prod`)", () => {
  /** Advisories reported against exceljs 4.4.0's tree, and the first patched version of each package. */
  const PATCHED: [string, string, string][] = [
    ["tmp", "0.2.4", "GHSA-52f5-9888-hmc6 (high): symbolic link write outside the temp dir"],
    ["minimatch", "3.1.4", "ReDoS advisory covering minimatch <= 3.1.3 (high; exceljs issue 3024)"],
    ["brace-expansion", "1.1.12", "CVE-2025-5889 (low): ReDoS"],
    ["jszip", "3.8.0", "CVE-2022-48285 (moderate): file names not sanitised on loadAsync"],
  ];
  const newer = (a: string, b: string) => {
    const pa = a.split(/[.-]/).map(Number);
    const pb = b.split(/[.-]/).map(Number);
    for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
    return true;
  };

  it.each(PATCHED)("every copy of %s is at %s or later (%s)", (name, min) => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    const copies = Object.entries(lock.packages as Record<string, { version: string; dev?: boolean }>).filter(
      ([p, v]) => p.endsWith(`node_modules/${name}`) && !v.dev
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const [p, v] of copies) expect({ p, ok: newer(v.version, min) }).toEqual({ p, ok: true });
  });

  it("has the audit script", () => {
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts["audit:prod"]).toBe(
      "npm audit --omit=dev --audit-level=high"
    );
  });
});
