/**
 * Rows from the database into a backup file (format: shared/backup/format.ts). The file holds
 * a declaration's search words in its row and a compressed document as base64 text; the
 * database keeps the words in bucket rows and the document as bytes. The way back is the
 * backup check (backup-check.ts), which takes nothing from the file unparsed.
 */
import { toBase64 } from '../../shared/backup/base64'
import type { JsonObject } from '../../shared/json'
import { wordsOf } from './search-words'
import type { StoredDocument } from './stored-document'

/** A declaration row as a backup holds it: with its words (`text` from its bucket). */
export function backupDeclarationRow(row: JsonObject, text: string | undefined): JsonObject {
  return { ...row, words: text === undefined ? [] : wordsOf(text) }
}

/** A document row as a backup holds it: a compressed document as base64 text. */
export function backupDocumentRow(row: StoredDocument): JsonObject {
  if (!row.content) return row as unknown as JsonObject
  const { content, ...rest } = row
  return { ...rest, content: toBase64(content) } as unknown as JsonObject
}
