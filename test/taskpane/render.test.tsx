/**
 * The pane renders (react-dom/server, no browser): the tabs and the Periksa tab in Indonesian, and
 * in English when the stored language says so; the host is a stub that is never called on render.
 */
import { renderToString } from "react-dom/server";
import App from "../../src/taskpane/App";
import type { HostApi, SettingsStore } from "../../src/taskpane/host/types";

const host = new Proxy({} as HostApi, {
  get: (_, name) => () => Promise.reject(new Error(`host.${String(name)} dipanggil saat render`)),
});

function store(value: unknown): SettingsStore {
  return { load: () => value, save: () => undefined };
}

describe("the pane renders", () => {
  test("in Indonesian by default", () => {
    const html = renderToString(<App host={host} store={store(undefined)} />);
    for (const text of [
      "Periksa",
      "RPA",
      "Komparasi",
      "Pengaturan",
      "Periksa lembar aktif",
      "Hapus tanda",
      "Tandai sel",
      "Mode langsung",
      "English",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('role="tablist"');
  });

  test("in English when the settings say so", () => {
    const html = renderToString(<App host={host} store={store({ lang: "en" })} theme="dark" />);
    for (const text of ["Check", "Compare", "Settings", "Check active sheet", "Clear marks", "Bahasa Indonesia"])
      expect(html).toContain(text);
    expect(html).not.toContain("Periksa lembar aktif");
  });
});
