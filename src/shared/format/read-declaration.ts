/**
 * Reading an exchange file: decide whether it is readable at all (declaration-format.md,
 * "Reading files") and list the unknown elements it carries. Whether the declaration is
 * *valid* is the validator's business: a readable draft with faults still imports.
 */
import { isJsonObject, toPointer, type JsonObject } from '../json'
import { DECLARATION_FORMAT, MAX_DECLARATION_FILE_BYTES } from './constants'
import { DeclarationFileSchema } from './schema'
import { findUnknownElements } from './unknown-elements'

export type ReadDeclarationResult =
  { ok: true; declaration: JsonObject; warnings: string[] } | { ok: false; message: string }

/**
 * @param text the file decoded as UTF-8 without `fatal` (invalid bytes become U+FFFD)
 * @param byteLength the file's size on disk, checked before anything else
 */
export function readDeclarationText(
  fileName: string,
  text: string,
  byteLength: number,
): ReadDeclarationResult {
  const refuse = (reason: string): ReadDeclarationResult => ({
    ok: false,
    message: `“${fileName}” cannot be read: ${reason}.`,
  })
  if (byteLength > MAX_DECLARATION_FILE_BYTES) {
    return refuse(
      `it is ${formatMiB(byteLength)}, larger than the 16 MiB a declaration file may be`,
    )
  }
  if (byteLength === 0 || text.trim() === '') return refuse('the file is empty')
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return refuse('it is not UTF-8 text (it looks like a binary or differently encoded file)')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // V8 quotes the offending text, which may hold line breaks: keep the message one line.
    const detail = (error as Error).message.replace(/[\s\p{Cc}]+/gu, ' ').trim()
    return refuse(`it is not valid JSON (${detail})`)
  }
  if (!isJsonObject(parsed)) return refuse('it holds JSON, but not a declaration object')
  if (!('format' in parsed))
    return refuse(`it has no "format" element; expected "${DECLARATION_FORMAT}"`)
  if (parsed.format !== DECLARATION_FORMAT) {
    return refuse(
      `its format is ${JSON.stringify(parsed.format).slice(0, 60)}, not "${DECLARATION_FORMAT}"`,
    )
  }
  const warnings = findUnknownElements(DeclarationFileSchema, parsed).map(
    (path) => `Unknown element ${toPointer(path)} was kept as it is.`,
  )
  return { ok: true, declaration: parsed, warnings }
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
