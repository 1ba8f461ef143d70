import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import {
  listItems,
  partyNames,
  searchWords,
  summarize,
} from '../../src/shared/model/declaration-record'
import { sampleText } from './samples'

/** A "today" on which the valid samples are valid (national-karachi-kabul is dated 2026-02-06). */
const TODAY = '2026-02-06'

const meta = {
  id: 'd1',
  status: 'draft' as const,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-02T10:00:00.000Z',
  trashed: 0 as const,
  deletedAt: null,
}

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject

describe('searchWords', () => {
  it('splits on anything but letters and digits, any script, lower-cased', () => {
    expect(searchWords('ТОО «Жетысу Текстиль Экспорт»')).toEqual([
      'тоо',
      'жетысу',
      'текстиль',
      'экспорт',
    ])
    expect(searchWords('KZ-ALA-2026/0117')).toEqual(['kz', 'ala', '2026', '0117'])
    expect(searchWords('شركة كابل')).toEqual(['شركة', 'كابل'])
    expect(searchWords(' ,.- ')).toEqual([])
  })
})

describe('summarize', () => {
  it('summarises the TIR sample: counts, mass, route, columns', () => {
    const doc = tir()
    const summary = summarize(doc, meta, TODAY)
    expect(summary).toMatchObject({
      ...meta,
      lrn: 'KZ-ALA-2026-0117',
      procedure: 'TIR',
      declarationDate: '2026-02-04',
      holderName: 'ТОО «Жетысу Текстиль Экспорт»',
      route: ['KZ', 'UZ', 'AF', 'PK'],
      itemCount: 3,
      packageCount: 480 + 30 + 70,
      grossMass: 12240 + 6150 + 1035.5,
    })
  })

  it('agrees with counting the sample by hand', () => {
    const doc = tir()
    const items = (doc.consignments as { items: { packages: { count: number }[] }[] }[]).flatMap(
      (c) => c.items,
    )
    const summary = summarize(doc, meta, TODAY)
    expect(summary.itemCount).toBe(items.length)
    expect(summary.packageCount).toBe(
      items.reduce((n, i) => n + i.packages.reduce((m, p) => m + p.count, 0), 0),
    )
  })

  it('collects search words: LRN, holder words in lower case (Cyrillic), HS codes, goods', () => {
    const { words } = summarize(tir(), meta, TODAY)
    // The LRN whole and in parts.
    expect(words).toContain('kz-ala-2026-0117')
    expect(words).toEqual(expect.arrayContaining(['kz', 'ala', '2026', '0117']))
    // Holder, carrier, consignee names.
    expect(words).toEqual(expect.arrayContaining(['тоо', 'жетысу', 'текстиль', 'экспорт']))
    expect(words).toEqual(expect.arrayContaining(['казтранс', 'логистик']))
    expect(words).toEqual(expect.arrayContaining(['indus', 'home', 'textiles', 'pvt', 'ltd']))
    // HS codes whole, and words of the descriptions (any script).
    expect(words).toEqual(expect.arrayContaining(['520512', '520100', '630260']))
    expect(words).toEqual(expect.arrayContaining(['cotton', 'yarn', 'полотенца', 'махровые']))
    for (const word of words) expect(word).toBe(word.toLocaleLowerCase())
    expect(new Set(words).size).toBe(words.length)
    // Not the address or the contact person: they are not searched.
    expect(words).not.toContain('абая')
    expect(words).not.toContain('айгерим')
  })

  it('takes MRN words and representative names too', () => {
    const doc = { ...tir(), mrn: '26KZ5101000000123X', representative: { name: 'Broker Ltd' } }
    const { words } = summarize(doc, meta, TODAY)
    expect(words).toEqual(expect.arrayContaining(['26kz5101000000123x', 'broker', 'ltd']))
  })

  it('rounds the gross mass to grams', () => {
    const doc: JsonObject = {
      consignments: [{ items: [{ grossMass: 0.1 }, { grossMass: 0.2 }, { grossMass: 0.0004 }] }],
    }
    expect(summarize(doc, meta, TODAY).grossMass).toBe(0.3)
  })

  it('counts bulk packages (no count) as zero and skips non-numeric masses', () => {
    const doc: JsonObject = {
      consignments: [
        { items: [{ grossMass: 10, packages: [{ kind: 'VR' }, { kind: 'BG', count: 3 }] }] },
        { items: [{ grossMass: '5', packages: [{ count: 'x' }, null, 7] }] },
      ],
    }
    const summary = summarize(doc, meta, TODAY)
    expect(summary.itemCount).toBe(2)
    expect(summary.packageCount).toBe(3)
    expect(summary.grossMass).toBe(10)
  })

  it('gives empty columns for an empty document', () => {
    const summary = summarize({}, meta, TODAY)
    expect(summary).toMatchObject({
      lrn: '',
      procedure: '',
      declarationDate: '',
      holderName: '',
      route: [],
      itemCount: 0,
      packageCount: 0,
      grossMass: 0,
    })
    expect(summary.words.filter(Boolean)).toEqual([])
  })

  it('never throws on any JSON object and always returns well-typed columns', () => {
    const anyDoc = fc.dictionary(fc.string(), fc.jsonValue(), { noNullPrototype: true })
    const shapedDoc = fc.record(
      {
        lrn: fc.jsonValue(),
        mrn: fc.jsonValue(),
        holder: fc.jsonValue(),
        consignments: fc.oneof(
          fc.jsonValue(),
          fc.array(
            fc.record(
              {
                consignor: fc.jsonValue(),
                items: fc.oneof(
                  fc.jsonValue(),
                  fc.array(
                    fc.record(
                      {
                        hsCode: fc.jsonValue(),
                        description: fc.jsonValue(),
                        grossMass: fc.jsonValue(),
                        packages: fc.jsonValue(),
                      },
                      { requiredKeys: [] },
                    ),
                  ),
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        countriesOfRouting: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(anyDoc, shapedDoc), (doc) => {
        const summary = summarize(doc as JsonObject, meta, TODAY)
        expect(typeof summary.lrn).toBe('string')
        expect(Number.isFinite(summary.itemCount)).toBe(true)
        expect(Number.isFinite(summary.packageCount)).toBe(true)
        // Absurd masses (beyond 1e305 kg) may sum to ±Infinity, but never to NaN.
        expect(Number.isNaN(summary.grossMass)).toBe(false)
        expect(summary.route.every((c) => typeof c === 'string')).toBe(true)
        expect(summary.words.every((w) => typeof w === 'string')).toBe(true)
      }),
    )
  })
})

describe('listItems / partyNames', () => {
  it('lists items of every consignment in order', () => {
    const doc: JsonObject = {
      consignments: [{ items: [{ sequence: 1 }, 'junk'] }, 'junk', { items: [{ sequence: 2 }] }],
    }
    expect(listItems(doc)).toEqual([{ sequence: 1 }, { sequence: 2 }])
  })

  it('names holder, representative, carrier, consignors and consignees that have a name', () => {
    const doc: JsonObject = {
      holder: { name: 'H' },
      carrier: { name: '' },
      representative: 'junk',
      consignments: [{ consignor: { name: 'C1' }, consignee: {} }, { consignee: { name: 'E2' } }],
    }
    expect(partyNames(doc)).toEqual(['H', 'C1', 'E2'])
  })
})

describe('summarize: readiness counts', () => {
  it('counts the validator’s errors and warnings on the given day', () => {
    expect(summarize(tir(), meta, TODAY)).toMatchObject({ errorCount: 0, warningCount: 0 })
    // The same declaration, looked at two days before it was made: its date is in the future.
    expect(summarize(tir(), meta, '2026-02-02').errorCount).toBe(1)
    const broken = tir()
    ;(broken.holder as JsonObject).identification = { scheme: 'KZ-BIN', value: '050140001239' }
    expect(summarize(broken, meta, TODAY)).toMatchObject({ errorCount: 1, warningCount: 0 })
  })
})
