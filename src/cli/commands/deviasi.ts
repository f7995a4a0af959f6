import { TelaahInputError } from "../../core/errors";
import { formatRupiah, sum, ZERO, type Decimal } from "../../core/money";
import {
  assumption,
  assumptionText,
  ikpaDeviasiHalamanIII,
  NAMA_BULAN,
  penyerapanTriwulan,
  readMonthlyTable,
  type Assumption,
  type MonthlyTable,
  type MonthlyUnit,
} from "../../core/rpa";
import { parseCommandArgs } from "../args";
import { EXIT_OK, UsageError, type CliIO } from "../io";
import { DEVIASI_USAGE } from "../usage";
import { findSheet, sheetList } from "../workbook-input";
import { openWorkbookSource } from "../workbook-source";

const n4 = (v: Decimal) => Number(v.toDecimalPlaces(4).toFixed());
const f2 = (v: Decimal) => formatRupiah(v.toDecimalPlaces(2), false);

function unitArg(name: string, v: string | undefined): MonthlyUnit | undefined {
  if (v === undefined) return undefined;
  if (v === "ribuan" || v === "rupiah") return v;
  throw new UsageError(`${name} harus "ribuan" atau "rupiah", bukan "${v}".`);
}

function monthsArg(v: string | undefined): number[] | undefined {
  if (v === undefined) return undefined;
  const out: number[] = [];
  for (const part of v.split(",")) {
    const range = /^\s*(\d{1,2})\s*(?:-\s*(\d{1,2}))?\s*$/.exec(part);
    if (!range) throw new UsageError(`--bulan tidak dapat dibaca: "${v}" (contoh: 1-6 atau 1,2,3).`);
    const a = Number(range[1]);
    const b = range[2] ? Number(range[2]) : a;
    if (a < 1 || b > 12 || b < a) throw new UsageError(`--bulan di luar 1..12: "${part}".`);
    for (let m = a; m <= b; m++) out.push(m);
  }
  return out;
}

