import type { Tahap } from "../../core/options";
import { parseCommandArgs, parseYear } from "../args";
import { readSbmFile } from "../environment";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from "../io";
import { runBatch } from "../periksa/batch";
import { checkFile, type PeriksaSettings } from "../periksa/check-file";
import { namesFolder } from "../periksa/inputs";
import { checkedJson } from "../periksa/report-json";
import { formatTextReport } from "../periksa/report-text";
import { PERIKSA_USAGE } from "../usage";

function parseThreads(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64)
    throw new UsageError(`--paralel harus bilangan bulat 1 sampai 64, bukan "${text}".`);
  return n;
}

/**
 * `telaah periksa`: checks one budget sheet and reports its findings; given several files or a folder,
 * checks each workbook and closes with a table per file.
 */
export async function runPeriksa(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lembar: { type: "string" },
    tahun: { type: "string" },
    provinsi: { type: "string" },
    tahap: { type: "string" },
    sbm: { type: "string" },
    json: { type: "boolean" },
    keluaran: { type: "string" },
    ringkas: { type: "boolean" },
    paralel: { type: "string" },
  });
  if (positionals.length === 0)
    throw new UsageError(`Sebutkan berkas atau folder yang diperiksa. Pemakaian: ${PERIKSA_USAGE}`);
  const tahap = (values.tahap ?? "perencanaan") as Tahap;
  if (tahap !== "perencanaan" && tahap !== "pelaksanaan")
    throw new UsageError(`--tahap harus "perencanaan" atau "pelaksanaan", bukan "${values.tahap}".`);
  if (values.json && values.ringkas) throw new UsageError("--ringkas dan --json tidak dapat dipakai bersama.");
  const paralel = parseThreads(values.paralel);
  const settings: PeriksaSettings = {
    lembar: values.lembar,
    tahun: parseYear(values.tahun),
    provinsi: values.provinsi,
    tahap,
    sbmFiles: values.sbm ? [await readSbmFile(values.sbm)] : [],
  };

  if (positionals.length > 1 || (await namesFolder(positionals)))
    return runBatch(
      positionals,
      settings,
      { json: !!values.json, ringkas: !!values.ringkas, keluaran: values.keluaran, paralel },
      io
    );

  const checked = await checkFile({ file: positionals[0], copyTo: values.keluaran, settings });
  io.out(
    values.json ? JSON.stringify(checkedJson(checked)) + "\n" : formatTextReport(checked, { findings: !values.ringkas })
  );
  return checked.summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
