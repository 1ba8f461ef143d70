/** Reading a national tariff file: shapes, refusals with line numbers, encodings, nothing lost. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HS_ENTRIES } from '../../../src/shared/codes/hs2022'
import {
  likelyTariff,
  readNationalTariff,
  type TariffRead,
} from '../../../src/shared/import/national-tariff'
import { tariffText } from '../../../src/shared/import/national-tariff-text'

const TODAY = '2026-03-01'

function read(text: string): TariffRead {
  const result = readNationalTariff(text, TODAY)
  if ('error' in result) throw new Error(`unexpected refusal: ${result.error}`)
  return result
}

const reasons = (result: TariffRead) => result.refused.map((r) => [r.line, r.reason])

describe('readNationalTariff', () => {
  it('reads an EAEU ТН ВЭД CSV: semicolons, BOM, header, spaced codes, grouping lines', () => {
    const result = read(
      [
        '\uFEFFКод;Наименование;Доп. ед.',
        '5205;Пряжа хлопчатобумажная (кроме швейных ниток);',
        ';- пряжа однониточная из непрочесанных волокон:;',
        '5205 11 000 0;- - линейной плотности 714,29 дтекс или более;кг',
        '"5205 12 000 0";"- - линейной плотности менее 714,29 дтекс; но не менее 232,56";кг',
        '0813100000;- абрикосы;кг',
      ].join('\r\n'),
    )
    expect(result.header).toBe(1)
    expect(result.lines.map((l) => [l.line, l.code, l.description])).toEqual([
      [4, '5205110000', 'линейной плотности 714,29 дтекс или более'],
      [5, '5205120000', 'линейной плотности менее 714,29 дтекс; но не менее 232,56'],
      [6, '0813100000', 'абрикосы'],
    ])
    // The lines above give the context the line's own text takes for granted.
    expect(result.lines[0]?.context).toBe(
      'Пряжа хлопчатобумажная (кроме швейных ниток) › пряжа однониточная из непрочесанных волокон',
    )
    expect(result.lines[2]?.context).toBeUndefined()
    expect(reasons(result)).toEqual([
      [2, 'heading'],
      [3, 'noCode'],
    ])
    expect(result.records).toBe(6)
    expect(likelyTariff(result)).toBe('eaeu')
  })

  it('reads a Pakistan PCT CSV: commas, quoted descriptions, dotted 8-digit codes', () => {
    const result = read(
      [
        'PCT Code,Description,CD %',
        '39.03,"Polymers of styrene, in primary forms.",',
        '3903.1910,- - - General Purpose Polystyrene (GPPS),15',
        '0813.1000,Apricots,20',
      ].join('\n'),
    )
    expect(result.lines.map((l) => [l.code, l.description])).toEqual([
      ['39031910', 'General Purpose Polystyrene (GPPS)'],
      ['08131000', 'Apricots'],
    ])
    expect(result.lines[0]?.context).toBe('Polymers of styrene, in primary forms.')
    expect(reasons(result)).toEqual([[2, 'heading']])
    expect(likelyTariff(result)).toBe('pct')
  })

  it('reads the FTS/FNS classifier file: the code in three columns, ended lines refused', () => {
    const result = read(
      [
        '08|13|100000|- абрикосы|01.01.2017||',
        '08|13|200000|- чернослив|01.01.2017|31.12.2021|',
        '08|13|200000|- чернослив|01.01.2022||',
      ].join('\n'),
    )
    expect(result.lines.map((l) => [l.line, l.code])).toEqual([
      [1, '0813100000'],
      [3, '0813200000'],
    ])
    expect(result.refused).toEqual([
      { line: 2, reason: 'ended', values: { code: '08 13 200000', date: '31.12.2021' } },
    ])
  })

  it('refuses each bad line with its number and reason, and keeps the rest', () => {
    const result = read(
      [
        '0813100000;абрикосы',
        '0813 10 000;короткий код',
        '0813900000;не субпозиция HS 2022',
        'ABC;не код',
        '0806200000;',
        '0813100000;абрикосы ещё раз',
        '',
        '0806200000;изюм',
      ].join('\n'),
    )
    expect(result.lines.map((l) => [l.line, l.code])).toEqual([
      [1, '0813100000'],
      [8, '0806200000'],
    ])
    expect(result.refused).toEqual([
      { line: 2, reason: 'length', values: { code: '0813 10 000', digits: 9 } },
      { line: 3, reason: 'subheading', values: { code: '0813900000', subheading: '081390' } },
      { line: 4, reason: 'notCode', values: { code: 'ABC' } },
      { line: 5, reason: 'noDescription', values: { code: '0806200000' } },
      { line: 6, reason: 'duplicate', values: { code: '0813100000', first: 1 } },
    ])
    expect(result.records).toBe(7)
  })

  it('gives back the leading zero a spreadsheet took off, and counts it', () => {
    const result = read('813100000,apricots\n52051200,cotton yarn\n8131000,dried apricots')
    expect(result.lines.map((l) => l.code)).toEqual(['0813100000', '52051200', '08131000'])
    expect(result.restored).toBe(2)
  })

  it('says which lines an unclosed quotation mark joined', () => {
    const result = read('0813100000;абрикосы\n0806200000;"изюм\n0801110000;кокосы\n')
    expect(result.lines).toHaveLength(1)
    expect(result.refused).toEqual([{ line: 2, reason: 'quotes', values: { last: 3 } }])
  })

  it('refuses a file that is empty or has no tariff codes at all', () => {
    expect(readNationalTariff(' \n\n', TODAY)).toEqual({ error: 'empty' })
    expect(readNationalTariff('name;value\napples;12\n', TODAY)).toEqual({ error: 'noCodes' })
  })
})

describe('tariffText', () => {
  const bytes = (text: string, encoding: 'utf8' | 'latin1') =>
    new Uint8Array(Buffer.from(text, encoding))
  it('reads UTF-8 with or without BOM', () => {
    expect(tariffText(bytes('\uFEFF0813100000;абрикосы', 'utf8')).text).toBe('0813100000;абрикосы')
    expect(tariffText(bytes('0813100000;абрикосы', 'utf8')).encoding).toBe('UTF-8')
  })

  it('tells Windows-1251 from CP866 by which reads as Russian, and Latin files as 1252', () => {
    const russian = '0813100000;абрикосы сушеные, без косточки'
    const win1251 = new Uint8Array([...russian].map(cp1251))
    const cp866 = new Uint8Array([...russian].map(ibm866))
    expect(tariffText(win1251)).toEqual({ text: russian, encoding: 'Windows-1251' })
    expect(tariffText(cp866)).toEqual({ text: russian, encoding: 'CP866' })
    expect(tariffText(bytes('08131000,Apricots, café grade', 'latin1'))).toEqual({
      text: '08131000,Apricots, café grade',
      encoding: 'Windows-1252',
    })
  })
})

/** A character's byte in Windows-1251 (Russian letters, ASCII). */
function cp1251(char: string): number {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code
  if (char >= 'А' && char <= 'я') return code - 0x410 + 0xc0
  throw new Error(`no test byte for ${char}`)
}

