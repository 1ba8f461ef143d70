/**
 * The CMR consignment note (documents/cmr.ts): the RU blank's numbering (14 Возврат,
 * 15 Условия оплаты, 19 Подлежит оплате, 20 Особые согласованные условия), Russian labels with
 * English beside them, the carrier in 16, box 5 with the TIR Carnet, the three copies, dates
 * DD.MM.YYYY, the ADR particulars in box 9 (dangerous-goods.ts) — and the PDF read back.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import type { BoxGrid, PacketDocument } from '../../../src/shared/packet/content'
import {
  CMR_COPIES,
  CMR_LABELS,
  CMR_STATEMENT,
  CMR_TITLE,
  cmrDocument,
} from '../../../src/shared/packet/documents/cmr'
import {
  dangerousGoodsParticulars,
  formatTunnelCode,
} from '../../../src/shared/packet/documents/dangerous-goods'
import { declarationView, type DangerousGoodsView } from '../../../src/shared/model/view'
import { pdfPages, rendered } from '../packet-layout/helpers'
import { grids, printedText, sample, tables } from './helpers'

const tirSample = sample('tir-almaty-karachi.json')

function noteOf(declaration: JsonObject): PacketDocument {
  return cmrDocument(declarationView(declaration))
}

/** The grids of each copy: a copy starts with the grid titled with its designation. */
function copies(doc: PacketDocument): BoxGrid[][] {
  const out: BoxGrid[][] = []
  for (const g of grids(doc)) {
    if (g.title !== undefined && (CMR_COPIES as readonly string[]).includes(g.title)) out.push([])
    out.at(-1)?.push(g)
  }
  return out
}

function boxIn(copy: BoxGrid[], number: string) {
  const found = copy.flatMap((g) => g.boxes).find((b) => b.number === number)
  if (!found) throw new Error(`no box ${number}`)
  return found
}

const ALLYL = {
  unNumber: '1098',
  properShippingName: 'ALLYL ALCOHOL',
  class: '6.1 (3)',
  packingGroup: 'I',
  tunnelCode: 'C/D',
} satisfies DangerousGoodsView

