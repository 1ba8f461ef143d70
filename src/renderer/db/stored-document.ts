/**
 * How a declaration's document is kept in the `documents` table. Most declarations are small
 * (a few goods lines, ~4 KB of JSON), and there a month's work is ten thousand of them: kept as
 * deflated JSON (~1.5 KB) they read back from IndexedDB in a third of the time, which is what
 * makes a backup of the workspace take seconds, not many. A large document (hundreds of items)
 * stays a structured object: compressing 300 KB on every autosave would cost more than it saves,
 * and such documents are few. Rows written before version 7 hold objects too; both forms read.
 */
import { deflateSync, inflateSync } from 'fflate'
import type { JsonObject } from '../../shared/json'

export interface StoredDocument {
  id: string
  /** ISO time the document was last written (absent in rows written before it existed) */
  savedAt?: string
  /** the document as a structured object (large documents, and rows of older versions) */
  document?: JsonObject
  /** the document as deflated UTF-8 JSON (raw deflate, RFC 1951) */
  content?: Uint8Array
}

/** Documents of up to this many goods items are stored compressed. */
export const COMPRESSED_UP_TO_ITEMS = 100

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** The row that stores `document`, compressed when it has at most COMPRESSED_UP_TO_ITEMS items. */
export function storedDocument(
  id: string,
  document: JsonObject,
  savedAt: string,
  itemCount: number,
): StoredDocument {
  if (itemCount > COMPRESSED_UP_TO_ITEMS) return { id, savedAt, document }
  return { id, savedAt, content: deflateSync(encoder.encode(JSON.stringify(document))) }
}

/** The document a stored row holds, whichever form it is in. */
export function documentOf(row: StoredDocument): JsonObject {
  if (row.content) return JSON.parse(decoder.decode(inflateSync(row.content))) as JsonObject
  if (row.document) return row.document
  throw new Error(`the stored document of ${row.id} is empty`)
}
