import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src/shared/format/canonical-json'
import type { JsonObject } from '../../../src/shared/json'
import type { Barcode, PacketDocument, PacketDocumentId } from '../../../src/shared/packet/content'
import {
  buildPacketContent,
  documentTitles,
  formsCount,
} from '../../../src/shared/packet/documents'
import { validSamples } from '../samples'
import { boxByLabel, byId, headerBox, printedText, sample, tables } from './helpers'

const generatedAt = '2026-02-04T10:00:00Z'

/** What each valid sample adds up to, worked out by hand from the files. */
const expectedTotals: Record<
  string,
  { items: number; packages: number; gross: string; net: string; value: string }
> = {
  'tir-almaty-karachi.json': {
    items: 3,
    packages: 580,
    gross: '19425.5',
    net: '18980',
    value: '61250.00 USD',
  },
  'eaeu-minsk-almaty.json': {
    items: 2,
    // 4 unpacked tractors (NE, counted as NCTS rule C0060 says) and 6 cases
    packages: 10,
    gross: '18940',
    net: '18480',
    value: '186000.00 EUR',
  },
  'national-karachi-kabul.json': {
    items: 2,
    packages: 1450,
    gross: '30250',
    net: '28000',
    value: '58400.50 USD',
  },
  't1-poti-istanbul.json': {
    items: 1,
    packages: 800,
    gross: '20400',
    net: '20000',
    value: '52000.00 USD',
  },
}

function itemsOf(declaration: JsonObject): JsonObject[] {
  return (declaration.consignments as JsonObject[]).flatMap((c) => c.items as JsonObject[])
}

function barcodes(doc: PacketDocument): Barcode[] {
  return doc.blocks.filter((b): b is Barcode => b.kind === 'barcode')
}

it('has the four valid samples', () => {
  expect(validSamples.sort()).toEqual(Object.keys(expectedTotals).sort())
})

/** The default papers of each sample (corridor.md: by procedure, and the transport paper by mode). */
const expectedPapers: Record<string, PacketDocumentId[]> = {
  'tir-almaty-karachi.json': ['cover', 'tir', 'cmr', 'invoice', 'packing'],
  'eaeu-minsk-almaty.json': ['cover', 'td', 'smgs', 'invoice', 'packing'],
  'national-karachi-kabul.json': ['cover', 'summary', 'cmr', 'invoice', 'packing'],
  't1-poti-istanbul.json': ['cover', 'tad', 'cmr', 'invoice', 'packing'],
}

