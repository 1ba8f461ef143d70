/**
 * Goods from spreadsheets: real .xlsx files written by write-excel-file and .csv text in the
 * encodings and separators exporters use, read, mapped and turned into items — or refused, in
 * one sentence naming the file (told here in English).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import writeExcelFile, { type SheetData } from 'write-excel-file/node'
import {
  cellNumber,
  headerRowIndex,
  readGoodsRows,
  SHEET_FIELDS,
  sheetProblemText,
  type Cell,
} from '../../../src/shared/import/goods-sheet'
import { readSpreadsheet } from '../../../src/shared/import/read-spreadsheet'
import { guessColumns } from '../../../src/shared/import/sheet-columns'
import { englishText } from '../../../src/shared/i18n/en/english-text'

const HEADER = [
  '№',
  'Наименование товара',
  'Код ТН ВЭД',
  'Страна происхождения',
  'Кол-во мест',
  'Вид упаковки',
  'Вес брутто, кг',
  'Вес нетто, кг',
  'Стоимость',
  'Валюта',
]

const goodsRows = (n: number): (string | number)[][] =>
  Array.from({ length: n }, (_, i) => [
    i + 1,
    `Курага сушёная, партия ${i + 1}`,
    '0813.10',
    'UZ',
    10 + i,
    'BG',
    210.5 + i,
    200 + i,
    1000 + i * 10,
    'USD',
  ])

/** The guessed mapping of the sheet whose header is row `header`, from its titles and values. */
const guessed = (rows: Cell[][], header: number) =>
  guessColumns(rows[header]!, rows.slice(header + 1)).mapping

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(rows).toBuffer())
}

function encode1251(text: string): Uint8Array {
  // Windows-1251: Cyrillic А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8; ASCII as is.
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!
      if (code < 0x80) return code
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
      if (ch === 'Ё') return 0xa8
      if (ch === 'ё') return 0xb8
      throw new Error(`not in Windows-1251: ${ch}`)
    }),
  )
}

