/**
 * Named errors. The CLI maps each to an exit code and prints one line;
 * a stack trace is shown only with `--debug`.
 */

/** Bad command line: unknown option, missing path, bad format. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input the run cannot go on without (no readable articles, a malformed fact file). Exit 2. */
export class InputError extends Error {
  override name = 'InputError';
  /** Extra one-line problems, each already naming its file and place. */
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.details = details;
  }
}

/** Exit codes, documented in `--help` and the README. */
export const EXIT = {
  clean: 0,
  findings: 1,
  usage: 2,
} as const;