/** `telaah deviasi`: IKPA Deviasi Halaman III DIPA from a plan sheet and a realisation sheet. */
export async function runDeviasi(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    rencana: { type: "string" },
    realisasi: { type: "string" },
    bulan: { type: "string" },
    "kecualikan-maret": { type: "string" },
    "satuan-rencana": { type: "string" },
    "satuan-realisasi": { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError(`Sebutkan tepat satu berkas. Pemakaian: ${DEVIASI_USAGE}`);
  if (!values.rencana || !values.realisasi)
    throw new UsageError(`Sebutkan lembar --rencana dan --realisasi. Pemakaian: ${DEVIASI_USAGE}`);
  const file = positionals[0];
  const bulan = monthsArg(values.bulan);
  const kecualikanMaret = values["kecualikan-maret"]
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);

  const source = await openWorkbookSource(file);
  const read = async (name: string, what: string, unit?: MonthlyUnit): Promise<MonthlyTable> => {
    const index = findSheet(source, name);
    if (index < 0)
      throw new TelaahInputError(
        `Lembar ${what} "${name}" tidak ada di ${file}; lembar yang ada: ${sheetList(source)}.`,
        "NO_SHEET"
      );
    const sheetName = source.sheetNames[index];
    const t = readMonthlyTable(await source.sheet(index), unit);
    if (!t)
      throw new TelaahInputError(`Lembar ${what} "${sheetName}" tidak memuat kolom Januari–Desember.`, "NO_MONTHS");
    if (!Object.keys(t.series).length)
      throw new TelaahInputError(
        `Lembar ${what} "${sheetName}" tidak memuat baris jenis belanja (51/52/53/57) atau akun 6 digit.`,
        "NO_JB"
      );
    return t;
  };
  const rencana = await read(values.rencana, "rencana", unitArg("--satuan-rencana", values["satuan-rencana"]));
  const realisasi = await read(
    values.realisasi,
    "realisasi",
    unitArg("--satuan-realisasi", values["satuan-realisasi"])
  );

  const extra: Assumption[] = [
    assumption(
      `Satuan lembar rencana "${rencana.sheet}": ${rencana.unit} (${rencana.unitSource}); lembar realisasi "${realisasi.sheet}": ${realisasi.unit} (${realisasi.unitSource}); semua dihitung dalam rupiah.`
    ),
  ];
  let pagu = rencana.pagu ?? realisasi.pagu;
  if (pagu)
    extra.push(
      assumption(`Pagu per jenis belanja dari kolom pagu lembar "${rencana.pagu ? rencana.sheet : realisasi.sheet}".`)
    );
  else {
    pagu = Object.fromEntries(Object.entries(rencana.series).map(([jb, s]) => [jb, sum(s.map((v) => v ?? ZERO))]));
    extra.push(
      assumption("Tidak ada kolom pagu: pagu tiap jenis belanja dianggap sama dengan jumlah RPD setahun.", true)
    );
  }
  for (const t of [rencana, realisasi]) {
    const akun = Object.entries(t.level)
      .filter(([, l]) => l === "akun")
      .map(([jb]) => jb);
    if (akun.length)
      extra.push(
        assumption(
          `Lembar "${t.sheet}": jenis belanja ${akun.join(", ")} dijumlahkan dari akunnya (dua digit pertama kode akun).`
        )
      );
    for (const p of t.problems) extra.push(assumption(p));
  }

  const ikpa = ikpaDeviasiHalamanIII(
    { pagu, rpd: rencana.series, realisasi: realisasi.series },
    { bulan, kecualikanMaret }
  );
  const serap = penyerapanTriwulan(pagu, realisasi.series, undefined, bulan ? Math.max(...bulan) : undefined);
  const assumptions = [...ikpa.assumptions, ...serap.assumptions, ...extra];

  if (values.json) {
    io.out(
      JSON.stringify({
        months: ikpa.months.map((m) => ({
          month: m.month,
          deviation: n4(m.deviation),
          byJenisBelanja: Object.fromEntries(
            m.byJenisBelanja.map((j) => [
              j.jenisBelanja,
              {
                rpd: n4(j.rpd),
                realisasi: n4(j.realisasi),
                deviation: n4(j.deviation),
                weight: n4(j.weight),
                formula: j.formula,
              },
            ])
          ),
          formula: m.formula,
        })),
        averageDeviation: ikpa.averageDeviation === null ? null : n4(ikpa.averageDeviation),
        score: ikpa.score === null ? null : n4(ikpa.score),
        formula: ikpa.formula,
        penyerapan: serap.rows.map((r) => ({
          jenisBelanja: r.jenisBelanja,
          triwulan: r.triwulan,
          persen: r.persen === null ? null : n4(r.persen),
          target: r.target === null ? null : n4(r.target),
          tercapai: r.tercapai,
        })),
        assumptions: assumptions.map(assumptionText),
      }) + "\n"
    );
    return EXIT_OK;
  }

  const jbs = [...new Set(ikpa.months.flatMap((m) => m.byJenisBelanja.map((j) => j.jenisBelanja)))].sort();
  const lines: string[] = [
    `Telaah deviasi Halaman III DIPA: ${file}`,
    `Rencana: lembar "${rencana.sheet}"; realisasi: lembar "${realisasi.sheet}"`,
    "",
  ];
  const head = ["Bulan".padEnd(10), ...jbs.map((jb) => `JB ${jb}`.padStart(8)), "Deviasi".padStart(9)];
  lines.push(head.join(" "));
  for (const m of ikpa.months) {
    const cells = jbs.map((jb) => {
      const j = m.byJenisBelanja.find((x) => x.jenisBelanja === jb);
      return (j ? f2(j.deviation) : "-").padStart(8);
    });
    lines.push([NAMA_BULAN[m.month - 1].padEnd(10), ...cells, f2(m.deviation).padStart(9)].join(" "));
  }
  if (!ikpa.months.length) lines.push("Belum ada bulan dengan realisasi.");
  lines.push(
    "",
    `Rata-rata deviasi: ${ikpa.averageDeviation === null ? "-" : `${f2(ikpa.averageDeviation)}%`}`,
    `Nilai indikator: ${ikpa.score === null ? "-" : f2(ikpa.score)}`
  );
  lines.push(
    "",
    "Rumus:",
    ...ikpa.months.map((m) => `  ${m.formula}`),
    `  ${ikpa.formula.average}`,
    `  ${ikpa.formula.score}`
  );
  if (serap.rows.length) {
    lines.push("", "Penyerapan triwulanan:");
    for (const r of serap.rows) lines.push(`  ${r.jenisBelanja} TW ${r.triwulan}: ${r.formula}`);
  }
  lines.push("", "Asumsi:", ...assumptions.map((a) => `  - ${assumptionText(a)}`));
  io.out(lines.join("\n") + "\n");
  return EXIT_OK;
}
