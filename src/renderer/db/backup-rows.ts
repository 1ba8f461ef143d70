/**
 * Rows between the database and a backup file (format: shared/backup/format.ts). The file holds
 * a declaration's search words in its row and a compressed document as base64 text; the
 * database keeps the words in bucket rows and the document as bytes.
 */
import { fromBase64, toBase64 } from '../../shared/backup/base64'
import type { BackupPayload } from '../../shared/backup/format'
import type { JsonObject } from '../../shared/json'
import { searchWordRows, wordsOf, type SearchWordsRow } from './search-words'
import { compacted, type StoredDocument } from './stored-document'

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

/**
 * A backup's document row as the database keeps it: compressed content as bytes, and a small
 * document the file holds as an object (all of them, in format 1) compressed as a save would.
 */
export function storedDocumentRow(row: JsonObject): StoredDocument {
  const { content, ...rest } = row
  const stored = rest as unknown as StoredDocument
  return typeof content === 'string'
    ? { ...stored, content: fromBase64(content) }
    : compacted(stored)
}

/** A backup's declaration row as the database keeps it, and its search words. */
export function splitDeclarationRow(row: JsonObject): { row: JsonObject; words: string[] } {
  const { words, ...rest } = row
  const list = Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []
  return { row: rest, words: list }
}

export interface RowsToRestore {
  declarations: JsonObject[]
  documents: StoredDocument[]
  searchWords: SearchWordsRow[]
}

/** The declarations, documents and search-word buckets of a backup, as the database keeps them. */
export function rowsToRestore(payload: BackupPayload): RowsToRestore {
  const words: [string, string[]][] = []
  const declarations = payload.declarations.map((backed) => {
    const { row, words: list } = splitDeclarationRow(backed)
    words.push([String(row.id), list])
    return row
  })
  return {
    declarations,
    documents: payload.documents.map(storedDocumentRow),
    searchWords: searchWordRows(words),
  }
}
