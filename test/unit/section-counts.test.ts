import { describe, expect, it } from 'vitest'
import { countBySection } from '../../src/renderer/features/validation/section-counts'
import { validateDeclaration } from '../../src/shared/validation/validate'
import type { JsonObject } from '../../src/shared/json'
import { sampleText } from './samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject

describe('findings counted per editor tab', () => {
  it('puts each finding on the tab that shows its element', () => {
    const doc = tir()
    delete doc.placeOfDeclaration
    const items = (doc.consignments as JsonObject[])[0]!.items as JsonObject[]
    delete items[1]!.hsCode
    delete (doc.holder as JsonObject).tirHolderId
    const counts = countBySection(validateDeclaration(doc, { today: '2026-02-04' }))
    expect(counts.general.errors).toBe(1)
    expect(counts.goods.errors).toBe(1)
    expect(counts.parties.errors).toBe(1)
    expect(counts.itinerary).toEqual({ errors: 0, warnings: 0 })
  })

  it('counts nothing without a report, and every finding once', () => {
    expect(Object.values(countBySection(null)).every((c) => c.errors + c.warnings === 0)).toBe(true)
    const report = validateDeclaration(JSON.parse(sampleText('bad-routing-end.json')), {
      today: '2026-02-04',
    })
    const counts = Object.values(countBySection(report))
    expect(counts.reduce((n, c) => n + c.errors, 0)).toBe(report.errors.length)
    expect(counts.reduce((n, c) => n + c.warnings, 0)).toBe(report.warnings.length)
  })
})
