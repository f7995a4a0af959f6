/**
 * Builds the add-in: the task pane (React) and the custom functions, both loaded by taskpane.html in one
 * shared runtime (see manifest.xml). Environment switches:
 *   TELAAH_PROD_URL=https://host/path/   production URL written into dist/manifest.xml (placeholder default)
 *   TELAAH_OFFICE_JS=local               copy office.js from node_modules into dist and load it from there
 *                                        (browser tests without network); default: Microsoft's CDN
 *   TELAAH_HTTP=1                        dev server over plain http (tests); default https with
 *                                        office-addin-dev-certs, which Excel requires
 *   TELAAH_PORT=3000                     dev server port
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_PROD_URL = "https://telaah.example.org/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STABLE_NAMES = new Set(["taskpane", "functions", "runtime"]);
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/** What office.js loads next to itself for Excel: host scripts and the strings of the two UI languages. */
const LOCAL_OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "en-us/office_strings.js",
  "id-id/office_strings.js",
];

function productionUrl() {
  let url = process.env.TELAAH_PROD_URL || PLACEHOLDER_PROD_URL;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`TELAAH_PROD_URL harus berupa URL https, bukan "${url}"`);
  }
  if (!url.endsWith("/")) url += "/";
  return url;
}

/** No eval, no inline script, no remote code except Office.js; Fluent UI injects its styles at run time. */
function contentSecurityPolicy({ dev, localOfficeJs }) {
  const scripts = localOfficeJs ? "'self'" : "'self' https://appsforoffice.microsoft.com";
  const connect = dev ? "'self' ws://localhost:* wss://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const localOfficeJs = process.env.TELAAH_OFFICE_JS === "local";
  const http = process.env.TELAAH_HTTP === "1";
  const port = Number(process.env.TELAAH_PORT || 3000);
  const prodUrl = dev ? DEV_URL : productionUrl();

  const copyPatterns = [
    { from: "assets/*", to: "assets/[name][ext]" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : content.toString().split(DEV_URL).join(prodUrl);
      },
    },
  ];
  if (localOfficeJs) {
    for (const file of LOCAL_OFFICE_JS_FILES) {
      // Already minified by Microsoft: marking them so keeps Terser from reprocessing 4 MB of script.
      copyPatterns.push({
        from: path.join(OFFICE_JS_DIR, "dist", file),
        to: path.join("office-js", file),
        info: { minimized: true },
      });
    }
  }

  return {
    mode: dev ? "development" : "production",
    // Source maps without eval, so the pane's CSP needs no 'unsafe-eval' even in development.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js is named in the manifest, so entry files keep stable names; other chunks are hashed.
      filename: (data) => (STABLE_NAMES.has(data.chunk && data.chunk.name) ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      // dist/node holds the CLI (`npm run build:cli`, run by `prepare`): a pane build must not delete it.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking runs separately (npm run typecheck); the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // One runtime for both entries: the pane and the custom functions share module instances.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "taskpane", "functions"],
        hash: true,
        officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
        csp: contentSecurityPolicy({ dev, localOfficeJs }),
      }),
    ],
    devServer: {
      port,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false },
      server: serving && !http ? await devServerHttps() : "http",
    },
  };
};
