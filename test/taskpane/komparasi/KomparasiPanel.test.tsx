import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { compareBudgets } from "../../../src/core/compare";
import { TelaahInputError } from "../../../src/core/errors";
import type { SheetSnapshot } from "../../../src/core/sheet/snapshot";
import { HostContext, PaneProvider } from "../../../src/taskpane/context";
import type { HostApi } from "../../../src/taskpane/host/types";
import KomparasiPanel, {
  RevisiSummary,
  loadTree,
  runKomparasi,
  type KomparasiActions,
} from "../../../src/taskpane/komparasi/KomparasiPanel";
import { allLines, sampleBudget, toKertasKerja, toRkakl, treeOf } from "../../core/compare/budget-model";
import { rpa } from "../../fixtures/layouts";
import { sheetOf } from "../../helpers/sheets";

function fakeHost(sheets: Record<string, SheetSnapshot>): HostApi {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value, notices: [] });
  return {
    readSheet: (name: string) =>
      sheets[name]
        ? ok(sheets[name])
        : Promise.resolve({
            ok: false as const,
            error: { code: "NOT_FOUND" as const, message: "Lembar tidak ditemukan.", messageEn: "Sheet not found." },
          }),
    listSheets: () => ok(Object.keys(sheets)),
  } as unknown as HostApi;
}

const after = sampleBudget();
allLines(after).find((x) => x.line.uraian === "Laptop untuk staf")!.line.harga = 14000000;
const sheets = {
  Semula: toRkakl(sampleBudget(), "Semula"),
  Menjadi: toKertasKerja(after, "Menjadi"),
  Catatan: sheetOf([["catatan saja"]], { name: "Catatan" }),
  RPA: rpa(),
};

describe("runKomparasi", () => {
  it("reads both sheets through the host and compares them, whatever their layouts", async () => {
    const out = await runKomparasi(fakeHost(sheets), "revisi", "Semula", "Menjadi", "id");
    if (out.mode !== "revisi") throw new Error("mode");
    expect(out.result.changes.map((c) => c.uraian)).toEqual(["- Laptop untuk staf [4 UNIT]"]);
    expect(out.result.flags.map((f) => f.rule)).toEqual(["REVISI-PAGU", "REVISI-OPERASIONAL"]); // the laptop sits in komponen 002
  });

  it("turns a sheet without a budget table into a message in the pane's language", async () => {
    await expect(loadTree(fakeHost(sheets), "Catatan", "id")).rejects.toThrow(
      new TelaahInputError(
        'Lembar "Catatan" tidak memuat tabel anggaran yang dikenali (baris judul kode/uraian/jumlah tidak ditemukan).'
      )
    );
    await expect(loadTree(fakeHost(sheets), "Catatan", "en")).rejects.toThrow(/holds no budget table/);
    await expect(runKomparasi(fakeHost(sheets), "plan", "Semula", "RPA", "id")).rejects.toThrow(
      /tidak memuat kolom bulan/
    );
    await expect(loadTree(fakeHost(sheets), "Hilang", "id")).rejects.toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("lines up the months of a plan and a realisation sheet", async () => {
    const out = await runKomparasi(fakeHost(sheets), "plan", "RPA", "RPA", "id");
    if (out.mode !== "plan") throw new Error("mode");
    expect(out.months).toHaveLength(12);
    expect(out.rencana.sheet).toBe("Sheet1");
  });
});

describe("KomparasiPanel rendering", () => {
  const store = { load: () => ({}), save: () => undefined };
  const actions: KomparasiActions = { writeComparison: jest.fn(), writePlanRealisation: jest.fn() };

  it("renders the mode choice, both sheet pickers and a disabled run button before sheets are chosen", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PaneProvider store={store}>
          <HostContext.Provider value={fakeHost(sheets)}>
            <KomparasiPanel actions={actions} />
          </HostContext.Provider>
        </PaneProvider>
      </FluentProvider>
    );
    expect(html).toContain("Semula / menjadi (revisi)");
    expect(html).toContain("Lembar semula");
    expect(html).toMatch(/data-testid="komparasi-run"[^>]*disabled|disabled[^>]*data-testid="komparasi-run"/);
  });

  it("summarises a comparison: pagu, counts, flags with their basis, jenis belanja, changed lines", () => {
    const result = compareBudgets(treeOf(sheets.Semula), treeOf(sheets.Menjadi));
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <RevisiSummary result={result} lang="id" />
      </FluentProvider>
    );
    expect(html).toContain("1 berubah, 0 baru, 0 dihapus");
    expect(html).toContain("REVISI-PAGU");
    expect(html).toContain("PAGU-01");
    expect(html).toContain("53 BELANJA MODAL");
    expect(html).toContain("-Rp4.000.000");
    expect(html).toContain("berubah · Menjadi!");
  });
});
