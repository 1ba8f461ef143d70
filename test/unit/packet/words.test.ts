import { describe, expect, it } from 'vitest'
import { amountInWords, numberToWords } from '../../../src/shared/packet/words'

describe('numberToWords', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [21, 'twenty-one'],
    [99, 'ninety-nine'],
    [100, 'one hundred'],
    [101, 'one hundred one'],
    [580, 'five hundred eighty'],
    [1000, 'one thousand'],
    [1001, 'one thousand one'],
    [61250, 'sixty-one thousand two hundred fifty'],
    [186000, 'one hundred eighty-six thousand'],
    [1_000_000, 'one million'],
    [1_500_000, 'one million five hundred thousand'],
    [2_000_003_000, 'two billion three thousand'],
    [-42, 'minus forty-two'],
    [7.9, 'seven'],
  ])('%d → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words)
  })

  it('writes huge or non-finite numbers as digits', () => {
    expect(numberToWords(Number.POSITIVE_INFINITY)).toBe('Infinity')
    expect(numberToWords(1e20)).toBe('100000000000000000000')
  })
})

describe('amountInWords', () => {
  it.each([
    [61250, 'USD', 'Sixty-one thousand two hundred fifty US dollars and 00 cents'],
    [58400.5, 'USD', 'Fifty-eight thousand four hundred US dollars and 50 cents'],
    [1, 'USD', 'One US dollar and 00 cents'],
    [0.01, 'USD', 'Zero US dollars and 01 cent'],
    [186000, 'EUR', 'One hundred eighty-six thousand euros and 00 cents'],
    [1500000, 'PKR', 'One million five hundred thousand Pakistani rupees and 00 paisa'],
    [12.3, 'KZT', 'Twelve tenge and 30 tiyn'],
    [5000, 'JPY', 'Five thousand Yen (JPY)'],
    [1.5, 'KWD', 'One Kuwaiti Dinar (KWD) and 500/1000'],
    [2.5, 'XXY', 'Two XXY and 50/100'],
  ])('%d %s', (amount, currency, words) => {
    expect(amountInWords(amount, currency)).toBe(words)
  })

  it('rounds to the minor unit as the figures do', () => {
    expect(amountInWords(99.999, 'USD')).toBe('One hundred US dollars and 00 cents')
  })
})
