/**
 * Checks manifest.xml offline (no Microsoft validation service): identity, permissions, requirement
 * sets, the shared runtime wiring, resource ids, URLs, and that every icon exists at its declared size.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Enough XML for a manifest: elements, attributes, text, comments and the declaration. */
function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = a[2].replace(/&amp;/g, "&");
      const node: XmlNode = { name: m[2], attrs, children: [], text: "" };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    } else if (m[5]) top.text += m[5].trim();
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  return root.children[0];
}

function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    if (n.name === name) out.push(n);
    n.children.forEach(visit);
  };
  visit(node);
  return out;
}

function one(node: XmlNode, name: string): XmlNode {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const manifestText = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(manifestText);
const resources = one(manifest, "Resources");
const images = new Map(all(resources, "bt:Image").map((n) => [n.attrs.id, n.attrs.DefaultValue]));
const urls = new Map(all(resources, "bt:Url").map((n) => [n.attrs.id, n.attrs.DefaultValue]));
const shortStrings = new Map(
  all(one(resources, "bt:ShortStrings"), "bt:String").map((n) => [n.attrs.id, n.attrs.DefaultValue])
);
const longStrings = new Map(
  all(one(resources, "bt:LongStrings"), "bt:String").map((n) => [n.attrs.id, n.attrs.DefaultValue])
);

/** Where a dev URL's file comes from in the repository (assets are copied as they are). */
function sourceOf(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel with a fresh GUID and a four-part version matching package.json", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    const id = one(manifest, "Id").text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // Not one of Microsoft's template ids.
    expect(["05c2e1c9-3e1d-406e-9a91-e9ac64854143", "ca968be6-628b-4f14-ba3c-3e614effa9bd"]).not.toContain(id);
    const version = one(manifest, "Version").text;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version).toBe(`${pkg.version}.0`);
    const hosts = manifest.children.find((c) => c.name === "Hosts")!;
    expect(hosts.children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  it("asks for ReadWriteDocument and no more, and for the shared runtime's requirement sets", () => {
    expect(one(manifest, "Permissions").text).toBe("ReadWriteDocument");
    const sets = all(one(manifest, "Requirements"), "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets.sort()).toEqual(["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"]);
    expect(all(manifest, "AppDomain")).toEqual([]);
  });

  it("runs the pane, the ribbon and the custom functions in one long-lived runtime", () => {
    const runtime = one(manifest, "Runtime");
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const customFunctions = all(manifest, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
    expect(one(one(customFunctions, "Page"), "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    expect(one(manifest, "FunctionFile").attrs.resid).toBe("Taskpane.Url");
    const action = one(manifest, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(one(action, "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    expect(urls.get("Taskpane.Url")).toBe(one(one(manifest, "DefaultSettings"), "SourceLocation").attrs.DefaultValue);
    expect(shortStrings.get(one(customFunctions, "Namespace").attrs.resid)).toBe("TELAAH");
  });

  it("puts a Telaah button on the Home tab", () => {
    const tab = one(manifest, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const control = one(tab, "Control");
    expect(control.attrs["xsi:type"]).toBe("Button");
    expect(shortStrings.get(one(control, "Label").attrs.resid)).toBe("Telaah");
  });

  it("resolves every resid to a resource of the right kind, within Office's length limits", () => {
    const kinds: Record<string, Map<string, string>> = {
      "bt:Image": images,
      SourceLocation: urls,
      LearnMoreUrl: urls,
      FunctionFile: urls,
      Runtime: urls,
      Label: shortStrings,
      Title: shortStrings,
      Namespace: shortStrings,
      Description: longStrings,
    };
    const visit = (n: XmlNode, inResources: boolean) => {
      if (!inResources && n.attrs.resid !== undefined) {
        const pool = kinds[n.name];
        expect({ element: n.name, resid: n.attrs.resid, found: pool?.has(n.attrs.resid) }).toEqual({
          element: n.name,
          resid: n.attrs.resid,
          found: true,
        });
        expect(n.attrs.resid.length).toBeLessThanOrEqual(32);
      }
      n.children.forEach((c) => visit(c, inResources || n.name === "Resources"));
    };
    visit(manifest, false);
    for (const v of shortStrings.values()) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of longStrings.values()) expect(v.length).toBeLessThanOrEqual(250);
  });

  it("uses https everywhere, the dev server for every file it serves", () => {
    const found = [...manifestText.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) expect(url).toMatch(/^https:\/\//);
    for (const url of found) expect(url.startsWith(DEV_URL)).toBe(true);
    expect(urls.get("Functions.Script.Url")).toBe(`${DEV_URL}functions.js`);
    expect(urls.get("Functions.Metadata.Url")).toBe(`${DEV_URL}functions.json`);
  });

  it("references icons that exist in assets/ at the size each place declares", () => {
    const declared: [string, number][] = [
      [one(manifest, "IconUrl").attrs.DefaultValue, 32],
      [one(manifest, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ];
    for (const img of all(manifest, "bt:Image").filter((n) => n.attrs.size)) {
      declared.push([images.get(img.attrs.resid)!, Number(img.attrs.size)]);
    }
    expect(declared.length).toBeGreaterThan(4);
    for (const [url, size] of declared) {
      const file = sourceOf(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const url of [...urls.values()].filter((u) => u.includes("/assets/"))) {
      expect(fs.existsSync(sourceOf(url))).toBe(true);
    }
  });

  it("gets the production URL in place of the dev URL when built for production", async () => {
    process.env.TELAAH_PROD_URL = "https://telaah.kemenkeu.example/addin";
    try {
      const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
        env: object,
        argv: object
      ) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[] }>;
      const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest*.xml");
      const built = String(pattern!.transform!(Buffer.from(manifestText)));
      expect(built).not.toContain(DEV_URL);
      expect(built).toContain('"https://telaah.kemenkeu.example/addin/taskpane.html"');
      expect(parseXml(built).name).toBe("OfficeApp");
    } finally {
      delete process.env.TELAAH_PROD_URL;
    }
  });
});