describe('reading spreadsheets', () => {
  it('reads a 20-row .xlsx with Cyrillic headers into items', async () => {
    const read = await readSpreadsheet('invoice.xlsx', await xlsx([HEADER, ...goodsRows(20)]))
    if ('error' in read) throw read.error
    expect(read.format).toBe('xlsx')
    const header = headerRowIndex(read.rows)
    const { mapping, notes } = guessColumns(read.rows[header]!, read.rows.slice(header + 1))
    // "Кол-во мест" and "Вид упаковки" name the packages by their titles: nothing to explain.
    expect(notes.every((note) => note === null)).toBe(true)
    expect(mapping).toEqual([
      null,
      'description',
      'hsCode',
      'countryOfOrigin',
      'packageCount',
      'packageKind',
      'grossMass',
      'netMass',
      'value',
      'currency',
    ])
    const rows = readGoodsRows(read.rows, mapping, header)
    expect(rows).toHaveLength(20)
    expect(rows.every((r) => r.problems.length === 0)).toBe(true)
    expect(rows[19]).toMatchObject({
      rowNumber: 21,
      item: {
        description: 'Курага сушёная, партия 20',
        hsCode: '081310',
        countryOfOrigin: 'UZ',
        grossMass: 229.5,
        netMass: 219,
        packages: [{ kind: 'BG', count: 29 }],
        value: { amount: 1190, currency: 'USD' },
      },
    })
  })

  it('reads a semicolon .csv saved in Windows-1251 with decimal commas', async () => {
    const csv =
      'Инвойс 17;;\r\nНаименование;Вес брутто;Мест\r\nКурага;12 240,5;580\r\n;;\r\nИзюм;1,5;2\r\n'
    const read = await readSpreadsheet('инвойс.csv', encode1251(csv))
    if ('error' in read) throw read.error
    expect(read.encoding).toBe('Windows-1251')
    const header = headerRowIndex(read.rows)
    expect(header).toBe(1)
    const rows = readGoodsRows(read.rows, guessed(read.rows, header), header)
    expect(rows.map((r) => [r.rowNumber, r.item?.description, r.item?.grossMass])).toEqual([
      [3, 'Курага', 12240.5],
      [5, 'Изюм', 1.5],
    ])
  })

  it('reads UTF-8 with a byte-order mark and quoted fields', async () => {
    const csv = '\uFEFFDescription,HS code,Gross weight\n"Cotton yarn, combed",520512,"1,250.00"\n'
    const read = await readSpreadsheet('goods.csv', new TextEncoder().encode(csv))
    if ('error' in read) throw read.error
    const rows = readGoodsRows(read.rows, guessed(read.rows, 0), 0)
    expect(rows[0]?.item).toMatchObject({
      description: 'Cotton yarn, combed',
      hsCode: '520512',
      grossMass: 1250,
    })
  })

  it('names the row and column of text in a number column, and rows without a description', async () => {
    const read = await readSpreadsheet(
      'x.xlsx',
      await xlsx([
        ['Description', 'Gross weight'],
        ['Apricots', 'about 200'],
        [null, 12],
      ]),
    )
    if ('error' in read) throw read.error
    const rows = readGoodsRows(read.rows, guessed(read.rows, 0), 0)
    expect(rows[0]?.problems.map((p) => sheetProblemText(p, englishText))).toEqual([
      'Row 2: “about 200” in Gross mass (kg) is not a number.',
    ])
    expect(rows[0]?.item).not.toHaveProperty('grossMass')
    expect(rows[1]).toEqual({
      rowNumber: 3,
      item: null,
      problems: [{ kind: 'noDescription', row: 3 }],
      defaulted: [],
    })
    expect(sheetProblemText(rows[1]!.problems[0]!, englishText)).toBe(
      'Row 3 has no description: it cannot become a goods item.',
    )
  })

  it('finds the header under a merged title and reads rows under a merged cell', async () => {
    const bytes = new Uint8Array(
      await writeExcelFile([
        [{ value: 'INVOICE No 17 — ИНВОЙС', columnSpan: 3 }, null, null],
        ['Description', 'Origin', 'Gross weight'],
        ['Apricots', { value: 'UZ', rowSpan: 2 }, 10],
        ['Raisins', null, 12],
        [null, null, null],
        ['Walnuts', 'AF', 8],
      ] as SheetData).toBuffer(),
    )
    const read = await readSpreadsheet('merged.xlsx', bytes)
    if ('error' in read) throw read.error
    const header = headerRowIndex(read.rows)
    expect(header).toBe(1)
    const rows = readGoodsRows(read.rows, guessed(read.rows, header), header)
    // The merged cell's value sits in its first row; the empty row is skipped.
    expect(rows.map((r) => [r.rowNumber, r.item?.description, r.item?.countryOfOrigin])).toEqual([
      [3, 'Apricots', 'UZ'],
      [4, 'Raisins', undefined],
      [6, 'Walnuts', 'AF'],
    ])
  })

  it('reads 5,000 rows', async () => {
    const lines = [
      'Description;Gross weight',
      ...Array.from({ length: 5000 }, (_, i) => `Line ${i};${i + 1}`),
    ]
    const read = await readSpreadsheet('big.csv', new TextEncoder().encode(lines.join('\n')))
    if ('error' in read) throw read.error
    expect(readGoodsRows(read.rows, guessed(read.rows, 0), 0)).toHaveLength(5000)
  })

  it.each([
    ['empty.csv', new Uint8Array(), /“empty.csv” is empty\./],
    [
      'old.xls',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /old Excel 97–2003/,
    ],
    [
      'scan.pdf',
      Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xff]),
      /is not a spreadsheet/,
    ],
    [
      'broken.xlsx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      /cannot be read as an Excel workbook/,
    ],
  ])('refuses %s in one sentence naming it', async (name, bytes, reason) => {
    const read = await readSpreadsheet(name, bytes)
    if (!('error' in read)) throw new Error(`${name} was read`)
    expect(read.error.message).toMatch(reason)
    expect(read.error.message.startsWith(`“${name}”`)).toBe(true)
    expect(read.error.key).toMatch(/^sheet\.refused\./)
  })
})

describe('cellNumber', () => {
  it.each([
    [12240.5, 12240.5],
    ['12 240,5', 12240.5],
    ['12\u00a0240,50', 12240.5],
    ['1,250.00', 1250],
    ['1.250,00', 1250],
    ['0,5', 0.5],
    ['abc', null],
    ['', null],
    [null, null],
  ] as [Cell, number | null][])('%j → %j', (cell, expected) => {
    expect(cellNumber(cell)).toBe(expected)
  })
})

describe('readGoodsRows on any cells', () => {
  it('never throws; every item has a description, every problem names its row', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.date(),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.array(fc.option(fc.constantFrom(...SHEET_FIELDS), { nil: null }), { maxLength: 8 }),
        (rows, mapping) => {
          const header = headerRowIndex(rows)
          for (const row of readGoodsRows(rows, mapping, header)) {
            if (row.item) expect(typeof row.item.description).toBe('string')
            for (const problem of row.problems) {
              expect(problem.row).toBe(row.rowNumber)
              expect(sheetProblemText(problem, englishText)).toMatch(
                new RegExp(`^Row ${row.rowNumber}\\b`),
              )
            }
          }
          const guess = guessColumns(rows[header] ?? [], rows.slice(header + 1))
          expect(guess.mapping).toHaveLength((rows[header] ?? []).length)
          expect(guess.notes).toHaveLength((rows[header] ?? []).length)
          const fields = guess.mapping.filter((f) => f !== null)
          expect(new Set(fields).size).toBe(fields.length)
        },
      ),
    )
  })
})
