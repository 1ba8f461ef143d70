/**
 * How documents and search words are stored (schema version 7): compressed documents read back
 * exactly, base64 for backups, and word buckets that find exactly what a word index found.
 */
import fc from 'fast-check'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkspaceDatabase } from '../../src/renderer/db/schema'
import {
  bucketOf,
  hasAllTerms,
  idsWithTerms,
  searchWordRows,
  setSearchWords,
  WORD_BUCKETS,
  wordText,
  wordsOf,
} from '../../src/renderer/db/search-words'
import { deflateSync } from 'fflate'
import {
  compacted,
  COMPRESSED_UP_TO_ITEMS,
  documentOf,
  storedDocument,
} from '../../src/renderer/db/stored-document'
import { fromBase64, isBase64, toBase64 } from '../../src/shared/backup/base64'
import type { JsonObject } from '../../src/shared/json'
import { searchWords } from '../../src/shared/model/declaration-record'
import { generateDeclaration } from '../fixtures/generate'

const AT = '2026-02-04T10:00:00.000Z'

describe('stored documents', () => {
  it('read back exactly what was stored, in any script', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue()), (document) => {
        const stored = storedDocument('d', document as JsonObject, AT, 3)
        expect(stored.content).toBeInstanceOf(Uint8Array)
        // As JSON has it: the document is JSON (its file, its backup), where -0 is 0.
        expect(documentOf(stored)).toEqual(JSON.parse(JSON.stringify(document)))
      }),
      { numRuns: 200 },
    )
  })

  it('compress small documents to well under half, and keep large ones as objects', () => {
    const small = generateDeclaration(3, { seed: 5 })
    const stored = storedDocument('d', small, AT, 3)
    expect(stored.document).toBeUndefined()
    expect(stored.content!.byteLength).toBeLessThan(JSON.stringify(small).length / 2)

    const large = generateDeclaration(COMPRESSED_UP_TO_ITEMS + 1, { seed: 5 })
    const kept = storedDocument('d', large, AT, COMPRESSED_UP_TO_ITEMS + 1, 'r1')
    expect(kept).toEqual({ id: 'd', savedAt: AT, revision: 'r1', document: large })
    expect(documentOf(kept)).toBe(large)
  })

  it('carry a new revision with every write', () => {
    const document = generateDeclaration(3, { seed: 5 })
    const revisions = new Set(
      Array.from({ length: 20 }, () => storedDocument('d', document, AT, 3).revision),
    )
    expect(revisions.size).toBe(20)
  })

  it('name the row when it holds no document at all, or one that cannot be read', () => {
    expect(() => documentOf({ id: 'x7' })).toThrow('the stored document of x7 is empty')
    const stored = storedDocument('x8', { name: 'Жетысу' }, AT, 1)
    const damaged = { ...stored, content: stored.content!.slice(0, -3) }
    expect(() => documentOf(damaged)).toThrow(/^the stored document of x8 cannot be read/)
    // Bytes that inflate but are not UTF-8 are refused too, not read as replacement characters.
    const notUtf8 = { id: 'x9', content: deflateSync(new Uint8Array([0x7b, 0xff, 0x7d])) }
    expect(() => documentOf(notUtf8)).toThrow(/^the stored document of x9 cannot be read/)
  })

  it('are compacted as a save would store them', () => {
    const small = generateDeclaration(3, { seed: 6 })
    const compact = compacted({ id: 'd', document: small })
    expect(compact.document).toBeUndefined()
    expect(documentOf(compact)).toEqual(small)
    const large = { id: 'd', document: generateDeclaration(COMPRESSED_UP_TO_ITEMS + 1) }
    expect(compacted(large)).toBe(large)
    expect(compacted(compact)).toBe(compact)
  })
})

