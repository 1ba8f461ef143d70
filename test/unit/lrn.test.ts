import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../src/shared/format/constants'
import { generateLrn, isWellFormedLrn, LRN_PATTERN, nextFreeLrn } from '../../src/shared/format/lrn'

const lrnChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._-'
const wellFormedLrn = fc
  .array(fc.constantFrom(...lrnChars), { minLength: 1, maxLength: LIMITS.lrn })
  .map((chars) => chars.join(''))

describe('LRN_PATTERN / isWellFormedLrn', () => {
  it('accepts 1–22 characters of A–Z a–z 0–9 / . _ -', () => {
    expect(isWellFormedLrn('KZ-ALA-2026-0117')).toBe(true)
    expect(isWellFormedLrn('a/b.c_d-e')).toBe(true)
    expect(isWellFormedLrn('X'.repeat(22))).toBe(true)
  })

  it('refuses empty, too long, spaces, other scripts and non-strings', () => {
    expect(isWellFormedLrn('')).toBe(false)
    expect(isWellFormedLrn('X'.repeat(23))).toBe(false)
    expect(isWellFormedLrn('KZ 01')).toBe(false)
    expect(isWellFormedLrn('КЗ-01')).toBe(false)
    expect(isWellFormedLrn('A\nB')).toBe(false)
    expect(isWellFormedLrn(12)).toBe(false)
    expect(isWellFormedLrn(null)).toBe(false)
  })
})

describe('generateLrn', () => {
  it('is TD-YYMMDD-XXXX with the UTC date', () => {
    const lrn = generateLrn(new Date('2026-02-04T23:30:00Z'), () => 0)
    expect(lrn).toBe('TD-260204-AAAA')
  })

  it('uses the random source for the tail, avoiding look-alike characters', () => {
    const lrn = generateLrn(new Date('2026-02-04T00:00:00Z'), () => 0.999999)
    expect(lrn).toBe('TD-260204-9999')
    const seen = new Set<string>()
    for (let i = 0; i < 32; i++) {
      seen.add(generateLrn(new Date('2026-02-04T00:00:00Z'), () => i / 32).slice(-1))
    }
    expect(seen.size).toBe(32)
    for (const ch of ['0', '1', 'O', 'I']) expect(seen.has(ch)).toBe(false)
  })

  it('always matches LRN_PATTERN and fits in 22 characters', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (date, r) => {
          const lrn = generateLrn(date, () => r)
          expect(lrn).toMatch(LRN_PATTERN)
          expect(lrn).toMatch(/^TD-\d{6}-[A-Z2-9]{4}$/)
          expect(lrn.length).toBeLessThanOrEqual(LIMITS.lrn)
        },
      ),
    )
  })

  it('defaults to Math.random', () => {
    expect(generateLrn(new Date('2026-02-04T00:00:00Z'))).toMatch(/^TD-260204-[A-Z2-9]{4}$/)
  })
})

describe('nextFreeLrn', () => {
  it('keeps the base when it is free', () => {
    expect(nextFreeLrn('KZ-1', () => false)).toBe('KZ-1')
  })

  it('suffixes -2, -3 … until one is free', () => {
    const taken = new Set(['KZ-1', 'KZ-1-2', 'KZ-1-3'])
    expect(nextFreeLrn('KZ-1', (l) => taken.has(l))).toBe('KZ-1-4')
    expect(nextFreeLrn('KZ-1', (l) => l === 'KZ-1')).toBe('KZ-1-2')
  })

  it('shortens the base so the suffixed LRN stays within 22 characters', () => {
    const base = 'ABCDEFGHIJKLMNOPQRSTUV' // 22
    expect(nextFreeLrn(base, (l) => l === base)).toBe('ABCDEFGHIJKLMNOPQRST-2')
    const taken = new Set([
      base,
      ...Array.from({ length: 8 }, (_, i) => `ABCDEFGHIJKLMNOPQRST-${i + 2}`),
    ])
    expect(nextFreeLrn(base, (l) => taken.has(l))).toBe('ABCDEFGHIJKLMNOPQRS-10')
  })

  it('returns a free, well-formed LRN of at most 22 characters for any taken set', () => {
    fc.assert(
      fc.property(wellFormedLrn, fc.nat({ max: 120 }), (base, alsoTaken) => {
        // The base and its first `alsoTaken` candidates are taken.
        const taken = new Set<string>([base])
        for (let n = 2; n < alsoTaken + 2; n++) {
          const suffix = `-${n}`
          taken.add(base.slice(0, 22 - suffix.length) + suffix)
        }
        const lrn = nextFreeLrn(base, (l) => taken.has(l))
        expect(taken.has(lrn)).toBe(false)
        expect(lrn.length).toBeLessThanOrEqual(LIMITS.lrn)
        expect(lrn).toMatch(LRN_PATTERN)
      }),
    )
  })
})
