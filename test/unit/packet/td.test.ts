/**
 * The ТД (EAEU transit declaration, EEC Board Decision No. 73 of 2023): its graphs by number and
 * Russian title, the additional sheets and graph 3 "Формы", the registration number in graph А,
 * dates DD.MM.YYYY; then the same read back from the PDF with pdftotext.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import { declarationView } from '../../../src/shared/model/view'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { SAD_LABELS } from '../../../src/shared/packet/documents/declaration'
import {
  countryNameRu,
  formatCountryRu,
  formatDateDMY,
  formatDocumentRu,
  formatGuaranteeRu,
  formatMeansRu,
  formatModeRu,
  formatPackageKindRu,
} from '../../../src/shared/packet/documents/russian'
import {
  TD_ADDITIONAL_SHEET_TITLE,
  TD_ITEMS_PER_ADDITIONAL_SHEET,
  TD_LABELS,
  TD_MAIN_SHEET_TITLE,
  tdDocument,
  tdFormsCount,
} from '../../../src/shared/packet/documents/td'
import { pdfPages, pdfWords, rendered, wordsOutsideFrames } from '../packet-layout/helpers'
import { boxes, grids, headerBox, printedText, sample } from './helpers'

const REGISTRATION = '06611/280126/0000123'

/** The parts of the sample file the tests change. */
interface Editable {
  mrn?: string
  goodsStatus?: string
  guarantee?: unknown
  consignments: { consignee: { name: string }; items: Record<string, unknown>[] }[]
}

function eaeu(change: (d: Editable) => void = () => {}): JsonObject {
  const d = sample('eaeu-minsk-almaty.json')
  change(d as unknown as Editable)
  return d
}

function withItems(count: number) {
  return eaeu((d) => {
    d.mrn = REGISTRATION
    const consignment = d.consignments[0]!
    const first = consignment.items[0]
    consignment.items = Array.from({ length: count }, (_, i) => ({ ...first, sequence: i + 1 }))
  })
}

const td = (d: JsonObject) => tdDocument(declarationView(d))
const itemBox = (doc: PacketDocument, index: number, number: string) =>
  doc.items!.grids[index]!.boxes.find((b) => b.number === number)!.value
