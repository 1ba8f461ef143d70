/** The workspace backup file: a round trip, and every kind of bad file refused with its reason. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_TABLES,
  decodeBackup,
  encodeBackup,
  type BackupPayload,
} from '../../src/shared/backup/format'
import type { JsonObject } from '../../src/shared/json'
import { sampleText } from './samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject

function payload(): BackupPayload {
  const document = tir()
  document.consignments = [
    {
      ...(document.consignments as JsonObject[])[0]!,
      consignee: {
        name: 'شرکت ترانزیت کابل',
        address: { street: 'جاده میوند', city: 'کابل', country: 'AF' },
      },
    },
  ]
  return {
    declarations: [
      { id: 'd1', lrn: document.lrn as string, holderName: 'ТОО «Жетысу Текстиль Экспорт»' },
    ],
    documents: [{ id: 'd1', document, savedAt: '2026-02-04T10:00:00.000Z' }],
    versions: [
      {
        seq: 1,
        declarationId: 'd1',
        at: '2026-02-04T09:00:00.000Z',
        changes: [{ path: ['lrn'], value: 'OLD' }],
      },
    ],
    parties: [{ id: 'p1', party: { name: 'Жетысу' }, words: ['жетысу'] }],
    goods: [],
    vehicles: [],
    offices: [
      { id: 'o1', reference: 'KZ550010', name: 'Алматы', country: 'KZ', roles: ['departure'] },
    ],
    sheetMappings: [],
    settings: { language: 'en' },
  }
}

const AT = '2026-02-04T10:00:00.000Z'

/** The same file said to be of another format (the header is outside the checksum). */
function asFormat(bytes: Uint8Array, format: number): Uint8Array {
  const text = new TextDecoder().decode(bytes)
  return new TextEncoder().encode(
    text.replace('"format":"transitdesk.backup/2"', `"format":"transitdesk.backup/${format}"`),
  )
}

