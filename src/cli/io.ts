import { TelaahError } from "../core/errors";

/** Where a command writes: the real process streams in the CLI, buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** A person watches stderr (a terminal): a long run may show its progress there. */
  errIsTerminal?: boolean;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTerminal: process.stderr.isTTY === true,
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** A command: parses its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Bad arguments: the command prints the sentence and exits 2. */
export class UsageError extends Error {}

/**
 * The one sentence a failure is told in: the user's mistake or unusable input as it was said, anything
 * else as Telaah's own fault, first line only (never a stack trace).
 */
export function failureSentence(e: unknown): string {
  if (e instanceof UsageError || e instanceof TelaahError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return `galat tak terduga saat memproses (${message.split("\n")[0]}). Mohon laporkan beserta berkasnya.`;
}
