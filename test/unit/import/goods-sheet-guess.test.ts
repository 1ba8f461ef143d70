/**
 * What a column means, guessed from the sheet: a bare "Количество" is the number of packages
 * on a packing list (a kind-of-package or marks column, no other package count, whole numbers)
 * and the quantity of goods on an invoice (a unit column, or another column counting packages);
 * a column of words for packages is their kind; prices and line numbers fill nothing.
 */
import { describe, expect, it } from 'vitest'
import type { Cell, SheetField } from '../../../src/shared/import/goods-sheet'
import { guessColumns } from '../../../src/shared/import/sheet-columns'

/** The guess for a header and its rows, by column title. */
function guess(header: string[], ...body: Cell[][]) {
  const { mapping, notes } = guessColumns(header, body)
  const fields: Record<string, SheetField | null> = {}
  const why: Record<string, string | null> = {}
  header.forEach((title, i) => {
    fields[title] = mapping[i] ?? null
    why[title] = notes[i] ? `${notes[i].reason}: ${notes[i].other}` : null
  })
  return { fields, why }
}

describe('a bare quantity column', () => {
  it('is the number of packages beside a kind-of-package column', () => {
    const { fields, why } = guess(
      ['Наименование товара', 'Количество', 'Вид упаковки', 'Вес брутто, кг'],
      ['Курага', 12, 'BX', 240],
      ['Изюм', 3, 'BG', 75.5],
    )
    expect(fields['Количество']).toBe('packageCount')
    expect(fields['Вид упаковки']).toBe('packageKind')
    expect(why['Количество']).toBe('packageKind: Вид упаковки')
  })

  it('is the quantity of goods beside a unit column', () => {
    const { fields, why } = guess(
      ['Наименование товара', 'Количество', 'Ед. изм.', 'Стоимость', 'Валюта'],
      ['Футболки хлопковые', 1200, 'шт', 3600, 'USD'],
    )
    expect(fields['Количество']).toBe('supplementaryQuantity')
    expect(fields['Ед. изм.']).toBe('supplementaryUnit')
    expect(why['Количество']).toBe('unit: Ед. изм.')
  })

  it('is the quantity of goods when another column counts the packages', () => {
    const { fields, why } = guess(
      ['Description', 'Qty', 'CTNS', 'Packing', 'G.W.', 'N.W.'],
      ['Cotton T-shirts', 1200, 40, 'CT', 410, 380],
    )
    expect(fields).toMatchObject({
      Qty: 'supplementaryQuantity',
      CTNS: 'packageCount',
      'G.W.': 'grossMass',
      'N.W.': 'netMass',
    })
    expect(why['Qty']).toBe('packagesElsewhere: CTNS')
  })

  it('is the number of packages beside marks alone (the CMR order: marks, number, kind)', () => {
    const { fields, why } = guess(
      ['Знаки и номера', 'Кол-во', 'Наименование груза', 'Вес брутто, кг'],
      ['KTX 1-40', 40, 'Курага', 800],
    )
    expect(fields['Кол-во']).toBe('packageCount')
    expect(fields['Знаки и номера']).toBe('marks')
    expect(why['Кол-во']).toBe('marks: Знаки и номера')
  })

  it('stays the quantity of goods when it has fractions, packages or not', () => {
    const { fields, why } = guess(
      ['Наименование', 'Количество', 'Упаковка'],
      ['Масло подсолнечное', 1250.5, 'DR'],
      ['Масло хлопковое', 300, 'DR'],
    )
    expect(fields['Количество']).toBe('supplementaryQuantity')
    expect(why['Количество']).toBe('fractional: 1250.5')
  })

  it('stays the quantity of goods with nothing about packages, and says nothing', () => {
    const { fields, why } = guess(['Наименование', 'Количество', 'Брутто'], ['Курага', 12, 240])
    expect(fields['Количество']).toBe('supplementaryQuantity')
    expect(why['Количество']).toBeNull()
  })

  it('with a unit in its title is the quantity of goods, whatever else the sheet has', () => {
    const { fields, why } = guess(
      ['Наименование', 'Количество, шт', 'Вид упаковки'],
      ['Футболки', 1200, 'CT'],
    )
    expect(fields['Количество, шт']).toBe('supplementaryQuantity')
    expect(why['Количество, шт']).toBeNull()
  })

  it('reads Kazakh and Uzbek titles the same way', () => {
    expect(
      guess(['Тауардың атауы', 'Саны', 'Өлшем бірлігі'], ['Қызанақ', 20, 'кг']).fields,
    ).toEqual({
      'Тауардың атауы': 'description',
      Саны: 'supplementaryQuantity',
      'Өлшем бірлігі': 'supplementaryUnit',
    })
    expect(guess(['Tovar nomi', 'Miqdori', 'Qadoq turi'], ['Paxta', 20, 'BL']).fields).toEqual({
      'Tovar nomi': 'description',
      Miqdori: 'packageCount',
      'Qadoq turi': 'packageKind',
    })
  })
})

describe('a column of words for packages', () => {
  it('is the kind of packages, and makes the quantity beside it their number', () => {
    const { fields, why } = guess(
      ['Наименование', 'Количество', 'Ед. изм.'],
      ['Курага', 12, 'коробка'],
      ['Изюм', 3, 'мешки'],
      ['Орехи', 5, 'коробки'],
    )
    expect(fields['Ед. изм.']).toBe('packageKind')
    expect(fields['Количество']).toBe('packageCount')
    expect(why['Ед. изм.']).toBe('packageWords: коробка')
    expect(why['Количество']).toBe('packageKind: Ед. изм.')
  })

  it('is found in a column without a title', () => {
    const { mapping } = guessColumns(
      ['Description', 'Quantity', null],
      [
        ['Raisins', 40, 'Cartons'],
        ['Apricots', 10, 'CTNS'],
      ],
    )
    expect(mapping).toEqual(['description', 'packageCount', 'packageKind'])
  })

  it('is not found where most cells are other words or codes', () => {
    const { mapping } = guessColumns(
      ['Наименование', 'Количество', 'Страна'],
      [
        ['Курага', 40, 'UZ'],
        ['Изюм', 10, 'коробка'],
        ['Орехи', 10, 'AF'],
      ],
    )
    expect(mapping).toEqual(['description', 'supplementaryQuantity', null])
  })
})

describe('columns that fill nothing', () => {
  it('leaves out line numbers and unit prices, and takes the line total as the value', () => {
    const { fields } = guess(
      ['№ п/п', 'Наименование товара', 'Код ТН ВЭД', 'Цена за ед.', 'Стоимость', 'Unit price'],
      [1, 'Курага', '0813100000', 3, 36, 3],
    )
    expect(fields).toEqual({
      '№ п/п': null,
      'Наименование товара': 'description',
      'Код ТН ВЭД': 'hsCode',
      'Цена за ед.': null,
      Стоимость: 'value',
      'Unit price': null,
    })
  })
})
