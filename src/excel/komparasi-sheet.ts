/**
 * Writes analysts' comparison sheets with Office.js: semula / menjadi with live formulas back to the
 * source cells, rows grouped by level (outline) and a chart per jenis belanja; and plan vs
 * realisation per month with cumulative curves. Cells go in row blocks (one sync per block), formats
 * and groups are queued and sent together, so syncs grow with blocks, never with rows.
 */
import { komparasiSheetPlan, type ComparisonResult, type MonthSeries, type SheetCell } from "../core/compare";
import { JENIS_TABLE, sheetRef } from "../core/compare/sheet-formulas";
import { chunkAddresses } from "./addresses";
import { Syncer } from "./batch";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { attempt, type HostNotice, type HostResult } from "./errors";
import { NAMA_BULAN } from "../core/rpa/months";

export interface KomparasiSheetOptions {
  /** Name for the new sheet, made unique ("Komparasi", "Komparasi (2)"). */
  baseName?: string;
  /** Only changed rows and the rows above them. */
  onlyChanged?: boolean;
  caps?: Capabilities;
  signal?: AbortSignal;
  /** Rows per write; default 1,000 (15 formulas of ~20 bytes each: well under 5 MB). */
  blockRows?: number;
  semulaLabel?: string;
  menjadiLabel?: string;
}

export interface SheetOutcome {
  sheet: string;
  rows: number;
  syncs: number;
}

const FILLS = { added: "#E2EFDA", removed: "#F4CCCC", changed: "#FFF2CC" } as const;
const HEADER_FILL = "#D9E1F2";
const MONEY = "#,##0;[Red]-#,##0";
const VOLUME = "#,##0.##";
/** Excel has eight outline levels: parents deeper than this are not grouped. */
const MAX_GROUP_DEPTH = 6;

