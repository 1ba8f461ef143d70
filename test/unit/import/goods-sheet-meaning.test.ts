/**
 * What the preview changes: a column given another meaning (one element per column, so the
 * column that had it lets it go) and re-read at once; the import's defaults for currency and
 * kind of package, taken only where the sheet has no value — a value in the sheet always wins —
 * and marked on the rows that took them; words for packages read as their Rec 21 codes.
 */
import { describe, expect, it } from 'vitest'
import {
  readGoodsRows,
  withColumnMeaning,
  type Cell,
  type ColumnMapping,
} from '../../../src/shared/import/goods-sheet'
import { guessColumns } from '../../../src/shared/import/sheet-columns'

const SHEET: Cell[][] = [
  [
    'Наименование товара',
    'Количество',
    'Вид упаковки',
    'Маркировка',
    'Стоимость',
    'Валюта',
    'Вес, кг',
  ],
  ['Курага', 12, 'BX', 'KTX 1-12', 360, 'EUR', 240],
  ['Изюм', 3, null, 'KTX 13-15', 90, null, 60],
  ['Орехи', 5, 'мешки', 'KTX 16-20', null, 'USD', 100],
]
const header = SHEET[0]!
const guessed = () => guessColumns(header, SHEET.slice(1)).mapping

describe('a column given another meaning', () => {
  it('is re-read at once: the quantity as the quantity of goods, the weight as gross mass', () => {
    const mapping = guessed()
    expect(mapping).toEqual([
      'description',
      'packageCount',
      'packageKind',
      'marks',
      'value',
      'currency',
      null,
    ])
    expect(readGoodsRows(SHEET, mapping, 0)[0]!.item).not.toHaveProperty('grossMass')

    let changed = withColumnMeaning(mapping, 1, 'supplementaryQuantity')
    changed = withColumnMeaning(changed, 6, 'grossMass')
    const first = readGoodsRows(SHEET, changed, 0)[0]!.item!
    expect(first.supplementaryUnits).toEqual({ quantity: 12 })
    expect(first.packages).toEqual([{ kind: 'BX', marks: 'KTX 1-12' }])
    expect(first.grossMass).toBe(240)
  })

  it('takes its element from the column that had it, which is then left out', () => {
    const mapping = withColumnMeaning(guessed(), 6, 'packageCount')
    expect(mapping[1]).toBeNull()
    expect(mapping[6]).toBe('packageCount')
    expect(readGoodsRows(SHEET, mapping, 0)[0]!.item!.packages).toEqual([
      { kind: 'BX', count: 240, marks: 'KTX 1-12' },
    ])
  })

  it('can be left out, and nothing of it is read', () => {
    const mapping: ColumnMapping = withColumnMeaning(guessed(), 4, null)
    expect(readGoodsRows(SHEET, mapping, 0).map((r) => r.item!.value)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('the import’s defaults', () => {
  const read = (defaults = {}) => readGoodsRows(SHEET, guessed(), 0, defaults)

  it('fill only the rows without a value in the sheet, and say which', () => {
    const rows = read({ currency: 'USD', packageKind: 'CT' })
    expect(rows.map((r) => [r.item!.value, (r.item!.packages as object[])[0]])).toEqual([
      [
        { amount: 360, currency: 'EUR' },
        { kind: 'BX', count: 12, marks: 'KTX 1-12' },
      ],
      [
        { amount: 90, currency: 'USD' },
        { kind: 'CT', count: 3, marks: 'KTX 13-15' },
      ],
      [undefined, { kind: 'BG', count: 5, marks: 'KTX 16-20' }],
    ])
    expect(rows.map((r) => r.defaulted)).toEqual([[], ['packageKind', 'currency'], []])
  })

  it('give no currency to a row without a value: there is no amount for it to qualify', () => {
    const third = read({ currency: 'USD' })[2]!
    expect(third.item).not.toHaveProperty('value')
    expect(third.defaulted).toEqual([])
  })

  it('fill a sheet without such a column at all', () => {
    const bare: Cell[][] = [
      ['Description', 'Value'],
      ['Raisins', 100],
      ['Apricots', 'n/a'],
    ]
    const rows = readGoodsRows(bare, guessColumns(bare[0]!, bare.slice(1)).mapping, 0, {
      currency: 'USD',
      packageKind: 'CT',
    })
    expect(rows[0]!.item).toMatchObject({
      value: { amount: 100, currency: 'USD' },
      packages: [{ kind: 'CT' }],
    })
    expect(rows[0]!.defaulted).toEqual(['packageKind', 'currency'])
    // No value read, so no currency; the kind still fills the row's package.
    expect(rows[1]!.defaulted).toEqual(['packageKind'])
  })

  it('are nothing when not set', () => {
    expect(read().map((r) => r.defaulted)).toEqual([[], [], []])
    expect(read()[1]!.item!.packages).toEqual([{ count: 3, marks: 'KTX 13-15' }])
  })
})

describe('words for packages in the kind column', () => {
  it.each([
    ['коробка', 'BX'],
    ['Коробки', 'BX'],
    ['картонная коробка', 'CT'],
    ['мешок', 'BG'],
    ['Поддоны', 'PX'],
    ['паллета', 'PX'],
    ['CTNS', 'CT'],
    ['cartons', 'CT'],
    ['Boxes', 'BX'],
    ['ct', 'CT'],
    ['BG', 'BG'],
    ['Ящики', 'CS'],
    ['контейнерище', 'КОНТЕЙНЕРИЩЕ'],
  ])('%s → %s', (word, code) => {
    const sheet = [
      ['Description', 'Packaging'],
      ['Raisins', word],
    ]
    const rows = readGoodsRows(sheet, ['description', 'packageKind'], 0)
    expect((rows[0]!.item!.packages as { kind: string }[])[0]!.kind).toBe(code)
  })
})