describe('backup files', () => {
  it('come back exactly as written, Cyrillic and right-to-left text included', async () => {
    const original = payload()
    const decoded = await decodeBackup(await encodeBackup(original, AT))
    if ('error' in decoded) throw new Error(decoded.error)
    expect(decoded.payload).toEqual(original)
    expect(decoded.header).toMatchObject({ format: 'transitdesk.backup/2', createdAt: AT })
    expect(decoded.header.counts).toEqual(
      Object.fromEntries(BACKUP_TABLES.map((t) => [t, original[t].length])),
    )
  })

  it('are written row by row into exactly the bytes of the payload as JSON', async () => {
    const row = fc.dictionary(fc.string(), fc.jsonValue()) as fc.Arbitrary<JsonObject>
    const rows = fc.array(row, { maxLength: 4 })
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          ...(Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows])) as Record<
            (typeof BACKUP_TABLES)[number],
            typeof rows
          >),
          settings: row,
        }),
        async (content) => {
          const bytes = await encodeBackup(content, AT)
          const body = new TextDecoder().decode(bytes.subarray(bytes.indexOf(0x0a) + 1))
          expect(body).toBe(JSON.stringify(content))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('grow past their first megabyte without losing a character split at the edge', async () => {
    const long = payload()
    // 'Ж' is two bytes in UTF-8: some row is bound to straddle the buffer's first megabyte.
    long.parties = Array.from({ length: 700 }, (_, i) => ({ id: `p${i}`, name: 'Ж'.repeat(999) }))
    const decoded = await decodeBackup(await encodeBackup(long, AT))
    if ('error' in decoded) throw new Error(decoded.error)
    expect(decoded.payload).toEqual(long)
  })

  it('refuse a truncated file', async () => {
    const bytes = await encodeBackup(payload(), AT)
    const cut = await decodeBackup(bytes.subarray(0, bytes.byteLength - 100))
    expect(cut).toEqual({
      error: expect.stringMatching(/^it is incomplete: it holds \d+ of its \d+ bytes/),
    })
  })

  it('refuse a file altered by one byte anywhere in its content', async () => {
    const bytes = await encodeBackup(payload(), AT)
    const start = bytes.indexOf(0x0a) + 1
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: start, max: bytes.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, delta) => {
          const altered = bytes.slice()
          altered[at] = (altered[at]! + delta) % 256
          const decoded = await decodeBackup(altered)
          expect('error' in decoded && decoded.error).toBe(
            'it has been altered or damaged: its checksum does not match its content',
          )
        },
      ),
      { numRuns: 30 },
    )
  })

  it('refuse a file from a newer TransitDesk, naming its format', async () => {
    const future = asFormat(await encodeBackup(payload(), AT), 3)
    expect(await decodeBackup(future)).toEqual({
      error:
        'it was made by a newer TransitDesk (backup format 3); this version reads formats 1 and 2 — update TransitDesk first',
    })
  })

  it('read format 1 files, whose documents are all uncompressed', async () => {
    const decoded = await decodeBackup(asFormat(await encodeBackup(payload(), AT), 1))
    if ('error' in decoded) throw new Error(decoded.error)
    expect(decoded.header.format).toBe('transitdesk.backup/1')
    expect(decoded.payload).toEqual(payload())
  })

  it('pass a document row that holds nothing as it is (an old database may have one)', async () => {
    const old = payload()
    old.documents = [{ id: 'd1' }]
    for (const format of [1, 2]) {
      const decoded = await decodeBackup(asFormat(await encodeBackup(old, AT), format))
      if ('error' in decoded) throw new Error(decoded.error)
      expect(decoded.payload.documents).toEqual([{ id: 'd1' }])
    }
  })

  it('carry compressed documents as base64 text, and refuse a document row they cannot read', async () => {
    const compressed = payload()
    const bytes = 'AAECAwQFBgc=' // base64 of eight bytes: the format checks the form, not the deflate
    compressed.documents = [{ id: 'd1', content: bytes }]
    const decoded = await decodeBackup(await encodeBackup(compressed, AT))
    if ('error' in decoded) throw new Error(decoded.error)
    expect(decoded.payload.documents).toEqual(compressed.documents)

    const refusal = { error: 'row 1 of its documents holds no readable document' }
    // Format 1 knew no compressed documents.
    expect(await decodeBackup(asFormat(await encodeBackup(compressed, AT), 1))).toEqual(refusal)
    const document = payload().documents[0]!.document
    for (const row of [
      { id: 'd1', content: 'not base64!' },
      { id: 'd1', content: 'abc' },
      { id: 'd1', content: '' },
      { id: 'd1', content: 42 },
      { id: 'd1', document: 'text' },
      // Both forms: which one would be the document?
      { id: 'd1', document, content: bytes },
    ] as JsonObject[]) {
      compressed.documents = [row]
      expect(await decodeBackup(await encodeBackup(compressed, AT))).toEqual(refusal)
    }
  })

  it.each([
    ['a declaration file', sampleText('tir-almaty-karachi.json')],
    ['another program’s JSON lines', '{"format":"otherapp/1"}\n{}'],
    ['text', 'hello\nworld'],
    ['nothing', ''],
  ])('refuse %s as not a backup', async (_kind, text) => {
    expect(await decodeBackup(new TextEncoder().encode(text))).toEqual({
      error: 'it is not a TransitDesk backup',
    })
  })

  it('refuse a row without its key, naming the table and the row', async () => {
    const keyless = payload()
    keyless.parties.push({ name: 'Без ключа' })
    expect(await decodeBackup(await encodeBackup(keyless, AT))).toEqual({
      error: 'row 2 of its parties has no id',
    })
  })

  it('refuse a payload whose counts or documents do not add up, even with a valid checksum', async () => {
    const broken = payload()
    broken.documents = []
    const decoded = await decodeBackup(await encodeBackup(broken, AT))
    expect(decoded).toEqual({ error: expect.stringMatching(/has no document in it$/) })
  })
})
