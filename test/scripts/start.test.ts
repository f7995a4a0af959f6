import { execFileSync } from "child_process";
import path from "path";

const script = path.resolve(__dirname, "../../scripts/start.js");

describe("npm run start", () => {
  it("prints the Excel on the web steps in Indonesian when asked for the web (or without Excel desktop)", () => {
    const out = execFileSync(process.execPath, [script, "--web"], { encoding: "utf8" });
    expect(out).toContain("Mode web dipilih (--web).");
    expect(out).toContain("npm run dev-server");
    expect(out).toMatch(/Unggah Add-in Saya/);
    expect(out).toMatch(/Upload My Add-in/);
    expect(out).toContain("manifest.xml");
  });
});