const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('the ТД of the EAEU sample (Minsk → Almaty by rail)', () => {
  const doc = td(eaeu())

  it('is the ТД, titled in Russian, with the main sheet and additional sheet titles', () => {
    expect(doc.id).toBe('td')
    expect(doc.title).toBe('Транзитная декларация (ТД)')
    expect(doc.blocks[0]).toMatchObject({ kind: 'boxes', title: 'ТРАНЗИТНАЯ ДЕКЛАРАЦИЯ' })
    expect(doc.items!.sheetHeader.title).toBe('ДОБАВОЧНЫЙ ЛИСТ ТРАНЗИТНОЙ ДЕКЛАРАЦИИ')
  })

  it('labels every graph with its number and Russian title, and no English one', () => {
    const labels: Readonly<Record<string, string>> = TD_LABELS
    for (const b of boxes(doc)) {
      expect(labels[b.number], `graph ${b.number}`).toBe(b.label)
      expect(b.label).not.toMatch(/[A-Za-z]/)
    }
    const numbers = new Set(boxes(doc).map((b) => b.number))
    for (const n of ['А', '1', '2', '3', '5', '6', '7', '8', '9', '14', '15', '17', '18', '19'])
      expect(numbers).toContain(n)
    for (const n of ['20', '22', '31', '32', '33', '35', '40', '41', '42', '44', '50', '51', '52'])
      expect(numbers).toContain(n)
    for (const n of ['53', '55', 'С', 'D', 'I', 'F']) expect(numbers).toContain(n)
    // Graph 54 belongs to the declaration on goods; А and С are Cyrillic letters.
    expect(numbers).not.toContain('54')
    expect(numbers).not.toContain('A')
    expect(numbers).not.toContain('C')
    const text = printedText(doc)
    for (const english of Object.values(SAD_LABELS)) expect(text).not.toContain(english)
  })

  it('fills the graphs from the declaration, in Russian, codes as codes', () => {
    expect(headerBox(doc, '1').value).toBe('ТТ')
    expect(headerBox(doc, '3').value).toBe('1/2')
    expect(headerBox(doc, '5').value).toBe('2')
    expect(headerBox(doc, '6').value).toBe('10')
    expect(headerBox(doc, '7').value).toBe('BY-MSQ-26-00981')
    expect(headerBox(doc, '2').value).toBe(
      'ООО «БелАгроМаш Экспорт»\nул. Долгобродская, 29\n220070 Минск\nБеларусь (BY)\nBY-UNP 190123455',
    )
    expect(headerBox(doc, '8').value).toContain('ТОО «Агротехника Казахстан»\n')
    expect(headerBox(doc, '8').value).toContain('Казахстан (KZ)\nKZ-BIN 210340007893')
    expect(headerBox(doc, '9').value).toBe('')
    expect(headerBox(doc, '14').value).toContain('ООО «БелАгроМаш Экспорт»')
    expect(headerBox(doc, '15').value).toBe('Беларусь (BY)')
    expect(headerBox(doc, '17').value).toBe('Казахстан (KZ)')
    expect(headerBox(doc, '18').value).toBe('вагон 52345675 (BY)\nвагон 52345683 (BY)')
    expect(headerBox(doc, '19').value).toBe('1')
    expect(headerBox(doc, '20').value).toBe('Пломбы: 2\nBY 0012345, BY 0012346')
    expect(headerBox(doc, '22').value).toBe('186000.00 EUR')
    expect(headerBox(doc, '50').value).toMatch(/^Государственное объединение «Белорусская/)
    expect(headerBox(doc, '51').value).toBe('28.01.2026')
    expect(headerBox(doc, '52').value).toBe('Обеспечение не предоставляется (ст. 146 ТК ЕАЭС)')
    expect(headerBox(doc, '53').value).toBe('55201 Almaty-1 railway station post (KZ)')
    for (const officers of ['55', 'С', 'D', 'I', 'F'])
      expect(headerBox(doc, officers).value).toBe('')
  })

  it('holds one item on the main sheet and the rest on additional sheets of five', () => {
    expect(doc.items).toMatchObject({ firstSheetItems: 1, perSheet: TD_ITEMS_PER_ADDITIONAL_SHEET })
    expect(TD_ITEMS_PER_ADDITIONAL_SHEET).toBe(5)
    expect(doc.items!.grids).toHaveLength(2)
    expect(doc.items!.sheetHeader.boxes.map((b) => b.number)).toEqual(['1', '3', 'А', '2', '8'])
    expect(itemBox(doc, 0, '31')).toBe(
      '1) Тракторы колёсные сельскохозяйственные, 60 кВт (wheeled agricultural tractors)\n' +
        '2) 4 NE (без упаковки)\n3) Контейнеры: KZTU1002001',
    )
    expect(itemBox(doc, 1, '31')).toContain('2) 6 CS (ящик), маркировка BAM/ALA 1-6')
    expect(itemBox(doc, 0, '32')).toBe('1')
    expect(itemBox(doc, 0, '33')).toBe('8701931000')
    expect(itemBox(doc, 0, '35')).toBe('16800')
    expect(itemBox(doc, 0, '41')).toBe('4 NAR')
    expect(itemBox(doc, 0, '42')).toBe('164000.00 EUR')
    expect(itemBox(doc, 0, '40')).toBe('')
    // What concerns the whole ТД is written once, in the main sheet item's graph 44.
    expect(itemBox(doc, 0, '44')).toBe(
      'N380 BAM-2026-014 от 20.01.2026\nN720 SMGS 11840562 от 27.01.2026\n' +
        'Заявленный срок таможенного транзита: 25.02.2026\n' +
        'Sample data for training: parties and office references are made up.',
    )
    expect(itemBox(doc, 1, '44')).toBe('')
  })

  it('writes every date DD.MM.YYYY, none as the file does', () => {
    const text = printedText(doc)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    for (const date of ['28.01.2026', '20.01.2026', '27.01.2026', '25.02.2026'])
      expect(text).toContain(date)
  })

  it('leaves graph А empty before registration and prints the registration number after', () => {
    expect(headerBox(doc, 'А').value).toBe('')
    const registered = td(eaeu((d) => (d.mrn = REGISTRATION)))
    expect(headerBox(registered, 'А').value).toBe(REGISTRATION)
    expect(registered.items!.sheetHeader.boxes.find((b) => b.number === 'А')!.value).toBe(
      REGISTRATION,
    )
  })
})

