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

  it('has Urdu, Dari and Pashto letters (Noto Naskh Arabic), so they raise no warning', () => {
    expect(unprintableCharacters('شرکت تجارتی برادران احمدی')).toEqual([])
    expect(unprintableCharacters('ٹرک ڈرائیور کراچی سے لاہور ہے ے ۓ ں ھ ۱۲۳')).toEqual([])
    expect(unprintableCharacters('پښتو ټولنه ډېر ګډ ړ ږ ښ ڼ ۍ ې')).toEqual([])
    expect(unprintableCharacters('می\u200Cخواهم')).toEqual([])
    // Chinese is in neither font: still named.
    expect(unprintableCharacters('Kabul 喀布尔')).toEqual(['喀', '布', '尔'])
  })

  it('names what it has not, each once, and ignores what printing drops', () => {
    expect(unprintableCharacters('宁波 宁波 🚚\u200B\u0007')).toEqual(['宁', '波', '🚚'])
    expect(characterName('宁')).toBe('宁 (U+5B81)')
    expect(characterName('🚚')).toBe('🚚 (U+1F69A)')
  })
})
