import type { Finding, Severity } from "../../src/core/findings/finding";
import { capabilitiesUpTo } from "../../src/excel/capabilities";
import { clearMarks } from "../../src/excel/marks-clear";
import { markFindings, noteText } from "../../src/excel/marks";
import { DEFAULT_MARK_COLORS, settingKey } from "../../src/excel/mark-record";
import { FakeExcel } from "./fake-context";
import { FakeWorkbook, NO_FILL } from "./fake-workbook";

function finding(cell: string, severity: Severity = "error", rule = "ARITH-JUMLAH", sheet = "RAB"): Finding {
  const row = Number(cell.replace(/\D/g, ""));
  return {
    rule,
    severity,
    sheet,
    cell,
    row,
    message: `Jumlah di ${cell} tidak sama dengan volume x harga satuan.`,
    messageEn: `Amount in ${cell} differs from volume x unit price.`,
    basis: "PMK 62/2023",
  };
}

function workbook() {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("RAB");
  sheet.setRows(0, 0, [["Kode", "Uraian", "Vol", "Harga", "Jumlah"]]);
  for (let r = 1; r <= 400; r++) sheet.setRows(r, 0, [["", `baris ${r}`, 2, 1000, 2000]]);
  return { wb, sheet };
}

describe("markFindings and clearMarks", () => {
  it("paints each cell with its worst severity, adds notes, and restores the previous fills exactly", async () => {
    const { wb, sheet } = workbook();
    sheet.setFill("E3", { color: "#00B050" });
    sheet.setFill("E4", { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000", tintAndShade: 0.4 });
    const before = ["E2", "E3", "E4", "C5"].map((a) => sheet.fillAt(a));
    const findings = [
      finding("E2"),
      finding("E3", "warning"),
      finding("E3", "error", "RUMUS-ANGKA"),
      finding("E4", "info"),
      finding("C5", "warning"),
    ];
    const fake = new FakeExcel(wb);

    const res = await markFindings(fake.context, findings);

    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.cells).toBe(4);
    expect(sheet.fillAt("E2").color).toBe(DEFAULT_MARK_COLORS.error);
    expect(sheet.fillAt("E3").color).toBe(DEFAULT_MARK_COLORS.error);
    expect(sheet.fillAt("E4")).toMatchObject({ color: DEFAULT_MARK_COLORS.info, pattern: "Solid" });
    expect(sheet.fillAt("C5").color).toBe(DEFAULT_MARK_COLORS.warning);
    expect(sheet.notes.get("E3")).toContain("RUMUS-ANGKA");
    expect(sheet.notes.get("E3")).toContain("[Kesalahan]");
    expect(sheet.notes.size).toBe(4);
    expect(wb.settings.has(settingKey("RAB"))).toBe(true);

    const cleared = await clearMarks(new FakeExcel(wb).context);

    if (!cleared.ok) throw new Error(cleared.error.message);
    expect(cleared.value).toMatchObject({ restored: 4, notesRemoved: 4, keptUserFill: 0 });
    expect(["E2", "E3", "E4", "C5"].map((a) => sheet.fillAt(a))).toEqual(before);
    expect(sheet.at("E2")?.fill).toBeUndefined();
    expect(sheet.notes.size).toBe(0);
    expect(wb.settings.has(settingKey("RAB"))).toBe(false);
  });

  it("keeps syncs constant in the number of findings within a batch, growing only per batch", async () => {
    const syncsFor = async (n: number) => {
      const { wb } = workbook();
      const fake = new FakeExcel(wb);
      const findings = Array.from({ length: n }, (_, i) => finding(`E${i + 2}`, i % 3 === 0 ? "error" : "warning"));
      const res = await markFindings(fake.context, findings, { cellsPerSync: 500 });
      if (!res.ok) throw new Error(res.error.message);
      return fake.stats.syncs;
    };
    const s10 = await syncsFor(10);
    const s300 = await syncsFor(300);
    expect(s300).toBe(s10);
  });

  it("paints many cells with few range calls (RangeAreas), chunked under the address limit", async () => {
    const { wb, sheet } = workbook();
    const findings = Array.from({ length: 200 }, (_, i) => finding(`${i % 2 ? "C" : "E"}${2 * i + 2}`));
    const res = await markFindings(new FakeExcel(wb).context, findings, { notes: false });
    if (!res.ok) throw new Error(res.error.message);
    for (const f of findings) expect(sheet.fillAt(f.cell).color).toBe(DEFAULT_MARK_COLORS.error);
    expect(sheet.fillAt("E3")).toEqual(NO_FILL);
  });

  it("leaves the user's own notes alone and says how many cells got no message", async () => {
    const { wb, sheet } = workbook();
    sheet.notes.set("E2", "catatan saya");
    const res = await markFindings(new FakeExcel(wb).context, [finding("E2"), finding("E3")]);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.skippedNotes).toBe(1);
    expect(res.notices.map((n) => n.code)).toContain("NOTES_SKIPPED");
    expect(sheet.notes.get("E2")).toBe("catatan saya");

    await clearMarks(new FakeExcel(wb).context);
    expect(sheet.notes.get("E2")).toBe("catatan saya");
    expect(sheet.notes.has("E3")).toBe(false);
  });

  it("keeps a fill or note the user changed after marking", async () => {
    const { wb, sheet } = workbook();
    await markFindings(new FakeExcel(wb).context, [finding("E2"), finding("E3")]);
    sheet.setFill("E2", { color: "#0070C0" });
    sheet.notes.set("E3", "sudah saya perbaiki");

    const res = await clearMarks(new FakeExcel(wb).context);

    if (!res.ok) throw new Error(res.error.message);
    expect(res.value).toMatchObject({ restored: 1, keptUserFill: 1, notesRemoved: 1, keptEdited: 1 });
    expect(sheet.fillAt("E2").color).toBe("#0070C0");
    expect(sheet.notes.get("E3")).toBe("sudah saya perbaiki");
  });

  it("marking again first clears the earlier marks, so the original fill survives two checks", async () => {
    const { wb, sheet } = workbook();
    sheet.setFill("E2", { color: "#00B050" });
    await markFindings(new FakeExcel(wb).context, [finding("E2")]);
    await markFindings(new FakeExcel(wb).context, [finding("E2", "warning")]);
    expect(sheet.fillAt("E2").color).toBe(DEFAULT_MARK_COLORS.warning);
    expect(sheet.notes.size).toBe(1);

    await clearMarks(new FakeExcel(wb).context);
    expect(sheet.fillAt("E2").color).toBe("#00B050");
  });

  it("uses comments on Excel without notes (ExcelApi 1.10 to 1.17) and removes only its own", async () => {
    const { wb } = workbook();
    wb.addComment("RAB!E3", "komentar pengguna");
    const caps = capabilitiesUpTo("1.17");
    const res = await markFindings(new FakeExcel(wb, { caps }).context, [finding("E2"), finding("E3")], { caps });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.comments).toBe(1);
    expect(wb.comments.map((c) => c.address).sort()).toEqual(["E2", "E3"]);

    const cleared = await clearMarks(new FakeExcel(wb, { caps }).context, { caps });
    if (!cleared.ok) throw new Error(cleared.error.message);
    expect(cleared.value.commentsRemoved).toBe(1);
    expect(wb.comments.map((c) => c.content)).toEqual(["komentar pengguna"]);
  });

  it("only colours on Excel without notes or comments, and says so", async () => {
    const { wb, sheet } = workbook();
    const caps = capabilitiesUpTo("1.9");
    const res = await markFindings(new FakeExcel(wb, { caps }).context, [finding("E2")], { caps });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.notices.map((n) => n.code)).toEqual(["NO_NOTES"]);
    expect(sheet.fillAt("E2").color).toBe(DEFAULT_MARK_COLORS.error);
  });

  it("falls back to colour-only runs before ExcelApi 1.9", async () => {
    const { wb, sheet } = workbook();
    sheet.setFill("E3", { color: "#00B050" });
    const caps = capabilitiesUpTo("1.8");
    const res = await markFindings(new FakeExcel(wb, { caps }).context, [finding("E2"), finding("E3")], { caps });
    if (!res.ok) throw new Error(res.error.message);
    expect(sheet.fillAt("E3").color).toBe(DEFAULT_MARK_COLORS.error);
    const cleared = await clearMarks(new FakeExcel(wb, { caps }).context, { caps, record: res.value.record });
    if (!cleared.ok) throw new Error(cleared.error.message);
    expect(sheet.fillAt("E3").color).toBe("#00B050");
    expect(sheet.at("E2")?.fill).toBeUndefined();
  });

  it("refuses a protected sheet with the Indonesian message and writes nothing", async () => {
    const { wb, sheet } = workbook();
    sheet.protected = true;
    const res = await markFindings(new FakeExcel(wb).context, [finding("E2")]);
    expect(res.ok ? "ok" : res.error.code).toBe("PROTECTED");
    if (!res.ok) expect(res.error.message).toMatch(/dilindungi/);
    expect(sheet.at("E2")?.fill).toBeUndefined();
  });

  it("ignores findings about other sheets", async () => {
    const { wb, sheet } = workbook();
    const res = await markFindings(new FakeExcel(wb).context, [finding("E2", "error", "ARITH-JUMLAH", "Lain")]);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.cells).toBe(0);
    expect(sheet.at("E2")?.fill).toBeUndefined();
  });
});

describe("noteText", () => {
  it("lists each finding with its severity in the chosen language and stays short", () => {
    const f = finding("E2");
    expect(noteText([f])).toBe(`Telaah: 1 temuan\n• [Kesalahan] ARITH-JUMLAH: ${f.message}`);
    expect(noteText([f], "en")).toContain(`[Error] ARITH-JUMLAH: ${f.messageEn}`);
    const many = Array.from({ length: 100 }, () => f);
    expect(noteText(many).length).toBeLessThanOrEqual(1500);
  });
});
