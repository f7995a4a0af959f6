/**
 * Misuse of the code throws one of these. Problems in the user's workbook are never thrown:
 * they are findings, or a TelaahInputError that hosts turn into a clear Indonesian message.
 */
export class TelaahError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message);
    this.name = "TelaahError";
  }
}

/** The input cannot be used at all (not a workbook, no budget table): exit code 2 in the CLI. */
export class TelaahInputError extends TelaahError {
  constructor(message: string, code = "INPUT") {
    super(message, code);
    this.name = "TelaahInputError";
  }
}
