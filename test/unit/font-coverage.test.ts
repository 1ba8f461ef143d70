/** What the packet's fonts can show: generated from the fonts themselves, and used as the layout does. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COVERAGE_FILE, coverageRanges, coverageSource } from '../../scripts/build-font-coverage'
import { characterName, unprintableCharacters } from '../../src/shared/codes/printable'

describe('font coverage', () => {
  it('is the committed file, as the fonts give it (run scripts/build-font-coverage.ts)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(coverageSource(coverageRanges()))
  })

  it('has Latin, Cyrillic with Kazakh and Uzbek letters, and what the corridor types', () => {
    expect(unprintableCharacters('Жетысу Қ Ғ Ү Ұ Ө Ә Ң Һ І Ў ў № € ₸ — «»')).toEqual([])
  })

  it('names what it has not, each once, and ignores what printing drops', () => {
    expect(unprintableCharacters('宁波 宁波 🚚\u200B\u0007')).toEqual(['宁', '波', '🚚'])
    expect(characterName('宁')).toBe('宁 (U+5B81)')
    expect(characterName('🚚')).toBe('🚚 (U+1F69A)')
  })
})