describe('the ТД in other cases', () => {
  it('counts 201 sheets for 999 items and numbers graph 3 "Формы" like the SAD', () => {
    expect([1, 2, 6, 7, 999].map(tdFormsCount)).toEqual([1, 2, 2, 3, 201])
    const doc = td(withItems(999))
    expect(doc.items!.grids).toHaveLength(999)
    expect(headerBox(doc, '3').value).toBe('1/201')
    expect(headerBox(doc, '5').value).toBe('999')
    expect(headerBox(doc, '6').value).toBe('3996')
    expect(itemBox(doc, 998, '32')).toBe('999')
    expect(grids(doc).every((g) => g.boxes.every((b) => !/[A-Za-z]/.test(b.label)))).toBe(true)
  })

  it('puts each consignment’s parties in its items when they differ', () => {
    const doc = td(
      eaeu((d) => {
        const second = structuredClone(d.consignments[0]!)
        second.consignee.name = 'ТОО «Другой получатель»'
        second.items = [{ ...second.items[1], sequence: 3 }]
        d.consignments.push(second)
      }),
    )
    expect(headerBox(doc, '2').value).toContain('ООО «БелАгроМаш Экспорт»')
    expect(headerBox(doc, '8').value).toBe('Несколько — см. сведения о товарах')
    expect(itemBox(doc, 2, '8')).toContain('ТОО «Другой получатель»')
    expect(itemBox(doc, 0, '8')).toContain('ТОО «Агротехника Казахстан»')
  })

  it('says when Union goods travel, and prints the kind of security in Russian', () => {
    const doc = td(
      eaeu((d) => {
        d.goodsStatus = 'union'
        d.guarantee = { kind: 'CASH', amount: { amount: 1500, currency: 'EUR' } }
      }),
    )
    expect(itemBox(doc, 0, '44')).toContain('Статус товаров: товары Союза (п. 2 ст. 142 ТК ЕАЭС)')
    expect(headerBox(doc, '52').value).toBe('Денежный залог\nСумма: 1500.00 EUR')
  })
})

describe('Russian wording', () => {
  it('writes dates DD.MM.YYYY and leaves anything else as it is', () => {
    expect(formatDateDMY('2026-01-28')).toBe('28.01.2026')
    expect(formatDateDMY('2026-02-04T10:00:00Z')).toBe('04.02.2026')
    expect(formatDateDMY('')).toBe('')
    expect(formatDateDMY('28.01.2026')).toBe('28.01.2026')
    expect(formatDateDMY('soon')).toBe('soon')
  })

  it('names countries in Russian, codes beside them', () => {
    expect(countryNameRu('KZ')).toBe('Казахстан')
    expect(countryNameRu('RU')).toBe('Российская Федерация')
    expect(countryNameRu('XX')).toBe('')
    expect(formatCountryRu('AM')).toBe('Армения (AM)')
    expect(formatCountryRu('XX')).toBe('XX')
    expect(formatCountryRu('')).toBe('')
  })

  it('words documents, packages, means, modes and security in Russian', () => {
    expect(formatDocumentRu({ type: 'N380', reference: 'INV-1', date: '2026-01-20' })).toBe(
      'N380 INV-1 от 20.01.2026',
    )
    expect(formatDocumentRu({ type: 'N720', reference: 'SMGS 1', date: '' })).toBe('N720 SMGS 1')
    expect(formatPackageKindRu('BG', 400)).toBe('400 BG (мешок)')
    expect(formatPackageKindRu('VL', undefined)).toBe('VL (наливом, жидкость)')
    expect(formatPackageKindRu('ZZ', 2)).toBe('2 ZZ')
    expect(formatMeansRu({ kind: 'semi-trailer', identity: '12AB34', nationality: 'KZ' })).toBe(
      'полуприцеп 12AB34 (KZ)',
    )
    expect(formatModeRu('3')).toBe('3 Автомобильный транспорт')
    expect(formatModeRu('0')).toBe('0')
    const g = { reference: '', validUntil: '', vouchers: undefined, accessCode: '1234' }
    const amount = { amount: 2000, currency: 'USD' }
    expect(formatGuaranteeRu({ ...g, kind: 'BANK', reference: 'BG-7', amount })).toBe(
      'Банковская гарантия\n№ BG-7\nСумма: 2000.00 USD',
    )
    expect(formatGuaranteeRu({ ...g, kind: 'SURETY', amount })).toMatch(/^Поручительство\n/)
    expect(formatGuaranteeRu({ ...g, kind: 'PLEDGE', amount })).toMatch(/^Залог имущества\n/)
    expect(formatGuaranteeRu({ ...g, kind: 'INSURANCE', amount })).toMatch(/^Страхование\n/)
    expect(formatGuaranteeRu({ ...g, kind: 'GRN', amount })).not.toContain('1234')
  })
})

