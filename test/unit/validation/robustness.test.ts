/**
 * Hostile inputs: huge strings, deep nesting, binary junk, 999 items — a report, and the findings
 * it should have. How fast: bench/validate.ts.
 */
import { describe, expect, it } from 'vitest'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { generateDeclaration } from '../../fixtures/generate'
import { allFindings, expectWellFormed, message, sample, SAMPLE_TODAY, type Doc } from './helpers'

const OPTIONS = { today: SAMPLE_TODAY }

describe('hostile inputs', () => {
  it('huge strings in every text element: reported, quoted briefly', () => {
    const huge = 'Ж'.repeat(4_000_000)
    const d: Doc = sample('tir')
    d.lrn = huge
    d.placeOfDeclaration = huge
    d.holder.name = huge
    d.holder.identification.value = huge
    d.guarantee.reference = huge
    d.consignments[0].items[0].description = huge
    d.consignments[0].items[0].hsCode = huge
    d.consignments[0].items[0].containers = [huge]
    d.seals = [huge, huge]
    const result = validateDeclaration(d, OPTIONS)
    expectWellFormed(result)
    expect(result.errors.length).toBeGreaterThanOrEqual(9)
    for (const f of allFindings(result)) expect(message(f).length).toBeLessThan(400)
  })

  it('counts characters, not UTF-16 units', () => {
    const d: Doc = sample('tir')
    d.placeOfDeclaration = '🚚'.repeat(35)
    expect(validateDeclaration(d, OPTIONS).errors).toEqual([])
    d.placeOfDeclaration = '🚚'.repeat(36)
    expect(validateDeclaration(d, OPTIONS).errors.map((f) => f.rule)).toEqual(['structure.length'])
    const t1: Doc = sample('t1')
    t1.guarantee.accessCode = '🚚🚚'
    expect(validateDeclaration(t1, OPTIONS).errors.map((f) => f.path)).toEqual([
      '/guarantee/accessCode',
    ])
    t1.guarantee.accessCode = '🚚🚚🚚🚚'
    expect(validateDeclaration(t1, OPTIONS).errors).toEqual([])
  })

  it('deep nesting where a value belongs', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { deep }
    const d: Doc = sample('tir')
    d.holder = deep
    d.transport.meansAtDeparture = deep
    d.consignments[0].items[0].packages = [deep]
    d.unknownElement = deep
    const report = validateDeclaration(d, OPTIONS)
    expectWellFormed(report)
    expect(report.errors.map((f) => f.path)).toContain('/holder')
  })

  it('binary junk strings', () => {
    const junk = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))
    const d: Doc = sample('national')
    d.lrn = junk
    d.mrn = junk
    d.countryOfDispatch = junk
    d.invoice.currency = '\u0000\uD800\uDFFF'
    d.consignments[0].items[0].containers = ['\uD83D', junk]
    d.seals = ['\u2028x', '\u0000']
    const report = validateDeclaration(d, OPTIONS)
    expectWellFormed(report)
    for (const f of allFindings(report)) {
      // eslint-disable-next-line no-control-regex
      expect(message(f)).not.toMatch(/[\u0000-\u001f\u2028\u2029]/)
    }
  })

  it('999 items of junk give a report', () => {
    const d: Doc = generateDeclaration(999)
    d.consignments[0].items = d.consignments[0].items.map((_: unknown, i: number) =>
      i % 3 === 0 ? null : i % 3 === 1 ? { sequence: 'x', packages: [null, 7] } : [i],
    )
    const result = validateDeclaration(d, OPTIONS)
    expectWellFormed(result)
    expect(result.errors.length).toBeGreaterThan(999)
  })

  it('a million items: one too-many finding, not a million', () => {
    const d: Doc = sample('tir')
    const one = d.consignments[0].items[0]
    d.consignments[0].items = Array.from({ length: 1_000_000 }, () => one)
    const result = validateDeclaration(d, OPTIONS)
    expect(result.errors.filter((f) => f.rule === 'items.too-many')).toHaveLength(1)
  })

  it('lists far over their limits are looked at up to the limit', () => {
    const d: Doc = sample('tir')
    d.seals = Array.from({ length: 200_000 }, (_, i) => `S${i}`)
    d.countriesOfRouting = Array.from({ length: 200_000 }, () => 'XX')
    d.consignments = Array.from({ length: 200_000 }, () => null)
    const report = validateDeclaration(d, OPTIONS)
    expectWellFormed(report)
    expect(report.errors.length).toBeLessThan(400)
  })
})
