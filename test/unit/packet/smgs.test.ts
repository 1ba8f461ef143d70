/**
 * The SMGS consignment note data sheet (documents/smgs.ts): the graphs by number and label
 * (Russian with English beside), the goods in graphs 15–18 with the RID particulars of
 * dangerous goods, N720, DD.MM.YYYY, and the PDF read back.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { documentTitles } from '../../../src/shared/packet/documents/common'
import { SMGS_LABELS, smgsDocument } from '../../../src/shared/packet/documents/smgs'
import { declarationView } from '../../../src/shared/model/view'
import { pdfPages, rendered } from '../packet-layout/helpers'
import { boxes, headerBox, printedText, sample, tables } from './helpers'

const railSample = sample('eaeu-minsk-almaty.json')

function sheetOf(declaration: JsonObject): PacketDocument {
  return smgsDocument(declarationView(declaration))
}

describe('SMGS consignment note data sheet', () => {
  const sheet = sheetOf(railSample)

  it('is titled a data sheet, with the document code N720, not as the note', () => {
    expect(sheet.id).toBe('smgs')
    expect(sheet.title).toBe(documentTitles.smgs)
    const text = printedText(sheet)
    expect(text).toContain('код документа N720')
    expect(text).toContain('not the note itself')
  })

  it('gives the graphs by number, labelled in Russian with the English beside', () => {
    const numbers = boxes(sheet).map((b) => b.number)
    expect(numbers).toEqual(['29', '26', '1', '2', '4', '5', '6', '7', '19', '22', '24', '28'])
    for (const b of boxes(sheet)) {
      expect([b.label, b.labelSecondary], `graph ${b.number}`).toEqual(SMGS_LABELS[b.number])
    }
    expect(headerBox(sheet, '1').label).toBe('Отправитель')
    expect(headerBox(sheet, '2').label).toBe('Станция отправления')
    expect(headerBox(sheet, '4').label).toBe('Получатель')
    expect(headerBox(sheet, '5').label).toBe('Станция назначения')
    expect(headerBox(sheet, '6').label).toBe('Пограничные станции переходов')
    expect(headerBox(sheet, '7').label).toBe('Вагон')
    expect(headerBox(sheet, '19').label).toMatch(/^Пломбы/)
    expect(headerBox(sheet, '22').label).toBe('Перевозчики')
    expect(headerBox(sheet, '24').label).toBe('Документы, приложенные отправителем')
    expect(headerBox(sheet, '29').label).toBe('Отправка №')
    expect(tables(sheet)[0].columns.map((c) => c.label)).toEqual([
      '15 Наименование груза / Description of the goods',
      '16 Род упаковки / Kind of packing',
      '17 К-во мест / Number of packages',
      '18 Масса (в кг) / Mass (kg)',
    ])
  })

  it('fills the graphs from the declaration, dates DD.MM.YYYY', () => {
    expect(headerBox(sheet, '29').value).toBe('SMGS 11840562 (27.01.2026)')
    expect(headerBox(sheet, '26').value).toBe('27.01.2026')
    expect(headerBox(sheet, '1').value).toContain('ООО «БелАгроМаш Экспорт»')
    expect(headerBox(sheet, '2').value).toBe('Minsk (BY)')
    expect(headerBox(sheet, '4').value).toContain('ТОО «Агротехника Казахстан»')
    expect(headerBox(sheet, '5').value).toBe('Алматы, Kazakhstan (KZ)')
    expect(headerBox(sheet, '6').value).toBe('BY → RU → KZ')
    expect(headerBox(sheet, '7').value).toBe('wagon 52345675 (BY)\nwagon 52345683 (BY)')
    expect(headerBox(sheet, '19').value).toBe('2: BY 0012345, BY 0012346')
    expect(headerBox(sheet, '22').value).toContain('«Белорусская железная дорога»')
    expect(headerBox(sheet, '24').value).toBe('Commercial invoice N380 BAM-2026-014 of 20.01.2026')
    expect(headerBox(sheet, '28').value).toContain('LRN BY-MSQ-26-00981')
    expect(headerBox(sheet, '28').value).toContain('Time limit: 25.02.2026')
    expect(printedText(sheet)).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|null|NaN/)
  })

  it('lists the goods in graphs 15–18 with HS codes, containers and totals', () => {
    const [goods] = tables(sheet)
    expect(goods.rows).toHaveLength(2)
    expect(goods.rows[0][0]).toContain('HS 8701931000')
    expect(goods.rows[0][0]).toContain('Контейнер / container KZTU1002001')
    expect(goods.rows[1][0]).toContain('Знаки / marks BAM/ALA 1-6')
    expect(goods.rows.map((r) => r.slice(1))).toEqual([
      ['NE (Unpacked or unpackaged)', '4', '16800'],
      ['CS (Case)', '6', '2140'],
    ])
    expect(goods.totals).toEqual(['Итого / Total', '', '10', '18940'])
  })

  it('prints the RID particulars of dangerous goods in graph 15, without a tunnel code', () => {
    const [consignment] = railSample.consignments as JsonObject[]
    const items = (consignment.items as JsonObject[]).map((item, i) =>
      i === 1
        ? {
            ...item,
            dangerousGoods: [
              {
                unNumber: '1098',
                properShippingName: 'ALLYL ALCOHOL',
                class: '6.1 (3)',
                packingGroup: 'I',
                tunnelCode: 'C/D',
              },
            ],
          }
        : item,
    )
    const dg = sheetOf({ ...railSample, consignments: [{ ...consignment, items }] })
    const graph15 = tables(dg)[0].rows[1][0].split('\n')
    expect(graph15.at(-1)).toBe('UN 1098 ALLYL ALCOHOL, 6.1 (3), I')
  })

  it('says so when the movement is not by rail', () => {
    const road = sheetOf(sample('tir-almaty-karachi.json'))
    expect(printedText(road)).toContain('not rail (2): the sheet is for reference only')
  })

  it('renders the Russian graph labels and values as real text in the PDF', async () => {
    const { file } = await rendered([sheet])
    const text = pdfPages(file).join(' ').replace(/\s+/g, ' ')
    for (const words of [
      'Отправитель',
      'Вагон',
      'Отправка №',
      'Пломбы',
      'N720',
      '52345675',
      '27.01.2026',
    ]) {
      expect(text, words).toContain(words)
    }
  })

  it('gives each consignment its own sheet: its consignee, its goods, its totals', () => {
    const [consignment] = railSample.consignments as JsonObject[]
    const [first, second] = consignment.items as JsonObject[]
    const buyer = { ...(consignment.consignee as JsonObject), name: 'Second Buyer LLP' }
    const two = sheetOf({
      ...railSample,
      consignments: [
        { ...consignment, items: [first] },
        { ...consignment, consignee: buyer, items: [second] },
      ],
    })
    const heads = two.blocks.filter((b) => b.kind === 'boxes' && b.title?.startsWith('Отправка'))
    expect(heads.map((b) => (b.kind === 'boxes' ? b.title : ''))).toEqual([
      'Отправка 1 из 2 / consignment 1 of 2',
      'Отправка 2 из 2 / consignment 2 of 2',
    ])
    expect(heads[1]?.kind === 'boxes' && heads[1].pageBreakBefore).toBe(true)
    const goods = tables(two)
    expect(goods.map((t) => t.rows.length)).toEqual([1, 1])
    expect(goods[1].rows[0][0]).toContain(String(second.hsCode))
    const fourth =
      heads[1]?.kind === 'boxes' ? heads[1].boxes.find((b) => b.number === '4') : undefined
    expect(fourth?.value).toContain('Second Buyer LLP')
  })
})
