/**
 * text.control-character: invisible characters that change how a text reads — direction
 * controls, C0/C1 controls (NUL, escape), and line breaks or tabs in one-line elements — are
 * warned about, naming the element and each character as U+XXXX.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/shared/validation/report'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { expectWellFormed, message, sample, SAMPLE_TODAY, type Doc } from './helpers'

const RULE = 'text.control-character'

function findingsOf(change: (d: Doc) => void): Finding[] {
  const d = sample('tir')
  change(d)
  const report = validateDeclaration(d, { today: SAMPLE_TODAY })
  expectWellFormed(report)
  return report.warnings.filter((f) => f.rule === RULE)
}

const characters = (finding: Finding | undefined) =>
  (finding?.params.characters as { list: string[] } | undefined)?.list

describe('text.control-character', () => {
  it('flags a right-to-left override in a description, naming it as U+202E', () => {
    const [finding, ...more] = findingsOf(
      (d) => void (d.consignments[0].items[0].description = 'Cotton \u202EUSD 10,000 value'),
    )
    expect(more).toEqual([])
    expect(finding).toMatchObject({ path: '/consignments/0/items/0/description', box: '31' })
    expect(characters(finding)).toEqual(['U+202E'])
    const text = message(finding!)
    expect(text).toContain('U+202E')
    expect(text).toMatch(/direction/)
    // The sentence itself holds no direction control that could reorder it.
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it.each([
    ['U+202A', '\u202A'],
    ['U+202B', '\u202B'],
    ['U+202C', '\u202C'],
    ['U+202D', '\u202D'],
    ['U+2066', '\u2066'],
    ['U+2067', '\u2067'],
    ['U+2068', '\u2068'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200E'],
    ['U+200F', '\u200F'],
    ['U+061C', '\u061C'],
  ])('flags the direction control %s in a party name', (code, char) => {
    const [finding] = findingsOf((d) => void (d.holder.name = `ТОО ${char}Жибек Жолы`))
    expect(finding).toMatchObject({ path: '/holder/name', params: { context: 'direction' } })
    expect(characters(finding)).toEqual([code])
  })

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['escape', '\u001B', 'U+001B'],
    ['DEL', '\u007F', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
  ])('flags %s, in one-line and multi-line texts alike', (_name, char, code) => {
    for (const change of [
      (d: Doc) => void (d.consignments[0].consignee.name = `Karachi${char} Traders`),
      (d: Doc) => void (d.remarks = `Call${char} before arrival`),
    ]) {
      const [finding, ...more] = findingsOf(change)
      expect(more).toEqual([])
      expect(finding?.params.context).toBe('control')
      expect(characters(finding)).toEqual([code])
      expect(message(finding!)).toContain(code)
    }
  })

  it('flags line breaks and tabs in one-line elements (names, addresses, references)', () => {
    const findings = findingsOf((d) => {
      d.holder.name = 'TOO\nZhibek Zholy'
      d.holder.address.street = 'Abay\tave 10'
      d.documents[0].reference = 'INV-1\r\n'
    })
    expect(findings.map((f) => [f.path, f.params.context, characters(f)])).toEqual([
      ['/holder/name', 'line', ['U+000A']],
      ['/holder/address/street', 'line', ['U+0009']],
      ['/documents/0/reference', 'line', ['U+000D', 'U+000A']],
    ])
    expect(message(findings[2]!)).toMatch(/line breaks or tabs \(U\+000D, U\+000A\)/)
  })

  it('keeps line breaks and tabs in the texts of several lines', () => {
    expect(
      findingsOf((d) => {
        d.remarks = 'First line\r\nSecond\tline'
        d.consignments[0].items[0].description = 'Cotton yarn\ncarded'
        d.consignments[0].items[0].additionalInformation = 'a\nb'
      }),
    ).toEqual([])
  })

  it('gives one finding per kind, each naming its own characters once', () => {
    const findings = findingsOf((d) => void (d.holder.name = 'A\u202E\u0000B\u202E\nC\u0000\u200F'))
    expect(findings.map((f) => [f.params.context, characters(f)])).toEqual([
      ['direction', ['U+202E', 'U+200F']],
      ['control', ['U+0000']],
      ['line', ['U+000A']],
    ])
    for (const finding of findings) {
      expect(message(finding)).not.toMatch(/[\u202E\n]/)
      expect(message(finding).includes('\u0000')).toBe(false)
    }
  })

  it('names at most five characters of a kind', () => {
    const [finding] = findingsOf(
      (d) => void (d.remarks = '\u0001\u0002\u0003\u0004\u0005\u0006\u0007'),
    )
    expect(characters(finding)).toEqual(['U+0001', 'U+0002', 'U+0003', 'U+0004', 'U+0005'])
  })

  it('leaves codes to their own shape rules (no second finding for an HS code)', () => {
    const d: Doc = sample('tir')
    d.consignments[0].items[0].hsCode = '5205\u000012'
    const report = validateDeclaration(d, { today: SAMPLE_TODAY })
    expect(report.warnings.filter((f) => f.rule === RULE)).toEqual([])
    expect(report.errors.map((f) => f.path)).toContain('/consignments/0/items/0/hsCode')
  })

  it('looks at seals and package marks too', () => {
    const findings = findingsOf((d) => {
      d.seals[0] = 'KZ\u202E123'
      d.consignments[0].items[0].packages[0].marks = 'KTX\u0000'
    })
    expect(findings.map((f) => f.path)).toEqual([
      '/seals/0',
      '/consignments/0/items/0/packages/0/marks',
    ])
  })

  it('finds nothing in plain text of any script, with the joiners Persian and Urdu use', () => {
    expect(
      findingsOf((d) => {
        d.holder.name = 'شرکت\u200Cحمل و نقل Қазақ Ўзбек'
        d.consignments[0].items[0].description = 'Хлопок-сырец, 100 % — cotton'
      }),
    ).toEqual([])
  })
})
