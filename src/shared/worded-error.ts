/**
 * An error whose words are a catalogue key and its values, so that wherever it is shown it is
 * told in the reader's language. Its `message` is the English sentence, for logs and for code
 * that shows messages as they are.
 */
import { englishText } from './i18n/en/english-text'
import { findingText, type Translate } from './validation/finding-text'
import type { Finding } from './validation/report'

/** A value told by its name in a code list ("lodged" → "Lodged", «Подана» …). */
export interface CodeWord {
  list: string
  code: string
}

export const codeWord = (list: string, code: string): CodeWord => ({ list, code })

const isCodeWord = (value: unknown): value is CodeWord =>
  typeof value === 'object' && value !== null && 'list' in value && 'code' in value

/** The values with each CodeWord told in the reader's words. */
function wordedValues(values: Readonly<Record<string, unknown>>, t: Translate) {
  const told: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(values)) {
    told[name] = isCodeWord(value)
      ? t(`code.${value.list}.${value.code}`, { defaultValue: value.code })
      : value
  }
  return told
}

export class WordedError extends Error {
  override readonly name = 'WordedError'
  constructor(
    readonly key: string,
    readonly values: Readonly<Record<string, unknown>> = {},
  ) {
    super(englishText(key, wordedValues(values, englishText)))
  }
}

/** A refusal that is one of the validator's findings (an MRN with a wrong check character …). */
export class FindingError extends Error {
  override readonly name = 'FindingError'
  constructor(readonly finding: Finding) {
    super(findingText(finding, englishText))
  }
}

/**
 * What went wrong, in the reader's words: a WordedError's or a FindingError's sentence, else the
 * error's message.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof WordedError) return t(error.key, wordedValues(error.values, t))
  if (error instanceof FindingError) return findingText(error.finding, t)
  if (error instanceof Error) return error.message
  return String(error)
}