describe('CMR consignment note', () => {
  const note = noteOf(tirSample)
  const [first, second, third] = copies(note)

  it('prints three copies for sender, consignee and carrier, each from a new page', () => {
    expect(copies(note)).toHaveLength(3)
    expect(
      grids(note)
        .filter((g) => g.title !== undefined)
        .map((g) => g.title),
    ).toEqual([
      '1 Экземпляр для отправителя / Copy for sender',
      '1 Экземпляр для отправителя / Copy for sender — 22–24',
      '2 Экземпляр для получателя / Copy for consignee',
      '2 Экземпляр для получателя / Copy for consignee — 22–24',
      '3 Экземпляр для перевозчика / Copy for carrier',
      '3 Экземпляр для перевозчика / Copy for carrier — 22–24',
    ])
    expect(first[0].pageBreakBefore).toBeUndefined()
    expect(second[0].pageBreakBefore).toBe(true)
    expect(third[0].pageBreakBefore).toBe(true)
    expect(tables(note)).toHaveLength(3)
    // the copies say the same
    const values = (copy: BoxGrid[]) => copy.slice(1).flatMap((g) => g.boxes.map((b) => b.value))
    expect(values(second)).toEqual(values(first))
    expect(values(third)).toEqual(values(first))
  })

  it('numbers the boxes 1–24 as the RU blank does, in Russian with the English beside', () => {
    const numbered = first.flatMap((g) => g.boxes).filter((b) => b.number !== '')
    const columns = tables(note)[0].columns.map((c) => c.label)
    const found = [...numbered.map((b) => b.number), ...columns.map((c) => c.split(' ')[0])]
    expect(found.map(Number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    )
    for (const b of numbered) {
      expect([b.label, b.labelSecondary], `box ${b.number}`).toEqual(CMR_LABELS[b.number])
      expect(b.label).toMatch(/[А-Яа-я]/)
      expect(b.labelSecondary).toMatch(/^[A-Z]/)
    }
    expect(boxIn(first, '14')).toMatchObject({
      label: 'Возврат',
      labelSecondary: 'Cash on delivery',
    })
    expect(boxIn(first, '15').label).toMatch(/^Условия оплаты/)
    expect(boxIn(first, '15').labelSecondary).toBe('Instructions as to payment for carriage')
    expect(boxIn(first, '19')).toMatchObject({
      label: 'Подлежит оплате',
      labelSecondary: 'To be paid by',
    })
    expect(boxIn(first, '20')).toMatchObject({
      label: 'Особые согласованные условия',
      labelSecondary: 'Special agreements',
    })
    expect(boxIn(first, '3').label).toMatch(/^Место разгрузки груза/)
    expect(boxIn(first, '4').label).toMatch(/^Место и дата погрузки груза/)
    expect(columns[3]).toBe('9 Наименование груза / Nature of the goods')
  })

  it('carries the bilingual title, CMR and the statement of art. 6(1)(k)', () => {
    const text = printedText(note)
    expect(boxIn(first, '').label).toBe(CMR_TITLE[0])
    expect(boxIn(first, '').labelSecondary).toBe(CMR_TITLE[1])
    expect(boxIn(first, '').value).toBe('CMR\n№ / No. CMR 0457781')
    expect(text).toContain(
      'Данная перевозка, несмотря ни на какие прочие договоры, осуществляется в соответствии с условиями Конвенции о договоре международной дорожной перевозки грузов (КДПГ)',
    )
    expect(text).toContain(
      'This carriage is subject, notwithstanding any clause to the contrary, to the Convention on the Contract for the International Carriage of Goods by Road (CMR)',
    )
    expect(text.split(CMR_STATEMENT[0])).toHaveLength(4)
  })

  it('names the carrier in 16 and the TIR Carnet (N952) first in 5, once', () => {
    expect(boxIn(first, '16').value).toContain('ТОО «Казтранс Логистик»')
    expect(boxIn(first, '16').value).toContain('tractor 123ABC02 (KZ)')
    const box5 = boxIn(first, '5').value.split('\n')
    expect(box5[0]).toBe('TIR Carnet N952 XZ81234567')
    expect(box5.filter((l) => l.includes('XZ81234567'))).toHaveLength(1)
    expect(box5).toContain('Commercial invoice N380 ZTE-2026/017 of 01.02.2026')
    expect(box5.join(' ')).not.toContain('CMR 0457781')
    expect(boxIn(first, '15').value).toBe('FCA Almaty (Incoterms 2020)')
  })

  it('writes dates DD.MM.YYYY', () => {
    expect(boxIn(first, '4').value).toBe('KZALA Almaty (KZ)\n03.02.2026')
    expect(boxIn(first, '21').value).toBe('Almaty, 03.02.2026')
    expect(boxIn(first, '13').value).toContain('Time limit: 20.02.2026')
    expect(printedText(note)).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it('keeps the goods in boxes 6–12 with the totals', () => {
    const [goods] = tables(note)
    expect(goods.rows.map((r) => r[4])).toEqual(['520512', '520100', '630260'])
    expect(goods.totals?.[1]).toBe('580')
    expect(goods.totals?.[5]).toBe('19425.5')
  })

  it('prints one note (three copies) per consignment', () => {
    const [consignment] = tirSample.consignments as JsonObject[]
    const items = consignment.items as JsonObject[]
    const other = { ...consignment, items: [items[2]] }
    const two = noteOf({
      ...tirSample,
      consignments: [{ ...consignment, items: items.slice(0, 2) }, other],
    })
    expect(copies(two)).toHaveLength(6)
    expect(printedText(two)).toContain('Отправка 2 из 2 / consignment 2 of 2')
    expect(tables(two).map((t) => t.rows.length)).toEqual([2, 2, 2, 1, 1, 1])
  })

  it('lists in box 5 only the documents of its own consignment’s items', () => {
    const [consignment] = tirSample.consignments as JsonObject[]
    const items = consignment.items as JsonObject[]
    const certificate = { type: 'N861', reference: 'CERT-2', date: '2026-02-01' }
    const other = { ...consignment, items: [{ ...items[2], documents: [certificate] }] }
    const two = noteOf({
      ...tirSample,
      consignments: [{ ...consignment, items: items.slice(0, 2) }, other],
    })
    const [first, , , fourth] = copies(two)
    expect(boxIn(first, '5').value).not.toContain('CERT-2')
    expect(boxIn(fourth, '5').value).toContain('CERT-2')
  })

  it('dates the taking over (box 4) by the declaration when no CMR number is given', () => {
    const withoutNote = {
      ...tirSample,
      documents: (tirSample.documents as JsonObject[]).filter((d) => d.type !== 'N730'),
    }
    expect(boxIn(copies(noteOf(withoutNote))[0], '4').value).toContain('04.02.2026')
  })

  it('prints the ADR particulars in box 9 in the order of 5.4.1.1.1', () => {
    const [consignment] = tirSample.consignments as JsonObject[]
    const items = (consignment.items as JsonObject[]).map((item, i) =>
      i === 0 ? { ...item, dangerousGoods: [ALLYL] } : item,
    )
    const dg = noteOf({ ...tirSample, consignments: [{ ...consignment, items }] })
    expect(tables(dg)[0].rows[0][3].split('\n')).toEqual([
      'Cotton yarn, single, uncombed fibres, 20 Ne, not put up for retail sale',
      'UN 1098 ALLYL ALCOHOL, 6.1 (3), I, (C/D)',
    ])
  })

  it('renders the RU labels, the copies and the statement as real text in the PDF', async () => {
    const { file } = await rendered([note])
    const pages = pdfPages(file).map((p) => p.replace(/\s+/g, ' '))
    const text = pages.join(' ')
    for (const words of [
      'Возврат',
      'Подлежит оплате',
      'Особые согласованные условия',
      'Cash on delivery',
      'КДПГ',
      'XZ81234567',
      '03.02.2026',
    ]) {
      expect(text, words).toContain(words)
    }
    // each copy starts on a page of its own, in order, and names itself again over 22–24
    const starts = ['для отправителя', 'для получателя', 'для перевозчика'].map((words) =>
      pages.flatMap((p, i) => (p.includes(words) ? [i] : [])),
    )
    for (const [i, found] of starts.entries()) {
      expect(found.length, `copy ${i + 1}`).toBeGreaterThanOrEqual(1)
      if (i > 0) expect(found[0]).toBeGreaterThan(starts[i - 1].at(-1)!)
    }
  })
})

describe('dangerous goods particulars', () => {
  it('orders UN number, name, labels, packing group and tunnel code', () => {
    expect(dangerousGoodsParticulars(ALLYL)).toBe('UN 1098 ALLYL ALCOHOL, 6.1 (3), I, (C/D)')
    expect(dangerousGoodsParticulars({ ...ALLYL, tunnelCode: '(c/d)' })).toBe(
      'UN 1098 ALLYL ALCOHOL, 6.1 (3), I, (C/D)',
    )
    expect(dangerousGoodsParticulars(ALLYL, { tunnelCode: false })).toBe(
      'UN 1098 ALLYL ALCOHOL, 6.1 (3), I',
    )
    expect(
      dangerousGoodsParticulars({
        unNumber: '1202',
        properShippingName: '',
        class: '3',
        packingGroup: '',
        tunnelCode: '',
      }),
    ).toBe('UN 1202, 3')
    expect(formatTunnelCode('')).toBe('')
    expect(formatTunnelCode(' e ')).toBe('(E)')
  })
})
