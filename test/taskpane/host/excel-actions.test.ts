import { exportTable, uniqueSheetName } from "../../../src/taskpane/host/excel-actions";

describe("uniqueSheetName", () => {
  test("the base name when free, else a number, compared as Excel does (case-insensitive)", () => {
    expect(uniqueSheetName("Temuan Telaah", ["Sheet1"])).toBe("Temuan Telaah");
    expect(uniqueSheetName("Temuan Telaah", ["temuan telaah", "Temuan Telaah (2)"])).toBe("Temuan Telaah (3)");
  });

  test("characters Excel refuses are replaced and the name fits 31 characters", () => {
    const name = uniqueSheetName("Temuan: lembar [RKA] / revisi ke-2 yang panjang sekali", []);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.length).toBeLessThanOrEqual(31);
    const again = uniqueSheetName(name, [name]);
    expect(again.length).toBeLessThanOrEqual(31);
    expect(again.endsWith(" (2)")).toBe(true);
  });
});

describe("exportTable", () => {
  test("writes the rows as text (numbers as numbers) into a new sheet, one sync per block of rows", async () => {
    const written: { address: string; values?: unknown; numberFormat?: unknown }[] = [];
    let syncs = 0;
    const range = (address: string) => {
      const r = { address, format: { font: { bold: false }, autofitColumns: () => undefined } } as Record<
        string,
        unknown
      >;
      const entry: (typeof written)[number] = { address };
      written.push(entry);
      Object.defineProperty(r, "values", {
        set: (v) => {
          entry.values = v;
        },
      });
      Object.defineProperty(r, "numberFormat", {
        set: (v) => {
          entry.numberFormat = v;
        },
      });
      return r;
    };
    const sheet = { getRange: range, freezePanes: { freezeRows: () => undefined }, activate: () => undefined };
    const worksheets = { items: [{ name: "Sheet1" }], add: () => sheet, load: () => worksheets };
    const context = {
      workbook: { worksheets },
      sync: async () => {
        syncs++;
      },
    } as unknown as Excel.RequestContext;
    const rows = [
      ["No", "Sel", "Pesan"],
      [1, "F10", "=SUM(A1)"],
      [2, "F11", "teks"],
    ];
    const r = await exportTable(context, "Temuan Telaah", rows);
    expect(r).toEqual({ ok: true, value: "Temuan Telaah", notices: [] });
    const data = written.find((w) => w.values !== undefined)!;
    expect(data.address).toBe("A1:C3");
    expect(data.values).toEqual(rows);
    expect(data.numberFormat).toEqual([
      ["@", "@", "@"],
      ["0", "@", "@"],
      ["0", "@", "@"],
    ]);
    expect(syncs).toBe(3);
  });
});
