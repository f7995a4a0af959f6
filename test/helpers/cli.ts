import { main } from "../../src/cli/main";
import type { CliIO, Command } from "../../src/cli/io";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI (or one command) in-process, capturing what it prints. */
export async function runCli(argv: string[], command: Command = main): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await command(argv, io);
  return { code, out, err };
}
