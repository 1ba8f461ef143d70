/** Where the command line writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** bytes to standard output, as they are (a PDF written with `-o -`) */
  stdoutBytes(bytes: Uint8Array): void
  /** standard output is a terminal: `-o -` is refused rather than fill it with PDF bytes */
  readonly stdoutIsTerminal?: boolean
}

/** A usage mistake: reported on stderr with the usage, exit 2. */
export class UsageError extends Error {}

export const EXIT = { valid: 0, errors: 1, unreadable: 2, usage: 2 } as const
