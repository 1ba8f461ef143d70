/**
 * How a declaration's document is kept in the `documents` table. Most declarations are small
 * (a few goods lines, ~4 KB of JSON), and there a month's work is ten thousand of them: kept as
 * deflated JSON (~1.5 KB) they read back from IndexedDB in a third of the time, which is what
 * makes a backup of the workspace take seconds, not many. A large document (hundreds of items)
 * stays a structured object: compressing 300 KB on every autosave would cost more than it saves,
 * and such documents are few. The version 7 upgrade and restores of older backup files compact
 * what they store in the same way.
 */
import { deflateSync, inflateSync } from 'fflate'
import type { JsonObject } from '../../shared/json'

export interface StoredDocument {
  id: string
  /** ISO time the document was last written (absent in rows written before it existed) */
  savedAt?: string
  /**
   * Which write this is: a new random token with every write of the document, so a window
   * saving over it can tell whether what is stored is still what it opened (absent in rows
   * written before revisions existed). The same revision always means the same content.
   */
  revision?: string
  /** the document as a structured object (large documents, and rows of older versions) */
  document?: JsonObject
  /** the document as deflated UTF-8 JSON (raw deflate, RFC 1951) */
  content?: Uint8Array
}

/** Documents of up to this many goods items are stored compressed. */
export const COMPRESSED_UP_TO_ITEMS = 100

const encoder = new TextEncoder()
// Fatal: damaged bytes are refused, never read as replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The row that stores `document`, compressed when it has at most COMPRESSED_UP_TO_ITEMS items. */
export function storedDocument(
  id: string,
  document: JsonObject,
  savedAt: string | undefined,
  itemCount: number,
  revision: string | undefined = newRevision(),
): StoredDocument {
  const stamps = {
    ...(savedAt === undefined ? {} : { savedAt }),
    ...(revision === undefined ? {} : { revision }),
  }
  if (itemCount > COMPRESSED_UP_TO_ITEMS) return { id, ...stamps, document }
  return { id, ...stamps, content: deflateSync(encoder.encode(JSON.stringify(document))) }
}

/** A fresh revision token for a write of a document. */
export const newRevision = (): string => crypto.randomUUID()

/** Goods items of a stored document (how it is stored depends on it, so storage counts itself). */
function itemsIn(document: JsonObject): number {
  const consignments = Array.isArray(document.consignments) ? document.consignments : []
  let count = 0
  for (const c of consignments) {
    const items = c !== null && typeof c === 'object' && !Array.isArray(c) ? c.items : undefined
    if (Array.isArray(items)) {
      for (const item of items) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) count++
      }
    }
  }
  return count
}

/** The row in the form a save would give it: a small document kept as an object is compressed. */
export function compacted(row: StoredDocument): StoredDocument {
  if (!row.document) return row
  const items = itemsIn(row.document)
  return items > COMPRESSED_UP_TO_ITEMS
    ? row
    : storedDocument(row.id, row.document, row.savedAt, items, row.revision)
}

/** Whether the row holds a document in either form (rows of old versions might not). */
export const holdsDocument = (row: StoredDocument): boolean => !!(row.content || row.document)

/** The document a stored row holds, whichever form it is in; throws, naming it, if unreadable. */
export function documentOf(row: StoredDocument): JsonObject {
  if (row.content) {
    try {
      return JSON.parse(decoder.decode(inflateSync(row.content))) as JsonObject
    } catch (error) {
      throw new Error(
        `the stored document of ${row.id} cannot be read (${(error as Error).message})`,
      )
    }
  }
  if (row.document) return row.document
  throw new Error(`the stored document of ${row.id} is empty`)
}
