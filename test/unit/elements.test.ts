/**
 * One table of the format's elements: the zod schema, the validator and the editor read their
 * limits from it, so a value one character too long is refused by all of them alike.
 */
import { describe, expect, it } from 'vitest'
import { element, type ElementId, maxLengthOf } from '../../src/shared/format/elements'
import { DeclarationFileSchema } from '../../src/shared/format/schema'
import { setAt, toPointer, type JsonPath } from '../../src/shared/json'
import { validateDeclaration } from '../../src/shared/validation/validate'
import { sample, SAMPLE_TODAY } from './validation/helpers'

const TEXTS: [JsonPath, ElementId][] = [
  [['placeOfDeclaration'], 'placeOfDeclaration'],
  [['mrn'], 'mrn'],
  [['locationOfGoods'], 'locationOfGoods'],
  [['holder', 'name'], 'party.name'],
  [['holder', 'address', 'city'], 'party.city'],
  [['officeOfDeparture', 'name'], 'office.name'],
  [['transport', 'approvalCertificate'], 'transport.approvalCertificate'],
  [['transport', 'meansAtDeparture', 0, 'identity'], 'means.identity'],
  [['documents', 0, 'reference'], 'document.reference'],
  [['invoice', 'number'], 'invoice.number'],
  [['invoice', 'incoterm', 'place'], 'invoice.incotermPlace'],
  [['consignments', 0, 'items', 0, 'description'], 'item.description'],
  [['consignments', 0, 'items', 0, 'packages', 0, 'marks'], 'package.marks'],
  [['remarks'], 'remarks'],
]

describe('the element table', () => {
  it.each(TEXTS)('%j: its longest text passes, one more character fails everywhere', (path, id) => {
    const max = maxLengthOf(id)!
    expect(max).toBeGreaterThan(0)
    const longest = setAt(sample('tir'), path, 'Ж'.repeat(max))
    const tooLong = setAt(sample('tir'), path, 'Ж'.repeat(max + 1))
    const findingsAt = (d: unknown) =>
      validateDeclaration(d, { today: SAMPLE_TODAY }).errors.filter(
        (f) => f.path === toPointer(path) && f.rule === 'structure.length',
      )
    expect(findingsAt(longest)).toEqual([])
    expect(findingsAt(tooLong)).toHaveLength(1)
    expect(DeclarationFileSchema.safeParse(longest).success).toBe(true)
    expect(DeclarationFileSchema.safeParse(tooLong).success).toBe(false)
  })

  it('gives the editor the length of codes and dates too', () => {
    expect(maxLengthOf('countryOfDispatch')).toBe(2)
    expect(maxLengthOf('invoice.currency')).toBe(3)
    expect(maxLengthOf('declarationDate')).toBe(10)
    expect(maxLengthOf('transport.borderMode')).toBe(1)
    expect(maxLengthOf('procedure')).toBe(8)
    expect(maxLengthOf('item.hsCode')).toBe(10)
  })

  it('holds the shape of the commodity code once, for the schema and the validator', () => {
    const spec = element('item.hsCode')
    if (spec.type !== 'text') throw new Error('item.hsCode is text')
    const path = ['consignments', 0, 'items', 0, 'hsCode']
    for (const code of ['520512', '52051200', '5205120000', '5205.12', '52051']) {
      const d = setAt(sample('tir'), path, code)
      const shapeFinding = validateDeclaration(d, { today: SAMPLE_TODAY }).errors.some(
        (f) => f.rule === 'hs.format',
      )
      expect(shapeFinding, code).toBe(!spec.pattern!.test(code))
      expect(DeclarationFileSchema.safeParse(d).success, code).toBe(spec.pattern!.test(code))
    }
  })
})
