import { EXIT_UNUSABLE, failureSentence, processIO, type CliIO, type Command } from "./io";
import { BANDING_USAGE, DEVIASI_USAGE, PERIKSA_USAGE, RPA_USAGE } from "./usage";

/**
 * Each command is loaded when it is called: `periksa` does not pay for loading `banding` or `rpa`.
 * `require`, not `import()`: the CLI is CommonJS, and a native import() of an extensionless path would
 * miss the TypeScript loaders the tests run the sources with.
 */
type CommandModule = Record<string, Command>;
const lazy = (load: () => CommandModule, name: string) => async (): Promise<Command> => load()[name];
const COMMANDS: Record<string, () => Promise<Command>> = {
  periksa: lazy(() => require("./commands/periksa"), "runPeriksa"),
  rpa: lazy(() => require("./commands/rpa"), "runRpa"),
  deviasi: lazy(() => require("./commands/deviasi"), "runDeviasi"),
  banding: lazy(() => require("./commands/banding"), "runBanding"),
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
  const load = COMMANDS[name];
  if (!load) {
    io.err(`telaah: perintah tidak dikenal "${name}". Perintah: ${Object.keys(COMMANDS).join(", ")}.\n`);
    return EXIT_UNUSABLE;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    io.err(`telaah: ${failureSentence(e)}\n`);
    return EXIT_UNUSABLE;
  }
}