describe('the ТД as printed', () => {
  const ocrLabels = (page: string, numbers: string[]) => {
    const labels: Readonly<Record<string, string>> = TD_LABELS
    return numbers.filter((n) => !squeeze(page).includes(squeeze(`${n} ${labels[n]}`)))
  }
  const formsOf = (page: string) => /3 Формы[\s\S]*?(\d+\/\d+)/.exec(page)?.[1]

  it('reads back the Russian graph titles, the sheets and the registration number', async () => {
    const { file, pages } = await rendered([td(eaeu((d) => (d.mrn = REGISTRATION)))])
    const text = pdfPages(file)
    expect(text).toHaveLength(2)
    const [main, additional] = text as [string, string]
    expect(main).toContain(TD_MAIN_SHEET_TITLE)
    expect(ocrLabels(main, Object.keys(TD_LABELS))).toEqual([])
    expect(formsOf(main)).toBe('1/2')
    expect(main).toContain(REGISTRATION)
    expect(main).toContain('28.01.2026')
    expect(additional).toContain(TD_ADDITIONAL_SHEET_TITLE)
    expect(ocrLabels(additional, ['1', '2', '3', '8', 'А', '31', '32', '33', '35', '44'])).toEqual(
      [],
    )
    expect(formsOf(additional)).toBe('2/2')
    expect(additional).toContain(REGISTRATION)
    const printed = text.join('\n')
    for (const english of Object.values(SAD_LABELS)) expect(printed).not.toContain(english)
    // The layout's own words are Russian too: titles of later pages and the footer.
    expect(additional.split('\n')[0]).toBe('Транзитная декларация (ТД) — лист 2/2')
    expect(main).toContain('Стр. 1 из 2 · стр. пакета 1 из 2')
    expect(main).toMatch(/№ \S+ · составлено 2026-02-04T10:00:00Z · TransitDesk/)
    expect(printed).not.toMatch(/\bPage \d|packet page|continuation|generated/)
    // ISO dates only in the packet footer ("составлено …"), not on the form.
    const form = printed.split('\n').filter((line) => !line.startsWith('№ '))
    expect(form.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
  })

  it('prints 999 items on the main sheet and 200 additional sheets, numbered k/201', async () => {
    const { file } = await rendered([td(withItems(999))])
    const text = pdfPages(file)
    expect(text).toHaveLength(201)
    expect(text.filter((p) => p.includes(TD_ADDITIONAL_SHEET_TITLE))).toHaveLength(200)
    expect(text.map(formsOf)).toEqual(text.map((_, i) => `${i + 1}/201`))
    expect(text[200]).toContain('999')
    expect(text.every((p) => p.includes(REGISTRATION))).toBe(true)
    expect(text.join('\n')).not.toContain('continued in')
  })
})
