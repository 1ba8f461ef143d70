import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import { isChecked, searchWords, summarize } from '../../src/shared/model/declaration-record'
import { itemCount } from '../../src/shared/model/view'
import { RULES_VERSION } from '../../src/shared/validation/rules'
import { sampleText } from './samples'

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
    const summary = summarize(doc, meta)
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
    const summary = summarize(doc, meta)
    expect(summary.itemCount).toBe(items.length)
    expect(summary.packageCount).toBe(
      items.reduce((n, i) => n + i.packages.reduce((m, p) => m + p.count, 0), 0),
    )
  })

  it('collects search words: LRN, holder words in lower case (Cyrillic), HS codes, goods', () => {
    const { words } = summarize(tir(), meta)
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
    const { words } = summarize(doc, meta)
    expect(words).toEqual(expect.arrayContaining(['26kz5101000000123x', 'broker', 'ltd']))
  })

  it('rounds the gross mass to grams', () => {
    const doc: JsonObject = {
      consignments: [{ items: [{ grossMass: 0.1 }, { grossMass: 0.2 }, { grossMass: 0.0004 }] }],
    }
    expect(summarize(doc, meta).grossMass).toBe(0.3)
  })

  it('counts bulk packages (no count) as zero and skips non-numeric masses', () => {
    const doc: JsonObject = {
      consignments: [
        { items: [{ grossMass: 10, packages: [{ kind: 'VR' }, { kind: 'BG', count: 3 }] }] },
        { items: [{ grossMass: '5', packages: [{ count: 'x' }, null, 7] }] },
      ],
    }
    const summary = summarize(doc, meta)
    expect(summary.itemCount).toBe(2)
    expect(summary.packageCount).toBe(3)
    expect(summary.grossMass).toBe(10)
  })

  it('gives empty columns for an empty document', () => {
    const summary = summarize({}, meta)
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
        const summary = summarize(doc as JsonObject, meta)
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

describe('itemCount', () => {
  it('counts the items of every consignment, and nothing else', () => {
    const doc: JsonObject = {
      consignments: [{ items: [{ sequence: 1 }, 'junk'] }, 'junk', { items: [{ sequence: 2 }] }],
    }
    expect(itemCount(doc)).toBe(2)
    expect(itemCount('junk')).toBe(0)
    expect(itemCount(tir())).toBe(3)
  })
})

describe('summarize: readiness counts', () => {
  it('names the parties of every role that have a name among its search words', () => {
    const doc: JsonObject = {
      holder: { name: 'Holder' },
      carrier: { name: '' },
      representative: 'junk',
      consignments: [
        { consignor: { name: 'Sender' }, consignee: {} },
        { consignee: { name: 'Buyer' } },
      ],
    }
    expect(summarize(doc, meta).words).toEqual(
      expect.arrayContaining(['holder', 'sender', 'buyer']),
    )
  })

  it('carries no counts unless they are given: a summary never runs the validator', () => {
    const summary = summarize(tir(), meta)
    expect(summary.errorCount).toBeUndefined()
    expect(summary.rules).toBeUndefined()
    expect(isChecked(summary)).toBe(false)
  })

  it('carries the counts it is given, stamped with the rules they were found with', () => {
    const summary = summarize(tir(), meta, { errorCount: 2, warningCount: 1 })
    expect(summary).toMatchObject({ errorCount: 2, warningCount: 1, rules: RULES_VERSION })
    expect(isChecked(summary)).toBe(true)
    expect(isChecked({ ...summary, rules: RULES_VERSION - 1 })).toBe(false)
  })
})
