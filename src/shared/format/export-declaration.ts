/**
 * The text export writes for a declaration, held to the same MAX_DECLARATION_FILE_BYTES as
 * import, so that every exported file can be imported again.
 *
 * Export writes canonical JSON indented by two spaces, which can be larger than the file the
 * declaration came from (the indentation; numbers written out in full, 1e20 as
 * 100000000000000000000) and than anything import accepts (a declaration grows as it is edited).
 * Refusing every such export would leave a 16 MiB import stuck in the workspace, and cutting
 * anything would lose data; so:
 * - the indented form when it fits;
 * - else the compact canonical form: the same data to the last element, only without line
 *   breaks and indentation, which every reader accepts. A file imported within the limit always
 *   fits this way unless it spelled numbers in exponent form (strings and keys never grow:
 *   JSON.stringify escapes no more than a file must);
 * - else nothing is written and one sentence says why; the declaration stays in the workspace
 *   as it is, to be shortened or split.
 */
import { englishText } from '../i18n/en/english-text'
import type { Translate } from '../validation/describe'
import { canonicalJson } from './canonical-json'
import { MAX_DECLARATION_FILE_BYTES } from './constants'
import { formatMiB } from './read-declaration'

export function declarationFileText(
  document: unknown,
  fileName: string,
  t: Translate = englishText,
): { text: string; compact: boolean } | { message: string } {
  const indented = canonicalJson(document, 2)
  if (utf8Length(indented) <= MAX_DECLARATION_FILE_BYTES) return { text: indented, compact: false }
  const compact = canonicalJson(document)
  const size = utf8Length(compact)
  if (size <= MAX_DECLARATION_FILE_BYTES) return { text: compact, compact: true }
  return {
    message: t('read.exportTooLarge', {
      file: fileName,
      size: formatMiB(size),
      limit: formatMiB(),
    }),
  }
}

/** The bytes `text` takes in UTF-8, counted without encoding it (a lone surrogate: U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
