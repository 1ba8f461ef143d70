/**
 * An error whose words are a catalogue key and its values, so that wherever it is shown it is
 * told in the reader's language. Its `message` is the English sentence, for logs and for code
 * that shows messages as they are.
 */
import { englishText } from './i18n/en/english-text'
import type { Translate } from './validation/finding-text'

export class WordedError extends Error {
  override readonly name = 'WordedError'
  constructor(
    readonly key: string,
    readonly values: Readonly<Record<string, unknown>> = {},
  ) {
    super(englishText(key, { ...values }))
  }
}

/** What went wrong, in the reader's words: a WordedError's sentence, else the error's message. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof WordedError) return t(error.key, { ...error.values })
  if (error instanceof Error) return error.message
  return String(error)
}