describe('base64', () => {
  it('round-trips any bytes, as Node’s own encoder writes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = toBase64(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64'))
        expect(isBase64(text)).toBe(true)
        expect(fromBase64(text)).toEqual(bytes)
      }),
      { numRuns: 60 },
    )
  })

  it('tells text that is not base64', () => {
    for (const text of ['abc', 'ab=c', 'a b c d', 'Жетысу==', '====', 'abcd=']) {
      expect(isBase64(text)).toBe(false)
    }
  })
})

const word = fc.stringMatching(/^[a-zа-я0-9]{1,6}$/)

describe('search words in buckets', () => {
  it('match a term exactly when it starts one of the words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 3 }), (w, t) => {
        const expected = t.every((term) => w.some((have) => have.startsWith(term)))
        expect(hasAllTerms(wordText(w), t)).toBe(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('keep the words of any text as search splits them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const words = searchWords(text)
        expect(wordsOf(wordText(words))).toEqual(words)
      }),
    )
  })

  it('spread ids over every bucket, each always in the same one', () => {
    const buckets = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`id-${i}`)))
    expect(buckets.size).toBe(WORD_BUCKETS)
    expect(bucketOf('5aee7649-784e')).toBe(bucketOf('5aee7649-784e'))
    const rows = searchWordRows([
      ['a', ['x']],
      ['b', ['y']],
    ])
    expect(rows.flatMap((r) => [...r.words.keys()]).sort()).toEqual(['a', 'b'])
  })

  describe('in the database', () => {
    const opened: WorkspaceDatabase[] = []
    afterEach(async () => {
      for (const db of opened.splice(0)) await db.delete()
    })
    const open = () => {
      const db = new WorkspaceDatabase(`words-${Date.now()}-${opened.length}`, {
        indexedDB,
        IDBKeyRange,
      })
      opened.push(db)
      return db
    }

    it('are set, changed and removed, and found by every term', async () => {
      const db = open()
      const set = (changes: [string, string[] | null][]) =>
        db.transaction('rw', db.searchWords, () => setSearchWords(db.searchWords, changes))
      await set([
        ['a', ['cotton', 'yarn', 'хлопок']],
        ['b', ['cotton', 'towels']],
        ['c', ['steel']],
      ])
      expect(await idsWithTerms(db.searchWords, ['cot'])).toEqual(new Set(['a', 'b']))
      expect(await idsWithTerms(db.searchWords, ['cot', 'хло'])).toEqual(new Set(['a']))
      expect(await idsWithTerms(db.searchWords, ['ton'])).toEqual(new Set())
      await set([
        ['a', ['steel', 'sheets']],
        ['b', null],
      ])
      expect(await idsWithTerms(db.searchWords, ['cot'])).toEqual(new Set())
      expect(await idsWithTerms(db.searchWords, ['ste'])).toEqual(new Set(['a', 'c']))
      const stored = await db.searchWords.toArray()
      expect(stored.flatMap((r) => [...r.words.keys()]).sort()).toEqual(['a', 'c'])
    })

    it('are searched afresh once another connection (a restore worker, a window) changed them', async () => {
      const db = open()
      const other = new WorkspaceDatabase(db.name, { indexedDB, IDBKeyRange })
      const set = (on: WorkspaceDatabase, changes: [string, string[] | null][]) =>
        on.transaction('rw', on.searchWords, () => setSearchWords(on.searchWords, changes))
      await set(db, [['a', ['cotton']]])
      expect(await idsWithTerms(db.searchWords, ['cot'])).toEqual(new Set(['a']))
      await set(other, [['b', ['cotton']]])
      expect(await idsWithTerms(db.searchWords, ['cot'])).toEqual(new Set(['a', 'b']))
      await other.transaction('rw', other.searchWords, async () => {
        await other.searchWords.clear()
        await other.searchWords.bulkAdd(searchWordRows([['c', ['cotton']]]))
      })
      expect(await idsWithTerms(db.searchWords, ['cot'])).toEqual(new Set(['c']))
      other.close()
    })
  })
})
