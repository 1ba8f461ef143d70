import { describe, expect, it } from 'vitest'
import { DeclarationFileSchema } from '../../../src/shared/format/schema'
import type { JsonObject } from '../../../src/shared/json'
import { PACKET_DOCUMENTS } from '../../../src/shared/packet/content'
import { buildPacketContent } from '../../../src/shared/packet/documents'
import { readableSamples } from '../samples'
import { boxByLabel, byId, headerBox, printedText, sample, tables } from './helpers'

const generatedAt = '2026-02-04T10:00:00Z'
const everything = { generatedAt, documents: PACKET_DOCUMENTS }

/**
 * Every paper of every regime from the same declaration: one variant per procedure and mode
 * (a packet holds only the papers of its procedure and mode), the rest of the file unchanged.
 */
function everyPaper(declaration: JsonObject) {
  const variants = ['T1', 'TIR', 'EAEU', 'NATIONAL'].flatMap((procedure) =>
    ['2', '3'].map((borderMode) => {
      const transport = declaration.transport
      const base = typeof transport === 'object' && transport !== null && !Array.isArray(transport)
      return {
        ...declaration,
        procedure,
        transport: { ...(base ? transport : {}), borderMode },
      }
    }),
  )
  const docs = variants.flatMap((variant) => buildPacketContent(variant, everything))
  return docs
}

/** Only what the format requires: no optional element at all. */
const minimal: JsonObject = {
  format: 'transitdesk.declaration/1',
  lrn: 'MIN-1',
  procedure: 'T1',
  declarationDate: '2026-02-04',
  placeOfDeclaration: 'Almaty',
  countryOfDispatch: 'KZ',
  countryOfDestination: 'UZ',
  countriesOfRouting: ['KZ', 'UZ'],
  officeOfDeparture: { reference: 'KZ510100', name: 'Almaty', country: 'KZ' },
  officesOfTransit: [],
  officeOfDestination: { reference: 'UZ170300', name: 'Tashkent', country: 'UZ' },
  holder: { name: 'Holder LLP', address: { street: 'Street 1', city: 'Almaty', country: 'KZ' } },
  transport: {
    borderMode: '3',
    meansAtDeparture: [{ kind: 'rigid', identity: '001AAA02', nationality: 'KZ' }],
    containerised: false,
  },
  guarantee: { kind: 'WAIVER' },
  seals: [],
  documents: [],
  consignments: [
    {
      consignor: { name: 'Seller', address: { street: 'S 1', city: 'Almaty', country: 'KZ' } },
      consignee: { name: 'Buyer', address: { street: 'B 2', city: 'Tashkent', country: 'UZ' } },
      items: [
        {
          sequence: 1,
          description: 'Wheat in bulk',
          hsCode: '100199',
          grossMass: 20000,
          packages: [{ kind: 'VR' }],
          containers: [],
          dangerousGoods: [],
          documents: [],
        },
      ],
    },
  ],
}