/** A name not yet used in the workbook: "Komparasi", then "Komparasi (2)"... (31 characters at most). */
async function uniqueSheetName(context: Excel.RequestContext, syncer: Syncer, base: string): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncer.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  for (let n = 1; ; n++) {
    const name = n === 1 ? clean : `${clean.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Consecutive rows become one address ("A7:M12"), so a format call covers runs, not rows. */
function rowRuns(rows: readonly number[], from: string, to: string): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(`${from}${sorted[i]}:${to}${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

function formatAreas(
  sheet: Excel.Worksheet,
  caps: Capabilities,
  addresses: string[],
  apply: (f: Excel.RangeFormat) => void
): void {
  if (!addresses.length) return;
  if (caps.rangeAreas) for (const chunk of chunkAddresses(addresses)) apply(sheet.getRanges(chunk).format);
  else for (const a of addresses) apply(sheet.getRange(a).format);
}

function numberFormats(rows: number): string[][] {
  const line = [VOLUME, "General", MONEY, MONEY, VOLUME, "General", MONEY, MONEY, MONEY, "0.00%"];
  return Array.from({ length: rows }, () => line);
}

/**
 * Generates the comparison sheet for a result of compareBudgets whose trees were read from sheets of
 * this workbook (their names are used in the formulas).
 */
export async function writeKomparasiSheet(
  context: Excel.RequestContext,
  result: ComparisonResult,
  options: KomparasiSheetOptions = {}
): Promise<HostResult<SheetOutcome>> {
  return attempt(async (notices: HostNotice[]) => {
    const caps = options.caps ?? ALL_CAPABILITIES;
    const syncer = new Syncer(context, options.signal);
    const name = await uniqueSheetName(context, syncer, options.baseName ?? "Komparasi");
    const plan = komparasiSheetPlan(result, options);
    const sheet = context.workbook.worksheets.add(name);
    sheet.getRange("A1:O6").formulas = plan.header;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("C5:F5").merge(false);
    sheet.getRange("G5:J5").merge(false);
    const head = sheet.getRange("A5:O6").format;
    head.font.bold = true;
    head.fill.color = HEADER_FILL;
    head.horizontalAlignment = "Center";
    head.wrapText = true;

    const first = 7;
    const block = Math.max(1, options.blockRows ?? 1000);
    for (let i = 0; i < plan.rows.length; i += block) {
      const part = plan.rows.slice(i, i + block);
      const top = first + i;
      const bottom = top + part.length - 1;
      sheet.getRange(`A${top}:O${bottom}`).formulas = part;
      sheet.getRange(`C${top}:L${bottom}`).numberFormat = numberFormats(part.length);
      await syncer.sync();
    }
    const t = first + plan.rows.length;
    sheet.getRange(`A${t}:O${t}`).formulas = [plan.total];
    sheet.getRange(`C${t}:L${t}`).numberFormat = numberFormats(1);
    sheet.getRange(`A${t}:O${t}`).format.font.bold = true;

    formatAreas(sheet, caps, rowRuns(plan.parents, "A", "O"), (f) => (f.font.bold = true));
    for (const [status, color] of Object.entries(FILLS))
      formatAreas(
        sheet,
        caps,
        rowRuns(plan.status[status as keyof typeof FILLS], "A", "M"),
        (f) => (f.fill.color = color)
      );
    for (const [depth, rows] of plan.depths)
      if (depth > 0) formatAreas(sheet, caps, rowRuns(rows, "B", "B"), (f) => (f.indentLevel = Math.min(depth, 15)));

    // range.group is ExcelApi 1.10, the same set as workbook.comments.
    if (caps.comments) {
      for (const g of plan.groups)
        if (g.depth <= MAX_GROUP_DEPTH) sheet.getRange(`${g.row + 1}:${g.last}`).group("ByRows");
    } else
      notices.push({
        code: "NO_OUTLINE",
        message: "Versi Excel ini belum dapat mengelompokkan baris; lembar ditulis tanpa outline.",
        messageEn: "This Excel cannot group rows; the sheet was written without an outline.",
      });

    const jenisBottom = JENIS_TABLE.row + plan.jenis.length - 1;
    sheet.getRange(`Q${JENIS_TABLE.row}:T${jenisBottom}`).formulas = plan.jenis;
    sheet.getRange(`R${JENIS_TABLE.row + 1}:T${jenisBottom}`).numberFormat = plan.jenis
      .slice(1)
      .map(() => [MONEY, MONEY, MONEY]);
    sheet.getRange(`Q${JENIS_TABLE.row}:T${JENIS_TABLE.row}`).format.font.bold = true;
    if (plan.jenis.length > 1) {
      const chart = sheet.charts.add(
        "ColumnClustered",
        sheet.getRange(`Q${JENIS_TABLE.row}:S${jenisBottom}`),
        "Columns"
      );
      chart.title.text = "Semula dan menjadi per jenis belanja";
      chart.setPosition(`Q${jenisBottom + 2}`, `X${jenisBottom + 20}`);
    }
    const widths: [string, number][] = [
      ["A:A", 90],
      ["B:B", 320],
      ["C:L", 80],
      ["M:M", 220],
      ["N:O", 45],
      ["Q:Q", 170],
      ["R:T", 95],
    ];
    for (const [cols, w] of widths) sheet.getRange(cols).format.columnWidth = w;
    sheet.freezePanes.freezeRows(6);
    sheet.activate();
    await syncer.sync();
    return { sheet: name, rows: plan.rows.length, syncs: syncer.count };
  });
}

/** `=IF(COUNT(x)=0,"",SUM(x))` over a month's cells: blank while nothing is realised yet. */
function monthFormula(series: MonthSeries, month: number): SheetCell {
  const ranges = series.ranges[month - 1];
  if (!ranges.length) return series.values[month - 1]?.toNumber() ?? "";
  const list = ranges.map((r) => sheetRef(series.sheet, r)).join(",");
  return `=IF(COUNT(${list})=0,"",SUM(${list}))`;
}

/** The plan vs realisation table: 12 months from row 4, the total in row 16. Columns as in the header. */
export function rencanaRealisasiCells(rencana: MonthSeries, realisasi: MonthSeries): SheetCell[][] {
  const dev = (plan: string, real: string) =>
    `=IF(${real}="","",IF(N(${plan})=0,IF(N(${real})>0,100,0),MIN(100,ABS(${real}-${plan})/${plan}*100)))`;
  const rows: SheetCell[][] = [
    ["RENCANA DAN REALISASI PER BULAN", "", "", "", "", "", "", ""],
    [`Rencana: lembar "${rencana.sheet}"; realisasi: lembar "${realisasi.sheet}"`, "", "", "", "", "", "", ""],
    [
      "Bulan",
      "Rencana kumulatif",
      "Realisasi kumulatif",
      "Rencana",
      "Realisasi",
      "Selisih",
      "Deviasi (%)",
      "Deviasi kumulatif (%)",
    ],
  ];
  for (let m = 1; m <= 12; m++) {
    const n = 3 + m;
    rows.push([
      NAMA_BULAN[m - 1],
      `=SUM($D$4:D${n})`,
      `=IF(E${n}="","",SUM($E$4:E${n}))`,
      monthFormula(rencana, m),
      monthFormula(realisasi, m),
      `=IF(E${n}="","",E${n}-D${n})`,
      dev(`D${n}`, `E${n}`),
      dev(`B${n}`, `C${n}`),
    ]);
  }
  rows.push(["Jumlah", "", "", "=SUM(D4:D15)", "=SUM(E4:E15)", "=E16-D16", "", ""]);
  return rows;
}

/**
 * Generates the plan vs realisation sheet: monthly and cumulative amounts as formulas over the two
 * source sheets, the deviation per month (IKPA formula), a line chart of the cumulative curves and a
 * column chart of the months.
 */
export async function writeRencanaRealisasiSheet(
  context: Excel.RequestContext,
  rencana: MonthSeries,
  realisasi: MonthSeries,
  options: { baseName?: string; signal?: AbortSignal } = {}
): Promise<HostResult<SheetOutcome>> {
  return attempt(async () => {
    const syncer = new Syncer(context, options.signal);
    const name = await uniqueSheetName(context, syncer, options.baseName ?? "Rencana vs Realisasi");
    const sheet = context.workbook.worksheets.add(name);
    const cells = rencanaRealisasiCells(rencana, realisasi);
    sheet.getRange("A1:H16").formulas = cells;
    sheet.getRange("B4:F16").numberFormat = Array.from({ length: 13 }, () => [MONEY, MONEY, MONEY, MONEY, MONEY]);
    sheet.getRange("G4:H16").numberFormat = Array.from({ length: 13 }, () => ["0.00", "0.00"]);
    sheet.getRange("A1").format.font.bold = true;
    const head = sheet.getRange("A3:H3").format;
    head.font.bold = true;
    head.fill.color = HEADER_FILL;
    head.wrapText = true;
    sheet.getRange("A16:H16").format.font.bold = true;
    sheet.getRange("A:A").format.columnWidth = 80;
    sheet.getRange("B:H").format.columnWidth = 100;

    const curve = sheet.charts.add("Line", sheet.getRange("A3:C15"), "Columns");
    curve.title.text = "Kurva kumulatif rencana dan realisasi";
    curve.setPosition("J3", "R20");
    const monthly = sheet.charts.add("ColumnClustered", sheet.getRange("D3:E15"), "Columns");
    monthly.title.text = "Rencana dan realisasi per bulan";
    monthly.series.getItemAt(0).setXAxisValues(sheet.getRange("A4:A15"));
    monthly.series.getItemAt(1).setXAxisValues(sheet.getRange("A4:A15"));
    monthly.setPosition("J22", "R39");
    sheet.activate();
    await syncer.sync();
    return { sheet: name, rows: 12, syncs: syncer.count };
  });
}
