import { TelaahError } from "../core/errors";
import { runPeriksa, PERIKSA_USAGE } from "./commands/periksa";
import { runBanding, BANDING_USAGE } from "./commands/banding";
import { runDeviasi, DEVIASI_USAGE } from "./commands/deviasi";
import { runRpa, RPA_USAGE } from "./commands/rpa";
import { EXIT_UNUSABLE, processIO, UsageError, type CliIO, type Command } from "./io";

const COMMANDS: Record<string, Command> = {
  periksa: runPeriksa,
  rpa: runRpa,
  deviasi: runDeviasi,
  banding: runBanding,
};

const HELP = `Telaah: penelaah RAB / RKA-K/L, pengisi RPA, dan pengukur deviasi Halaman III DIPA.

Pemakaian:
  ${PERIKSA_USAGE}
  ${RPA_USAGE}
  ${DEVIASI_USAGE}
  ${BANDING_USAGE}

Kode keluar: 0 tanpa galat, 1 ada temuan galat (banding: revisi mengubah pagu atau menggeser dana antar
jenis belanja), 2 masukan tidak dapat dipakai.
`;

/** Runs one CLI invocation; never throws: every failure becomes a line on stderr and an exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "bantuan") {
    io.out(HELP);
    return name ? 0 : EXIT_UNUSABLE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`telaah: perintah tidak dikenal "${name}". Perintah: ${Object.keys(COMMANDS).join(", ")}.\n`);
    return EXIT_UNUSABLE;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof TelaahError) {
      io.err(`telaah: ${e.message}\n`);
      return EXIT_UNUSABLE;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`telaah: galat tak terduga saat memproses (${message.split("\n")[0]}). Mohon laporkan beserta berkasnya.\n`);
    return EXIT_UNUSABLE;
  }
}