describe.each(validSamples)('packet content of %s', (name) => {
  const declaration = sample(name)
  const docs = buildPacketContent(declaration, { generatedAt })
  const totals = expectedTotals[name]

  it('holds exactly the papers of its procedure and mode, in packet order, with their titles', () => {
    expect(docs.map((d) => d.id)).toEqual(expectedPapers[name])
    for (const doc of docs) expect(doc.title).toBe(documentTitles[doc.id])
  })

  it('prints the LRN, the holder, every HS code and no "undefined", "null" or "NaN"', () => {
    const holder = (declaration.holder as JsonObject).name as string
    for (const doc of docs) {
      const text = printedText(doc)
      expect(text).not.toMatch(/undefined|null|NaN|\[object/)
      expect(text, doc.id).toContain(declaration.lrn)
    }
    expect(printedText(byId(docs, 'cover'))).toContain(holder)
    const declarationPaper = docs[1]
    expect(printedText(declarationPaper), declarationPaper.id).toContain(holder)
    for (const item of itemsOf(declaration)) {
      for (const doc of docs.filter((d) => d.id !== 'cover' && d.id !== 'packing')) {
        expect(printedText(doc), `${doc.id} ${item.hsCode}`).toContain(item.hsCode)
      }
    }
  })

  it('agrees on totals across cover, invoice and packing list', () => {
    const cover = byId(docs, 'cover')
    expect(boxByLabel(cover, 'Items').value).toBe(String(totals.items))
    expect(boxByLabel(cover, 'Packages').value).toBe(String(totals.packages))
    expect(boxByLabel(cover, 'Gross mass').value).toBe(`${totals.gross} kg`)
    expect(boxByLabel(cover, 'Net mass').value).toBe(`${totals.net} kg`)
    expect(boxByLabel(cover, 'Value').value).toBe(totals.value)

    const invoice = byId(docs, 'invoice')
    const [lines] = tables(invoice)
    expect(lines.rows).toHaveLength(totals.items)
    const [amount] = totals.value.split(' ')
    expect(lines.totals?.slice(5)).toEqual([totals.net, totals.gross, amount])
    expect(printedText(invoice)).toContain(`Total invoice value: ${totals.value}`)

    const [packing] = tables(byId(docs, 'packing'))
    expect(packing.rows).toHaveLength(totals.items)
    expect(packing.totals?.[3]).toBe(String(totals.packages))
    expect(packing.totals?.slice(5, 7)).toEqual([totals.net, totals.gross])
  })

  it('puts a QR code on the cover with the LRN, MRN and SHA-256 of the canonical JSON', () => {
    const cover = byId(docs, 'cover')
    const [qr] = barcodes(cover)
    expect(qr.symbology).toBe('qrcode')
    const digest = createHash('sha256').update(canonicalJson(declaration), 'utf8').digest('hex')
    expect(qr.data).toBe(
      `{"lrn":${JSON.stringify(declaration.lrn)},"mrn":null,"sha256":"${digest}"}`,
    )
    const payload = JSON.parse(qr.data) as Record<string, unknown>
    expect(Object.keys(payload)).toEqual(['lrn', 'mrn', 'sha256'])
    expect(printedText(cover)).toContain(digest)
  })

  it('lists the packet on the cover with an empty "Pages" column for the engine', () => {
    const [index] = tables(byId(docs, 'cover'))
    expect(index.columns.map((c) => c.label)).toEqual(['No.', 'Document', 'Pages'])
    expect(index.rows.map((r) => r[1])).toEqual(docs.map((d) => d.title))
    expect(index.rows.every((r) => r[2] === '')).toBe(true)
  })

  it('fills the invoice with seller, buyer, number, Incoterm and amount in words', () => {
    const invoice = byId(docs, 'invoice')
    const consignment = (declaration.consignments as JsonObject[])[0]
    const inv = declaration.invoice as JsonObject
    expect(boxByLabel(invoice, 'Seller').value).toContain(
      (consignment.consignor as JsonObject).name,
    )
    expect(boxByLabel(invoice, 'Buyer').value).toContain((consignment.consignee as JsonObject).name)
    expect(boxByLabel(invoice, 'Invoice number').value).toBe(inv.number)
    expect(boxByLabel(invoice, 'Invoice date').value).toBe(inv.date)
    const incoterm = inv.incoterm as JsonObject
    expect(boxByLabel(invoice, 'Incoterms® 2020').value).toContain(
      `${incoterm.rule} ${incoterm.place}`,
    )
    expect(printedText(invoice)).toMatch(/Amount in words: [A-Z][a-z-]+ .* and \d\d (cents)/)
  })
})

describe('SAD forms count', () => {
  it.each([
    [1, 1],
    [2, 2],
    [4, 2],
    [5, 3],
    [999, 334],
  ])('%d items → %d sheets', (items, sheets) => {
    expect(formsCount(items)).toBe(sheets)
    const declaration = sample('t1-poti-istanbul.json')
    const [consignment] = declaration.consignments as JsonObject[]
    const [first] = consignment.items as JsonObject[]
    const many = {
      ...declaration,
      consignments: [
        {
          ...consignment,
          items: Array.from({ length: items }, (_, i) => ({ ...first, sequence: i + 1 })),
        },
      ],
    }
    const [sad] = buildPacketContent(many, { generatedAt, documents: ['declaration'] })
    expect(headerBox(sad, '3').value).toBe(`1/${sheets}`)
    expect(sad.items?.grids).toHaveLength(items)
    expect(headerBox(sad, '6').value).toBe(String(800 * items))
  })
})

describe('buildPacketContent', () => {
  it('keeps packet order whatever order the documents are asked in', () => {
    const docs = buildPacketContent(sample('tir-almaty-karachi.json'), {
      generatedAt,
      documents: ['packing', 'cover', 'cmr'],
    })
    expect(docs.map((d) => d.id)).toEqual(['cover', 'cmr', 'packing'])
    const [index] = tables(docs[0])
    expect(index.rows.map((r) => r[1])).toEqual([
      'Cover sheet',
      'CMR consignment note',
      'Packing list',
    ])
  })

  it('builds the same content twice (pure)', () => {
    const declaration = sample('national-karachi-kabul.json')
    expect(buildPacketContent(declaration, { generatedAt })).toEqual(
      buildPacketContent(declaration, { generatedAt }),
    )
  })

  it('gives boxes 2 and 8 per item when consignments have different parties', () => {
    const declaration = sample('t1-poti-istanbul.json')
    const [consignment] = declaration.consignments as JsonObject[]
    const [item] = consignment.items as JsonObject[]
    const other = {
      ...consignment,
      consignee: { ...(consignment.consignee as JsonObject), name: 'Second Buyer Ltd' },
      items: [{ ...item, sequence: 2 }],
    }
    const two = { ...declaration, consignments: [consignment, other] }
    const [sad] = buildPacketContent(two, { generatedAt, documents: ['declaration'] })
    expect(headerBox(sad, '8').value).toBe('Various — see items')
    expect(sad.items?.grids[1].boxes.find((b) => b.number === '8')?.value).toContain(
      'Second Buyer Ltd',
    )
  })

  it('leaves out papers asked for that the procedure or mode does not have', () => {
    const docs = buildPacketContent(sample('eaeu-minsk-almaty.json'), {
      generatedAt,
      documents: ['cover', 'tad', 'tir', 'declaration', 'cmr', 'td', 'smgs'],
    })
    expect(docs.map((d) => d.id)).toEqual(['cover', 'td', 'smgs'])
  })
})
