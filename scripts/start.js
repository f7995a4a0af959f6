#!/usr/bin/env node
/**
 * `npm run start`: sideloads the add-in into Excel desktop through office-addin-debugging when it is
 * installed (Windows or macOS with Excel); otherwise prints the steps for Excel on the web.
 * office-addin-debugging is deliberately not a dependency: install it yourself where Excel desktop exists
 * (npm install --no-save office-addin-debugging). Options: --web (print the web steps only).
 */
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

/** The office-addin-debugging CLI script, or null when the package is not installed. */
function debuggingCli() {
  let pkgPath;
  try {
    pkgPath = require.resolve("office-addin-debugging/package.json", { paths: [root] });
  } catch {
    return null;
  }
  const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
  return bin ? path.join(path.dirname(pkgPath), bin) : null;
}

function webSteps(reason) {
  const lines = [
    reason,
    "",
    "Memasang Telaah di Excel untuk web:",
    "  1. Jalankan server pengembangan:  npm run dev-server",
    "     (https://localhost:3000; saat pertama, office-addin-dev-certs meminta Anda memercayai sertifikat",
    "     localhost. Buka https://localhost:3000/taskpane.html sekali di peramban untuk memastikannya.)",
    "  2. Buka Excel untuk web (https://www.office.com atau https://excel.cloud.microsoft), lalu buka atau buat",
    "     buku kerja.",
    "  3. Pilih Sisipkan > Add-in > Kelola Add-in Saya > Unggah Add-in Saya",
    "     (versi Inggris: Insert > Add-ins > Upload My Add-in; di tampilan baru: Beranda > Add-in >",
    "     Add-in Lainnya > Add-in Saya > Unggah Add-in Saya).",
    `  4. Pilih berkas ${path.relative(process.cwd(), manifest) || "manifest.xml"} lalu klik Unggah.`,
    "  5. Klik tombol Telaah di tab Beranda. Fungsi =TELAAH.AKUN(521211) dan lainnya langsung tersedia.",
    "",
    "Untuk produksi: TELAAH_PROD_URL=https://alamat-anda/ npm run build, unggah isi dist/ ke alamat itu,",
    "lalu pasang dist/manifest.xml dengan cara yang sama (atau lewat Pusat Admin Microsoft 365).",
    "",
    "Excel desktop (Windows/macOS): npm install --no-save office-addin-debugging, lalu npm run start.",
  ];
  console.log(lines.join("\n"));
}

function main() {
  const forceWeb = process.argv.includes("--web");
  const desktopPlatform = process.platform === "win32" || process.platform === "darwin";
  const cli = forceWeb ? null : debuggingCli();
  if (!cli || !desktopPlatform) {
    const reason = forceWeb
      ? "Mode web dipilih (--web)."
      : !desktopPlatform
        ? `Excel desktop tidak tersedia di ${process.platform}.`
        : "office-addin-debugging tidak terpasang, jadi Telaah tidak dapat dipasang otomatis ke Excel desktop.";
    webSteps(reason);
    return;
  }
  console.log("Memasang Telaah ke Excel desktop dan menjalankan server pengembangan...");
  const child = spawn(
    process.execPath,
    [
      cli,
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      process.env.TELAAH_PORT || "3000",
    ],
    {
      cwd: root,
      stdio: "inherit",
    }
  );
  child.on("exit", (code) => {
    process.exitCode = code === null ? 1 : code;
  });
}

main();