const bad = /undefined|null|NaN|\[object|Infinity/

describe('a minimal declaration', () => {
  it('is a valid file as far as the schema goes', () => {
    expect(DeclarationFileSchema.safeParse(minimal).success).toBe(true)
  })

  const docs = buildPacketContent(minimal, everything)

  it('builds every document with empty boxes for what is missing', () => {
    expect(docs.map((d) => d.id)).toEqual([
      'cover',
      'declaration',
      'tad',
      'cmr',
      'invoice',
      'packing',
    ])
    const all = everyPaper(minimal)
    expect(new Set(all.map((d) => d.id))).toEqual(new Set(PACKET_DOCUMENTS))
    for (const doc of all) expect(printedText(doc), doc.id).not.toMatch(bad)
    const sad = byId(docs, 'declaration')
    expect(headerBox(sad, '14').value).toBe('')
    expect(headerBox(sad, '22').value).toBe('')
    expect(headerBox(sad, '26').value).toBe('')
    expect(headerBox(sad, '27').value).toBe('')
    expect(headerBox(sad, '6').value).toBe('0')
    expect(headerBox(sad, '52').value).toBe('Guarantee waiver')
    const cover = byId(docs, 'cover')
    expect(boxByLabel(cover, 'Net mass').value).toBe('')
    expect(boxByLabel(cover, 'Value').value).toBe('')
    expect(boxByLabel(cover, 'Gross mass').value).toBe('20000 kg')
    const invoice = byId(docs, 'invoice')
    expect(boxByLabel(invoice, 'Invoice number').value).toBe('')
    expect(tables(invoice)[0].totals?.[7]).toBe('')
  })

  it('writes the postcode-less address without an empty line', () => {
    const sad = byId(docs, 'declaration')
    expect(headerBox(sad, '50').value.split('\n').slice(0, 4)).toEqual([
      'Holder LLP',
      'Street 1',
      'Almaty',
      'Kazakhstan (KZ)',
    ])
  })
})

describe('drafts with missing or ill-typed elements', () => {
  const drafts: [string, JsonObject][] = [
    ['empty object', {}],
    ['only the format', { format: 'transitdesk.declaration/1' }],
    [
      'wrong types everywhere',
      {
        lrn: 42,
        mrn: null,
        procedure: ['TIR'],
        holder: 'nobody',
        countriesOfRouting: 'KZ',
        officesOfTransit: [null, 5, { reference: null }],
        transport: { meansAtDeparture: [null, { identity: 7 }], containerised: 'yes' },
        guarantee: { kind: 'TIR_CARNET', vouchers: 'many', amount: { amount: 'x' } },
        seals: [null, 3],
        invoice: { total: Number.NaN, incoterm: null, currency: null },
        documents: [{ type: null }],
        consignments: [
          null,
          {
            consignor: { name: null, address: { street: null } },
            items: [
              {
                grossMass: '12',
                netMass: Number.POSITIVE_INFINITY,
                packages: [{ kind: 'BG', count: '3' }, null],
                value: { amount: null, currency: 'USD' },
                supplementaryUnits: { quantity: null },
                containers: null,
              },
              null,
            ],
          },
        ],
      },
    ],
  ]

  it.each(drafts)('%s: every paper builds and prints nothing broken', (_, draft) => {
    const docs = everyPaper(draft)
    expect(new Set(docs.map((d) => d.id))).toEqual(new Set(PACKET_DOCUMENTS))
    for (const doc of docs) expect(printedText(doc), doc.id).not.toMatch(bad)
  })

  it.each(readableSamples)('%s builds without broken text', (name) => {
    const docs = everyPaper(sample(name))
    for (const doc of docs) expect(printedText(doc), doc.id).not.toMatch(bad)
  })
})

describe('long and large declarations', () => {
  it('keeps long values whole (the engine shrinks or continues them)', () => {
    const long = 'Very long description '.repeat(23).trim()
    const declaration = structuredClone(minimal)
    const item = ((declaration.consignments as JsonObject[])[0].items as JsonObject[])[0]
    item.description = long
    for (const doc of everyPaper(declaration)) {
      if (doc.id !== 'cover') expect(printedText(doc), doc.id).toContain(long)
    }
  })

  it('builds a 999-item packet (its speed is measured in the benchmark)', () => {
    const declaration = sample('t1-poti-istanbul.json')
    const [consignment] = declaration.consignments as JsonObject[]
    const [first] = consignment.items as JsonObject[]
    const items = Array.from({ length: 999 }, (_, i) => ({ ...first, sequence: i + 1 }))
    const big = { ...declaration, consignments: [{ ...consignment, items }] }
    const docs = buildPacketContent(big, everything)
    expect(tables(byId(docs, 'invoice'))[0].rows).toHaveLength(999)
    expect(headerBox(byId(docs, 'declaration'), '3').value).toBe('1/334')
  })
})
