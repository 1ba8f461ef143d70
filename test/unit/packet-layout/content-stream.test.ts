/** The numbers of a page's operators, as content-stream.ts writes them. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { num } from '../../../src/shared/packet/layout/content-stream'

/** The definition: rounded to hundredths, as JavaScript prints that number, never "-0". */
const rounded = (value: number) => {
  const r = Math.round(value * 100) / 100
  return r === 0 ? '0' : String(r)
}

describe('num', () => {
  it('writes hundredths as JavaScript prints the rounded number', () => {
    expect(num(12.3)).toBe('12.3')
    expect(num(0.05)).toBe('0.05')
    expect(num(-0.004)).toBe('0')
    expect(num(-0.005)).toBe('0')
    expect(num(-1.5)).toBe('-1.5')
    expect(num(595.2756)).toBe('595.28')
    expect(num(842)).toBe('842')
    expect(num(7.999)).toBe('8')
  })

  it('agrees with the definition for any coordinate a page can have', () => {
    fc.assert(
      fc.property(fc.double({ min: -100_000, max: 100_000, noNaN: true }), (value) => {
        expect(num(value)).toBe(rounded(value))
      }),
      { numRuns: 20_000 },
    )
  })
})
