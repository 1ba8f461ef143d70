import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src/shared/format/canonical-json'
import type { JsonObject } from '../../../src/shared/json'
import {
  PACKET_DOCUMENTS,
  type Barcode,
  type PacketDocument,
} from '../../../src/shared/packet/content'
import {
  buildPacketContent,
  documentTitles,
  formsCount,
  PRE_LODGEMENT,
} from '../../../src/shared/packet/documents'
import { CMR_LABELS } from '../../../src/shared/packet/documents/cmr'
import { SAD_LABELS } from '../../../src/shared/packet/documents/declaration'
import { validSamples } from '../samples'
import { boxByLabel, boxes, byId, grids, headerBox, printedText, sample, tables } from './helpers'

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

describe.each(validSamples)('packet content of %s', (name) => {
  const declaration = sample(name)
  const docs = buildPacketContent(declaration, { generatedAt })
  const totals = expectedTotals[name]
  const tir = declaration.procedure === 'TIR'

  it('holds every document that applies, in packet order, with its English title', () => {
    const ids = PACKET_DOCUMENTS.filter((id) => id !== 'tir' || tir)
    expect(docs.map((d) => d.id)).toEqual(ids)
    for (const doc of docs) expect(doc.title).toBe(documentTitles[doc.id])
  })

  it('prints the LRN, the holder, every HS code and no "undefined", "null" or "NaN"', () => {
    const holder = (declaration.holder as JsonObject).name as string
    for (const doc of docs) {
      const text = printedText(doc)
      expect(text).not.toMatch(/undefined|null|NaN|\[object/)
      expect(text, doc.id).toContain(declaration.lrn)
    }
    for (const id of ['cover', 'declaration', 'tad'] as const) {
      expect(printedText(byId(docs, id))).toContain(holder)
    }
    for (const item of itemsOf(declaration)) {
      for (const id of ['declaration', 'tad', 'cmr', 'invoice'] as const) {
        expect(printedText(byId(docs, id)), `${id} ${item.hsCode}`).toContain(item.hsCode)
      }
    }
  })

  it('agrees on totals across cover, declaration, TAD, invoice and packing list', () => {
    const cover = byId(docs, 'cover')
    expect(boxByLabel(cover, 'Items').value).toBe(String(totals.items))
    expect(boxByLabel(cover, 'Packages').value).toBe(String(totals.packages))
    expect(boxByLabel(cover, 'Gross mass').value).toBe(`${totals.gross} kg`)
    expect(boxByLabel(cover, 'Net mass').value).toBe(`${totals.net} kg`)
    expect(boxByLabel(cover, 'Value').value).toBe(totals.value)

    const sad = byId(docs, 'declaration')
    expect(headerBox(sad, '5').value).toBe(String(totals.items))
    expect(headerBox(sad, '6').value).toBe(String(totals.packages))
    expect(headerBox(sad, '22').value).toBe(totals.value)

    const [goods] = tables(byId(docs, 'tad')).filter((t) => t.title === 'Goods items')
    expect(goods.rows).toHaveLength(totals.items)
    expect(goods.totals).toEqual([
      'Total',
      `${totals.packages} packages`,
      `${totals.items} items`,
      '',
      '',
      totals.gross,
      totals.net,
      '',
    ])

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

    const [cmrGoods] = tables(byId(docs, 'cmr'))
    expect(cmrGoods.totals?.[1]).toBe(String(totals.packages))
    expect(cmrGoods.totals?.[5]).toBe(totals.gross)
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

  it('numbers and labels every SAD box transit uses, items on SAD-BIS sheets', () => {
    const sad = byId(docs, 'declaration')
    const numbers = new Set(boxes(sad).map((b) => b.number))
    const wanted = ['1', '2', '3', '5', '6', '7', '8', '14', '15', '17', '18', '19', '21', '22']
    wanted.push('25', '26', '27', '31', '32', '33', '34', '35', '38', '40', '44', '50', '51')
    wanted.push('52', '53', 'C', 'D')
    for (const number of wanted) expect(numbers, `box ${number}`).toContain(number)
    for (const b of boxes(sad)) {
      expect(b.label).not.toBe('')
      if (b.number !== '44') {
        expect(b.label).toBe(SAD_LABELS[b.number as keyof typeof SAD_LABELS])
      }
    }
    const items = sad.items
    expect(items?.firstSheetItems).toBe(1)
    expect(items?.perSheet).toBe(3)
    expect(items?.grids).toHaveLength(totals.items)
    expect(items?.sheetHeader.boxes.map((b) => b.number)).toEqual(['1', '3', '7', '50'])
    const forms = `1/${formsCount(totals.items)}`
    expect(headerBox(sad, '3').value).toBe(forms)
    expect(items?.sheetHeader.boxes[1].value).toBe(forms)
    for (const [index, grid] of (items?.grids ?? []).entries()) {
      const item = itemsOf(declaration)[index]
      const value = (n: string) => grid.boxes.find((b) => b.number === n)?.value
      expect(grid.boxes.map((b) => b.number)).toEqual(
        expect.arrayContaining(['31', '32', '33', '34', '35', '38', '40', '41', '44']),
      )
      expect(value('32')).toBe(String(item.sequence))
      expect(value('33')).toBe(item.hsCode)
      expect(value('35')).toBe(String(item.grossMass))
      expect(value('31')).toContain(item.description)
    }
  })

  it('stamps a TAD without MRN PRE-LODGEMENT and barcodes the LRN', () => {
    const tad = byId(docs, 'tad')
    const [barcode] = barcodes(tad)
    expect(barcode).toMatchObject({ symbology: 'code128', data: declaration.lrn })
    expect(barcode.caption).toBe(declaration.lrn)
    expect(tad.stamp).toBe(PRE_LODGEMENT)
    expect(tad.pageBarcode).toBe(declaration.lrn)
    const goods = tables(tad).find((t) => t.title === 'Goods items')
    expect(goods?.pageBreakBefore).toBe(true)
    const itinerary = tables(tad).find((t) => t.title === 'Itinerary')
    const route = declaration.countriesOfRouting as string[]
    expect(itinerary?.rows.filter((r) => r[0] !== '').map((r) => r[1].slice(0, 2))).toEqual(route)
    const references = itinerary?.rows.map((r) => r[3])
    expect(references).toContain((declaration.officeOfDeparture as JsonObject).reference)
    expect(references).toContain((declaration.officeOfDestination as JsonObject).reference)
    for (const office of declaration.officesOfTransit as JsonObject[]) {
      expect(references).toContain(office.reference)
    }
    expect(itinerary?.rows.some((r) => r[5] === declaration.limitDate)).toBe(true)
  })

  it('barcodes the MRN once the declaration has one, without the stamp', () => {
    const mrn = '26KZ5101000000117A'
    const [tad] = buildPacketContent({ ...declaration, mrn }, { generatedAt, documents: ['tad'] })
    expect(barcodes(tad)[0]).toMatchObject({ symbology: 'code128', data: mrn, caption: mrn })
    expect(tad.stamp).toBeUndefined()
    expect(tad.pageBarcode).toBe(mrn)
    expect(printedText(tad)).not.toContain(PRE_LODGEMENT)
    const [cover] = buildPacketContent(
      { ...declaration, mrn },
      { generatedAt, documents: ['cover'] },
    )
    expect(JSON.parse(barcodes(cover)[0].data).mrn).toBe(mrn)
  })

  it('labels the 24 CMR boxes in English and Russian', () => {
    const cmr = byId(docs, 'cmr')
    const numbered = boxes(cmr)
    for (const b of numbered) {
      expect(b.labelSecondary, `box ${b.number}`).toMatch(/[А-Яа-я]/)
      expect([b.label, b.labelSecondary]).toEqual(CMR_LABELS[b.number])
    }
    const columns = tables(cmr)[0].columns.map((c) => c.label)
    const found = [...numbered.map((b) => b.number), ...columns.map((label) => label.split(' ')[0])]
    expect(found.map(Number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    )
    for (const label of columns) expect(label).toMatch(/ \/ .*[А-Яа-я]/)
    expect(headerBox(cmr, '3').label).toBe('Place and date of taking over the goods')
    expect(headerBox(cmr, '4').label).toBe('Place of delivery of the goods')
    const documents = headerBox(cmr, '5').value
    for (const doc of declaration.documents as JsonObject[]) {
      if (doc.type !== 'N730') expect(documents).toContain(doc.reference)
    }
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

describe('TIR data sheet', () => {
  const tirSample = sample('tir-almaty-karachi.json')

  it('is in the default packet only for procedure TIR, and on request for others', () => {
    for (const name of validSamples) {
      const declaration = sample(name)
      const ids = buildPacketContent(declaration, { generatedAt }).map((d) => d.id)
      expect(ids.includes('tir'), name).toBe(declaration.procedure === 'TIR')
    }
    const [sheet] = buildPacketContent(sample('eaeu-minsk-almaty.json'), {
      generatedAt,
      documents: ['tir'],
    })
    expect(sheet.id).toBe('tir')
    expect(printedText(sheet)).toContain('not TIR')
  })

  it('gives the cover entries and the voucher boxes 1–12 and 14 by number', () => {
    const [sheet] = buildPacketContent(tirSample, { generatedAt, documents: ['tir'] })
    const cover = grids(sheet).find((g) => g.title?.startsWith('Carnet cover'))
    const vouchers = grids(sheet).find((g) => g.title?.startsWith('Vouchers'))
    expect(cover?.boxes.filter((b) => b.number !== '').map((b) => b.number)).toEqual([
      '1',
      '3',
      '6',
      '7',
      '8',
    ])
    expect(vouchers?.boxes.map((b) => b.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    const value = (n: string) => vouchers?.boxes.find((b) => b.number === n)?.value ?? ''
    expect(value('1')).toContain('XZ81234567')
    expect(value('1')).toContain('KZ510100')
    expect(value('2')).toContain('PK0KHI01')
    expect(value('3')).toContain('ТОО «Жетысу Текстиль Экспорт»')
    expect(value('3')).toContain('KAZ/015/000231')
    expect(value('5')).toContain('123ABC02')
    expect(value('6')).toBe('KZ-0098812')
    expect(value('8')).not.toContain('XZ81234567')
    const manifest = tables(sheet)[0]
    expect(manifest.columns.map((c) => c.label.split(' ')[0])).toEqual(['Item', '9', '10', '11'])
    expect(manifest.rows.map((r) => r[3])).toEqual(['12240', '6150', '1035.5'])
    expect(headerBox(sheet, '12').value).toBe('580 (five hundred eighty)')
    expect(headerBox(sheet, '14').value).toContain('Almaty, 2026-02-04')
    expect(headerBox(sheet, '6', 'Carnet cover: holder’s entries').value).toBe('Kazakhstan (KZ)')
    expect(headerBox(sheet, '7', 'Carnet cover: holder’s entries').value).toBe('Pakistan (PK)')
  })

  it('lists the TIR Carnet in CMR box 5, once', () => {
    const [cmr] = buildPacketContent(tirSample, { generatedAt, documents: ['cmr'] })
    const box5 = headerBox(cmr, '5').value.split('\n')
    expect(box5[0]).toBe('TIR Carnet XZ81234567')
    expect(box5.filter((l) => l.includes('XZ81234567'))).toHaveLength(1)
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
    const declaration = sample('tir-almaty-karachi.json')
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
    expect(headerBox(sad, '6').value).toBe(String(480 * items))
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
    const declaration = sample('tir-almaty-karachi.json')
    const [consignment] = declaration.consignments as JsonObject[]
    const items = consignment.items as JsonObject[]
    const other = {
      ...consignment,
      consignee: { ...(consignment.consignee as JsonObject), name: 'Second Buyer Ltd' },
      items: [{ ...items[2], sequence: 2 }],
    }
    const two = { ...declaration, consignments: [{ ...consignment, items: [items[0]] }, other] }
    const docs = buildPacketContent(two, { generatedAt })
    const sad = byId(docs, 'declaration')
    expect(headerBox(sad, '8').value).toBe('Various — see items')
    expect(sad.items?.grids[1].boxes.find((b) => b.number === '8')?.value).toContain(
      'Second Buyer Ltd',
    )
    const cmr = byId(docs, 'cmr')
    const cmrGrids = grids(cmr).filter((g) => g.boxes.some((b) => b.number === '1'))
    expect(cmrGrids).toHaveLength(2)
    expect(cmrGrids[1].pageBreakBefore).toBe(true)
    expect(printedText(cmr)).toContain('consignment 2 of 2')
  })
})
