import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildHsData, DEFAULT_CSV, SUBHEADINGS_OUTPUT } from '../../scripts/build-hs-data'
import { HS_ENTRIES } from '../../src/shared/codes/hs2022'
import { isHsSubheading } from '../../src/shared/codes/hs2022-subheadings'

describe("the validator's list of HS 2022 subheadings", () => {
  it('is what the build script makes from the source CSV', () => {
    const csv = readFileSync(DEFAULT_CSV, 'utf8')
    const sections = readFileSync(
      DEFAULT_CSV.replace(/hs2022\.csv$/, 'hs2022-sections.csv'),
      'utf8',
    )
    expect(buildHsData(csv, sections).subheadingsJson).toBe(
      readFileSync(SUBHEADINGS_OUTPUT, 'utf8'),
    )
  })

  it('holds exactly the 6-digit entries of the finder’s nomenclature', () => {
    const sixDigit = HS_ENTRIES.filter((e) => e.code.length === 6)
    expect(sixDigit).toHaveLength(5612)
    for (const entry of sixDigit) expect(isHsSubheading(entry.code)).toBe(true)
    for (const entry of HS_ENTRIES.filter((e) => e.code.length < 6)) {
      expect(isHsSubheading(entry.code.padEnd(6, '0'))).toBe(
        sixDigit.some((s) => s.code === entry.code.padEnd(6, '0')),
      )
    }
    expect(isHsSubheading('999999')).toBe(false)
    expect(isHsSubheading('52051')).toBe(false)
  })
})
