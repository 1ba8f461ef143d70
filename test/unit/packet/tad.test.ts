/**
 * The T1/T2 papers: the TAD in the NCTS Phase 5 layout (data element numbers, list of items with
 * supplementary units, the officers' sections) and the SAD-style business-continuity declaration.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import type { Barcode, PacketDocument } from '../../../src/shared/packet/content'
import { buildPacketContent, formsCount, PRE_LODGEMENT } from '../../../src/shared/packet/documents'
import { SAD_LABELS } from '../../../src/shared/packet/documents/declaration'
import { LIST_OF_ITEMS } from '../../../src/shared/packet/documents/tad-items'
import { numbered, TAD_LABELS } from '../../../src/shared/packet/documents/tad-sections'
import { boxes, grids, headerBox, printedText, sample, tables } from './helpers'

const generatedAt = '2026-02-04T10:00:00Z'
const t1 = sample('t1-poti-istanbul.json')
const items = (d: JsonObject) =>
  (d.consignments as JsonObject[]).flatMap((c) => c.items as JsonObject[])

function tadOf(declaration: JsonObject): PacketDocument {
  const [tad] = buildPacketContent(declaration, { generatedAt, documents: ['tad'] })
  return tad
}
const barcodes = (doc: PacketDocument) =>
  doc.blocks.filter((b): b is Barcode => b.kind === 'barcode')
const labelled = (doc: PacketDocument, label: string) =>
  boxes(doc).find((b) => b.label === label)?.value

describe('TAD (NCTS Phase 5)', () => {
  const tad = tadOf(t1)

  it('labels its data with their data element numbers', () => {
    const holder = (t1.holder as JsonObject).name as string
    expect(labelled(tad, TAD_LABELS.holder)).toContain(holder)
    expect(labelled(tad, TAD_LABELS.lrn)).toBe(t1.lrn)
    expect(labelled(tad, TAD_LABELS.declarationType)).toBe('T1')
    expect(labelled(tad, TAD_LABELS.carrier)).toContain((t1.carrier as JsonObject).name as string)
    expect(labelled(tad, TAD_LABELS.transportDocument)).toContain('N730')
    expect(labelled(tad, TAD_LABELS.supportingDocument)).toContain('N380')
    expect(labelled(tad, TAD_LABELS.limitDate)).toBe(t1.limitDate)
    const numbered = boxes(tad).filter((b) => /\[\d\d\u00a0\d\d/.test(b.label))
    expect(numbered.length).toBeGreaterThanOrEqual(20)
  })

  it('has the three sections officers write in, left empty', () => {
    const titles = grids(tad).map((g) => g.title)
    for (const title of [
      'CONTROL BY OFFICE OF DEPARTURE',
      'INCIDENTS DURING TRANSPORT (BCP)',
      'CERTIFICATION BY COMPETENT AUTHORITIES',
      'CONTROL BY OFFICE OF DESTINATION',
    ]) {
      const section = grids(tad).find((g) => g.title === title)
      expect(section, title).toBeDefined()
      expect(section?.boxes.every((b) => b.value.trim() === '')).toBe(true)
    }
    expect(titles.indexOf('CONTROL BY OFFICE OF DEPARTURE')).toBeLessThan(
      titles.indexOf('CONTROL BY OFFICE OF DESTINATION'),
    )
  })

  it('lists the items with supplementary units on pages of their own', () => {
    const many = structuredClone(t1)
    const [consignment] = many.consignments as JsonObject[]
    const [first] = consignment.items as JsonObject[]
    consignment.items = [
      first,
      { ...first, sequence: 2, supplementaryUnits: { quantity: 7000, unit: 'NAR' } },
    ]
    const list = tables(tadOf(many)).find((t) => t.title === LIST_OF_ITEMS)
    expect(list?.pageBreakBefore).toBe(true)
    const column = list!.columns.findIndex(
      (c) => c.label === numbered('Supplementary units', '18 02'),
    )
    expect(column).toBeGreaterThan(0)
    expect(list!.rows[1][column]).toBe('7000 NAR')
    expect(list!.rows.map((r) => r[3])).toEqual(items(many).map((i) => i.hsCode))
  })

  it('names each item’s consignee [13 03] when the consignments have different ones', () => {
    const two = structuredClone(t1)
    const [consignment] = two.consignments as JsonObject[]
    const other = {
      ...consignment,
      consignee: { ...(consignment.consignee as JsonObject), name: 'Second Consignee Ltd' },
    }
    two.consignments = [consignment, other]
    const list = tables(tadOf(two)).find((t) => t.title === LIST_OF_ITEMS)!
    const last = list.columns.length - 1
    expect(list.rows[0][last]).toContain(
      `${numbered('Consignee', '13 03')}: ${(consignment.consignee as JsonObject).name}`,
    )
    expect(list.rows[1][last]).toContain('Second Consignee Ltd')
    const one = tables(tad).find((t) => t.title === LIST_OF_ITEMS)!
    expect(one.rows[0][one.columns.length - 1]).not.toContain('Consignee')
  })

  it('puts every office of the itinerary in its country of routing [16 12]', () => {
    const itinerary = tables(tad).find((t) => t.title === 'Itinerary')!
    const route = t1.countriesOfRouting as string[]
    expect(itinerary.rows.filter((r) => r[0] !== '').map((r) => r[1].slice(0, 2))).toEqual(route)
    const departure = itinerary.rows.find((r) => r[2] === TAD_LABELS.officeOfDeparture)
    expect(departure?.[3]).toBe((t1.officeOfDeparture as JsonObject).reference)
    const destination = itinerary.rows.find((r) => r[2] === TAD_LABELS.officeOfDestination)
    expect(destination?.[3]).toBe((t1.officeOfDestination as JsonObject).reference)
  })

  it('stamps a TAD without MRN PRE-LODGEMENT and barcodes the LRN', () => {
    expect(barcodes(tad)[0]).toMatchObject({ symbology: 'code128', data: t1.lrn, caption: t1.lrn })
    expect(tad.stamp).toBe(PRE_LODGEMENT)
    expect(tad.pageBarcode).toBe(t1.lrn)
  })

  it('barcodes the MRN once the declaration has one, without the stamp', () => {
    const mrn = '26GE5101000000117J'
    const lodged = tadOf({ ...t1, mrn })
    expect(barcodes(lodged)[0]).toMatchObject({ symbology: 'code128', data: mrn, caption: mrn })
    expect(lodged.stamp).toBeUndefined()
    expect(printedText(lodged)).not.toContain(PRE_LODGEMENT)
  })

  it('is never made for TIR, EAEU or national transit, even when asked for', () => {
    for (const name of [
      'tir-almaty-karachi.json',
      'eaeu-minsk-almaty.json',
      'national-karachi-kabul.json',
    ]) {
      const ids = buildPacketContent(sample(name), {
        generatedAt,
        documents: ['tad', 'declaration'],
      })
      expect(ids, name).toEqual([])
    }
  })
})

describe('SAD-style declaration (T1/T2 business continuity, on request only)', () => {
  const [sad] = buildPacketContent(t1, { generatedAt, documents: ['declaration'] })

  it('is not in the default packet', () => {
    expect(buildPacketContent(t1, { generatedAt }).map((d) => d.id)).not.toContain('declaration')
  })

  it('numbers and labels every SAD box transit uses, items on SAD-BIS sheets', () => {
    const numbers = new Set(boxes(sad).map((b) => b.number))
    const wanted = ['1', '2', '3', '5', '6', '7', '8', '14', '15', '17', '18', '19', '21', '22']
    wanted.push('25', '26', '27', '31', '32', '33', '34', '35', '38', '40', '44', '50', '51')
    wanted.push('52', '53', 'C', 'D')
    for (const number of wanted) expect(numbers, `box ${number}`).toContain(number)
    for (const b of boxes(sad)) {
      if (b.number !== '44') expect(b.label).toBe(SAD_LABELS[b.number as keyof typeof SAD_LABELS])
    }
    expect(headerBox(sad, '1').value).toBe('T1')
    expect(headerBox(sad, '3').value).toBe(`1/${formsCount(items(t1).length)}`)
    expect(sad.items?.sheetHeader.boxes.map((b) => b.number)).toEqual(['1', '3', '7', '50'])
    for (const [index, grid] of (sad.items?.grids ?? []).entries()) {
      const item = items(t1)[index]
      const value = (n: string) => grid.boxes.find((b) => b.number === n)?.value
      expect(value('33')).toBe(item.hsCode)
      expect(value('35')).toBe(String(item.grossMass))
    }
  })
})
