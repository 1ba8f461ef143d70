/**
 * The TIR Carnet data sheet (documents/tir.ts): the cover's boxes 1–12 and the voucher boxes by
 * number and label, the goods manifest split by container or vehicle (art. 17), the heavy or
 * bulky goods endorsement on the cover and on every voucher and manifest block (art. 32),
 * N952, DD.MM.YYYY — and the same read back from the PDF.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import type { BoxGrid, PacketDocument } from '../../../src/shared/packet/content'
import {
  TIR_COVER_LABELS,
  TIR_VOUCHER_LABELS,
  tirDocument,
} from '../../../src/shared/packet/documents/tir'
import { HEAVY_OR_BULKY, MANIFEST_COLUMNS } from '../../../src/shared/packet/documents/tir-manifest'
import { declarationView } from '../../../src/shared/model/view'
import { pdfPages, rendered } from '../packet-layout/helpers'
import { grids, printedText, sample, tables } from './helpers'

const tirSample = sample('tir-almaty-karachi.json')

function sheetOf(declaration: JsonObject): PacketDocument {
  return tirDocument(declarationView(declaration))
}

/** The sample with its items (in file order) put in these containers. */
function withContainers(containers: string[][], more: JsonObject = {}): JsonObject {
  const [consignment] = tirSample.consignments as JsonObject[]
  const items = (consignment.items as JsonObject[]).map((item, i) => ({
    ...item,
    containers: containers[i] ?? [],
  }))
  return { ...tirSample, ...more, consignments: [{ ...consignment, items }] }
}

function gridTitled(doc: PacketDocument, start: string): BoxGrid {
  const found = grids(doc).find((g) => g.title?.startsWith(start))
  if (!found) throw new Error(`no grid "${start}…"`)
  return found
}

function value(grid: BoxGrid, number: string): string {
  const b = grid.boxes.find((x) => x.number === number)
  if (!b) throw new Error(`no box ${number} in "${grid.title}"`)
  return b.value
}

