/**
 * The declarations' search words, kept in a fixed number of bucket rows (`searchWords` table)
 * rather than as an index entry per word. A month of 10,000 declarations has ~315,000 words:
 * as a multi-entry index they made every restore write 315,000 index entries (~2 s here), while
 * in 32 rows they are written in milliseconds. A search matches word prefixes in memory, over
 * the rows as last read (~2 MB): every change writes a new stamp into the stamp row, so a search
 * reads one small row to know its copy is current, and all of them (~60 ms) only after a change.
 *
 * Each bucket maps declaration id → its words as one string, each word after a space
 * (" cotton yarn 520512"): a term (a run of letters and digits) starts one of the words exactly
 * when the string holds it after a space. The whole LRN is a word too (lower-cased, else whole);
 * should it hold a space, its parts count as words — which they are anyway (searchWords splits
 * the LRN).
 */
import type { EntityTable } from 'dexie'

/**
 * How many buckets the words are spread over. Part of the stored form: a declaration's bucket
 * follows from its id and this number, so changing it needs a schema version that re-buckets.
 */
export const WORD_BUCKETS = 32
/** The key of the stamp row, just past the last bucket. */
const STAMP = WORD_BUCKETS

export interface SearchWordsRow {
  bucket: number
  /** declaration id → its search words, each after a space (a Map: any id is a safe key) */
  words: Map<string, string>
  /** the stamp row's mark of the buckets' state, new at every change */
  stamp?: string
}

type SearchWordsTable = EntityTable<SearchWordsRow, 'bucket'>

const stampRow = (): SearchWordsRow => ({
  bucket: STAMP,
  words: new Map(),
  stamp: crypto.randomUUID(),
})

/** The bucket of a declaration: FNV-1a of its id, so ids spread evenly and stay put. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % WORD_BUCKETS
}

export function wordText(words: readonly string[]): string {
  return words.map((word) => ' ' + word).join('')
}

export function wordsOf(text: string): string[] {
  return text.split(' ').slice(1)
}

/** Whether every term is the start of one of the words. */
export function hasAllTerms(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(' ' + term))
}

/**
 * Sets (or, for `null`, removes) the words of some declarations, a bucket row at a time, and
 * stamps the change. Call inside a read-write transaction that holds the table.
 */
export async function setSearchWords(
  table: SearchWordsTable,
  changes: Iterable<[id: string, words: readonly string[] | null]>,
): Promise<void> {
  const byBucket = new Map<number, [string, string | null][]>()
  for (const [id, words] of changes) {
    const bucket = bucketOf(id)
    const list = byBucket.get(bucket) ?? []
    list.push([id, words && wordText(words)])
    byBucket.set(bucket, list)
  }
  const rows = await table.bulkGet([...byBucket.keys()])
  const changed: SearchWordsRow[] = []
  for (const [i, [bucket, entries]] of [...byBucket].entries()) {
    const row = rows[i] ?? { bucket, words: new Map() }
    let different = false
    for (const [id, text] of entries) {
      if ((row.words.get(id) ?? null) === text) continue
      different = true
      if (text === null) row.words.delete(id)
      else row.words.set(id, text)
    }
    if (different) changed.push(row)
  }
  if (changed.length > 0) await table.bulkPut([...changed, stampRow()])
}

/** The ids of the declarations whose words start with every term. */
export async function idsWithTerms(
  table: SearchWordsTable,
  terms: readonly string[],
): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const { words } of await bucketRows(table))
    for (const [id, text] of words) if (hasAllTerms(text, terms)) ids.add(id)
  return ids
}

/** The bucket rows last read from each database, with the stamp they were read under. */
const lastRead = new WeakMap<object, { stamp: string; rows: SearchWordsRow[] }>()

/**
 * Every bucket row: as last read while the stamp is unchanged, else read afresh. Stamp and rows
 * are read in one transaction of their own, so they are of one moment (and never answered from
 * a live query's cache, which may lag behind another window's or worker's change). Inside
 * another transaction, that one must hold the `searchWords` table.
 */
function bucketRows(table: SearchWordsTable): Promise<SearchWordsRow[]> {
  return table.db.transaction('r', table, async () => {
    const stamp = (await table.get(STAMP))?.stamp
    const last = lastRead.get(table.db)
    if (stamp !== undefined && last?.stamp === stamp) return last.rows
    const rows = await table.toArray()
    if (stamp !== undefined) lastRead.set(table.db, { stamp, rows })
    return rows
  })
}

/** Bucket rows holding the given id → words pairs, and a stamp (a restore writes them in one go). */
export function searchWordRows(
  entries: Iterable<[id: string, words: readonly string[]]>,
): SearchWordsRow[] {
  const rows = new Map<number, SearchWordsRow>()
  for (const [id, words] of entries) {
    const bucket = bucketOf(id)
    const row = rows.get(bucket) ?? { bucket, words: new Map() }
    row.words.set(id, wordText(words))
    rows.set(bucket, row)
  }
  return [...rows.values(), stampRow()]
}