/** A character's byte in CP866 (Russian letters, ASCII). */
function ibm866(char: string): number {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code
  if (char >= 'А' && char <= 'п') return code - 0x410 + 0x80
  if (char >= 'р' && char <= 'я') return code - 0x440 + 0xe0
  throw new Error(`no test byte for ${char}`)
}

const SUBHEADINGS = HS_ENTRIES.filter((e) => e.code.length === 6).map((e) => e.code)

/** A generated line's code cell, and whether it is a tariff line's code. */
const codeArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SUBHEADINGS), fc.stringMatching(/^\d{4}$/), fc.boolean())
    .map(([six, rest, spaced]) => {
      const code = six + rest
      const written = spaced
        ? `${code.slice(0, 4)} ${code.slice(4, 6)} ${code.slice(6, 9)} ${code.slice(9)}`
        : code
      return { written, valid: true }
    }),
  fc
    .oneof(fc.stringMatching(/^\d{1,12}$/), fc.constantFrom('', '5205', 'ABC', '12.34'))
    .map((written) => ({ written, valid: false })),
)
const cellArb = fc.string({ maxLength: 12 }).map((text) => text.replace(/["\r\n;]/g, ' '))

describe('readNationalTariff on any file', () => {
  it('never throws, and accounts for every record: imported, refused or the titles', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = readNationalTariff(text, TODAY)
        if ('error' in result) return
        expect(result.lines.length + result.refused.length + (result.header ? 1 : 0)).toBe(
          result.records,
        )
        const numbers = [...result.lines, ...result.refused].map((entry) => entry.line)
        expect(new Set(numbers).size).toBe(numbers.length)
        const physical = text.split(/\r\n?|\n/).length
        for (const n of numbers) expect(n >= 1 && n <= physical).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never loses a line: each non-blank line of a CSV is imported, refused or the titles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(codeArb, cellArb, cellArb), fc.constant(null)), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.boolean(),
        (rows, quoted) => {
          const lines = rows.map((row) =>
            row === null
              ? ''
              : [row[0].written, row[1], row[2]]
                  .map((cell) => (quoted ? `"${cell}"` : cell))
                  .join(';'),
          )
          const text = lines.join('\n')
          const result = readNationalTariff(text, TODAY)
          if ('error' in result) {
            // Only a file without a single tariff code is refused whole.
            expect(rows.some((row) => row?.[0].valid)).toBe(false)
            return
          }
          const nonBlank = lines
            .map((line, i) => [line, i + 1] as const)
            .filter(([line]) => line.replace(/[";]/g, '').trim() !== '')
          const accounted = [
            ...result.lines.map((l) => l.line),
            ...result.refused.map((r) => r.line),
            ...(result.header ? [result.header] : []),
          ].sort((a, b) => a - b)
          expect(accounted).toEqual(nonBlank.map(([, n]) => n))
          for (const line of result.lines) {
            const written = lines[line.line - 1]!.split(';')[0]!.replace(/\D/g, '')
            expect(line.code.endsWith(written)).toBe(true)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