describe('TIR Carnet data sheet', () => {
  const sheet = sheetOf(tirSample)
  const coverA = gridTitled(sheet, 'Carnet cover, page 1 — boxes 1 to 5')
  const coverB = gridTitled(sheet, 'Carnet cover, page 1 — boxes 6 to 12')
  const vouchers = gridTitled(sheet, 'Vouchers')

  it('gives the cover boxes 1–12 by number and label, 1–5 for the association', () => {
    const numbered = [...coverA.boxes, ...coverB.boxes].filter((b) => b.number !== '')
    expect(numbered.map((b) => b.number)).toEqual(
      Object.keys(TIR_COVER_LABELS).sort((a, b) => +a - +b),
    )
    for (const b of numbered) {
      expect(b.label).toBe(TIR_COVER_LABELS[b.number as keyof typeof TIR_COVER_LABELS])
    }
    expect(value(coverA, '1')).toBe('15.03.2026')
    expect(value(coverA, '3').split('\n')[0]).toBe('KAZ/015/000231')
    expect(value(coverA, '3')).toContain('ТОО «Жетысу Текстиль Экспорт»')
    for (const n of ['2', '4', '5']) expect(value(coverA, n)).toBe('')
    expect(value(coverB, '6')).toBe('Kazakhstan (KZ)')
    expect(value(coverB, '7')).toBe('Pakistan (PK)')
    expect(value(coverB, '8')).toBe('tractor 123ABC02 (KZ)\nsemi-trailer 45AB02 (KZ)')
    expect(value(coverB, '9')).toBe('KZ-0098812')
    expect(coverB.boxes.map((b) => b.number)).toEqual(['6', '7', '8', '9', '10', '11', '12'])
  })

  it('gives the holder’s voucher boxes as numbered on the voucher', () => {
    const numbers = [...vouchers.boxes.map((b) => b.number)]
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    const closing = grids(sheet).find((g) => g.boxes.some((b) => b.number === '15'))!
    expect(closing.boxes.map((b) => b.number)).toEqual(['12', '13', '14', '15'])
    for (const b of [...vouchers.boxes, ...closing.boxes]) {
      expect(b.label).toBe(TIR_VOUCHER_LABELS[b.number as keyof typeof TIR_VOUCHER_LABELS])
    }
    expect(value(vouchers, '1')).toBe('XZ81234567')
    expect(value(vouchers, '2')).toBe('1. KZ510100 Almaty inland customs post (KZ)')
    expect(value(vouchers, '4')).toContain('KAZ/015/000231')
    expect(value(vouchers, '5')).toBe('Kazakhstan (KZ)')
    expect(value(vouchers, '6')).toBe('Pakistan (PK)')
    expect(value(vouchers, '7')).toContain('45AB02')
    const attached = value(vouchers, '8')
    expect(attached).toContain('Commercial invoice N380 ZTE-2026/017 of 01.02.2026')
    expect(attached).toContain('KZ-CT1-2026-00412 of 02.02.2026')
    expect(attached).not.toContain('XZ81234567')
    expect(value(closing, '12')).toBe('580 (five hundred eighty)')
    expect(value(closing, '14')).toBe('Almaty, 04.02.2026')
  })

  it('names the carnet with its document code N952 and writes dates DD.MM.YYYY', () => {
    const text = printedText(sheet)
    expect(text).toContain('TIR Carnet No. XZ81234567 (document code N952)')
    expect(text).toContain('not the carnet')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(/undefined|null|NaN/)
    expect(text).not.toContain(HEAVY_OR_BULKY)
  })

  it('lists goods in no container as one block headed by the load-carrying vehicle', () => {
    const [manifest, ...more] = tables(sheet)
    expect(more).toHaveLength(0)
    expect(manifest.title).toBe('Goods manifest: Road vehicle semi-trailer 45AB02 (KZ)')
    expect(manifest.columns.map((c) => c.label)).toEqual([...MANIFEST_COLUMNS])
    expect(manifest.rows.map((r) => r[2])).toEqual(['12240', '6150', '1035.5'])
    expect(manifest.rows[0][0].split('\n')).toEqual([
      'Road vehicle semi-trailer 45AB02 (KZ)',
      'ZTE/KHI 1-480',
    ])
    expect(manifest.rows[1][0]).toBe('ZTE/KHI B1-B30')
    expect(manifest.rows[0][1]).toContain('480 BG (Bag)')
    expect(manifest.rows[0][1]).toContain('HS code 520512')
    expect(manifest.totals).toEqual([
      'Total, Road vehicle semi-trailer 45AB02 (KZ)',
      '580 packages',
      '19425.5',
    ])
  })

  it('splits the manifest by container, each block headed by its container (art. 17)', () => {
    const split = sheetOf(withContainers([['MSCU1234566'], [], ['MSCU1234566']]))
    const blocks = tables(split)
    expect(blocks.map((t) => t.title)).toEqual([
      'Goods manifest 1 of 2: Container MSCU1234566',
      'Goods manifest 2 of 2: Road vehicle semi-trailer 45AB02 (KZ)',
    ])
    expect(blocks[0].rows.map((r) => r[2])).toEqual(['12240', '1035.5'])
    expect(blocks[0].rows[0][0].split('\n')[0]).toBe('Container MSCU1234566')
    expect(blocks[0].totals).toEqual(['Total, Container MSCU1234566', '550 packages', '13275.5'])
    expect(blocks[1].rows.map((r) => r[2])).toEqual(['6150'])
    expect(value(gridTitled(split, 'Carnet cover, page 1 — boxes 6'), '10')).toBe('MSCU1234566')

    const three = tables(
      sheetOf(withContainers([['MSCU1234566'], ['TGHU7654321'], ['MSCU1234566', 'TGHU7654321']])),
    )
    expect(three.map((t) => t.title)).toEqual([
      'Goods manifest 1 of 3: Container MSCU1234566',
      'Goods manifest 2 of 3: Container TGHU7654321',
      'Goods manifest 3 of 3: Containers MSCU1234566, TGHU7654321',
    ])
    const text = printedText(
      sheetOf(withContainers([['MSCU1234566'], ['TGHU7654321'], ['TGHU7654321', 'MSCU1234566']])),
    )
    expect(text).toContain('the contents of each of the 2 containers separately (art. 17)')
    expect(text).toContain('Goods loaded in several containers are listed once, under all of them.')
    const mixed = printedText(sheetOf(withContainers([['MSCU1234566'], [], []])))
    expect(mixed).toContain('the contents of the container and of the road vehicle separately')
  })

  it('endorses HEAVY OR BULKY GOODS in the bold headings of the cover, the vouchers and every manifest block', () => {
    const transport = { ...(tirSample.transport as JsonObject), heavyOrBulky: true }
    const heavy = sheetOf(withContainers([['MSCU1234566'], [], ['TGHU7654321']], { transport }))
    const endorsed = `${HEAVY_OR_BULKY} — `
    const headed = [
      gridTitled(heavy, `${endorsed}Carnet cover, page 1 — boxes 1 to 5`),
      gridTitled(heavy, `${endorsed}Vouchers`),
      ...tables(heavy),
    ]
    expect(tables(heavy)).toHaveLength(3)
    for (const block of headed) expect(block.title, block.title).toMatch(/^HEAVY OR BULKY GOODS — /)
    const titles = [...grids(heavy), ...tables(heavy)].map((b) => b.title ?? '')
    expect(titles.filter((t) => t.includes(HEAVY_OR_BULKY))).toHaveLength(5)
  })

  it('says so when the declaration is not a TIR one', () => {
    const other = sheetOf(sample('eaeu-minsk-almaty.json'))
    expect(printedText(other)).toContain('not TIR: the sheet is for reference only')
    expect(printedText(other)).toContain('TIR Carnet No. (not given)')
  })

  it('prints an empty manifest block for a declaration without items', () => {
    const empty = sheetOf({ lrn: 'X', procedure: 'TIR' })
    const [manifest] = tables(empty)
    expect(manifest.rows).toEqual([])
    expect(manifest.title).toBe('Goods manifest: Road vehicle (registration not given)')
    expect(printedText(empty)).not.toMatch(/undefined|null|NaN/)
  })

  it('prints the boxes, the endorsement and the dates as real text in the PDF', async () => {
    const transport = { ...(tirSample.transport as JsonObject), heavyOrBulky: true }
    const { file } = await rendered([sheetOf({ ...tirSample, transport })])
    const text = pdfPages(file).join('\n').replace(/\s+/g, ' ')
    for (const words of [
      'TIR Carnet data sheet',
      'HEAVY OR BULKY GOODS',
      'N952',
      'Registration No(s). of road vehicle(s)',
      'Identification No(s). of container(s)',
      'Documents attached to the manifest',
      '15.03.2026',
      'Almaty, 04.02.2026',
      'KAZ/015/000231',
    ]) {
      expect(text, words).toContain(words)
    }
  })
})
