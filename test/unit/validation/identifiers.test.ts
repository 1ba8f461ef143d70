/** The identifier algorithms of validation.md, on the spec's own examples. */
import { describe, expect, it } from 'vitest'
import {
  checkContainerNumber,
  checkGrn,
  checkKzBin,
  checkMrn,
  isByUnp,
  isEori,
  isPkCnic,
  isPkNtn,
  isRuInn,
  isTirCarnetNumber,
  isUzTin,
  iso6346CheckDigit,
  iso6346Value,
  kzBinCheckDigit,
  tirHolderIdCountry,
} from '../../../src/shared/validation/identifiers'
import {
  isEaeuOfficeCode,
  isLocode,
  isOfficeReference,
  officeReferenceProblem,
} from '../../../src/shared/format/references'

describe('ISO 6346 check character', () => {
  it('values letters A=10, B=12 … skipping multiples of 11', () => {
    const table =
      'A10 B12 C13 D14 E15 F16 G17 H18 I19 J20 K21 L23 M24 N25 O26 P27 Q28 R29 S30 T31 U32 V34 W35 X36 Y37 Z38'
    for (const entry of table.split(' ')) {
      expect(iso6346Value(entry.charCodeAt(0))).toBe(Number(entry.slice(1)))
    }
    expect(iso6346Value('7'.charCodeAt(0))).toBe(7)
    expect(iso6346Value('a'.charCodeAt(0))).toBe(-1)
  })

  it('computes the check digit of the examples', () => {
    expect(iso6346CheckDigit('CSQU305438')).toBe(3)
    expect(iso6346CheckDigit('MSKU123456')).toBe(5)
    expect(iso6346CheckDigit('26KZ000000012345J')).toBe(4)
    expect(iso6346CheckDigit('MSKU12345-')).toBe(-1)
  })
})

describe('container numbers', () => {
  it.each(['CSQU3054383', 'MSKU1234565', 'TGHU7654320', 'KZTU1002001'])('%s is valid', (n) => {
    expect(checkContainerNumber(n)).toEqual({ ok: true })
  })
  it('tells a wrong check digit from a wrong shape', () => {
    expect(checkContainerNumber('MSKU1234566')).toEqual({
      ok: false,
      problem: 'check',
      expected: '5',
    })
    for (const bad of ['MSKA1234565', 'MSK1234565', 'msku1234565', 'MSKU12345655', '']) {
      expect(checkContainerNumber(bad)).toEqual({ ok: false, problem: 'format' })
    }
  })
})

describe('MRN and GRN', () => {
  it('accepts the example MRN and the older 13-alphanumeric form', () => {
    expect(checkMrn('26KZ000000012345J4').ok).toBe(true)
    const older = '19PK0000000012345'
    expect(checkMrn(older + iso6346CheckDigit(older)).ok).toBe(true)
  })
  it('rejects a wrong MRN check character or shape', () => {
    expect(checkMrn('26KZ000000012345J5')).toMatchObject({ problem: 'check', expected: '4' })
    expect(checkMrn('2XKZ000000012345J4')).toMatchObject({ problem: 'format' })
    expect(checkMrn('26KZ000000012345J')).toMatchObject({ problem: 'format' })
  })
  it('checks a GRN, with or without its suffix', () => {
    expect(checkGrn('26KZ0000000000015').ok).toBe(true)
    expect(checkGrn('26KZ0000000000015A123456').ok).toBe(true)
    expect(checkGrn('26KZ0000000000016')).toMatchObject({ problem: 'check', expected: '5' })
    expect(checkGrn('26KZ0000000000015A12345')).toMatchObject({ problem: 'format' })
    expect(checkGrn('26KZ000000000001X')).toMatchObject({ problem: 'format' })
  })
})

describe('TIR', () => {
  it('accepts carnet numbers with an X from 25 000 000, and old numeric ones up to it', () => {
    for (const ok of ['XZ81234567', 'XH25000123', 'AX250000000', '25000000', '1234']) {
      expect(isTirCarnetNumber(ok), ok).toBe(true)
    }
    for (const bad of ['XZ24999999', 'AB81234567', 'XZ1234567', '25000001', 'XZ8123456789', '']) {
      expect(isTirCarnetNumber(bad), bad).toBe(false)
    }
  })
  it('reads the association country of a holder id', () => {
    expect(tirHolderIdCountry('KAZ/015/000231')).toBe('KAZ')
    expect(tirHolderIdCountry('KAZ/15/000231')).toBeNull()
    expect(tirHolderIdCountry('KAZ/015/12345678901')).toBeNull()
  })
})

describe('party identifiers', () => {
  it('checks Kazakh BIN/IIN with both weight sets', () => {
    expect(checkKzBin('050140001238').ok).toBe(true)
    expect(checkKzBin('190840004563').ok).toBe(true)
    expect(checkKzBin('050140001239')).toEqual({ ok: false, problem: 'check', expected: '8' })
    expect(checkKzBin('05014000123')).toEqual({ ok: false, problem: 'format' })
    // First weights give 10 for these 11 digits, so the second set decides.
    expect(kzBinCheckDigit('00000000000')).toBe(0)
    const second = findDigits((d) => sum(d, (i) => i + 1) % 11 === 10)
    const k2 = sum(second, (i) => [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!) % 11
    expect(kzBinCheckDigit(second.join(''))).toBe(k2 === 10 ? null : k2)
    const hopeless = findDigits(
      (d) =>
        sum(d, (i) => i + 1) % 11 === 10 &&
        sum(d, (i) => [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!) % 11 === 10,
    )
    expect(kzBinCheckDigit(hopeless.join(''))).toBeNull()
    expect(checkKzBin(`${hopeless.join('')}0`)).toEqual({
      ok: false,
      problem: 'check',
      expected: null,
    })
  })

  it('uses stdnum for PK, RU and BY numbers', () => {
    expect(isPkCnic('35202-1234567-1')).toBe(true)
    expect(isPkCnic('3520212345671')).toBe(true)
    expect(isPkCnic('35202-123456-1')).toBe(false)
    expect(isPkNtn('4512789')).toBe(true)
    expect(isPkNtn('45127890')).toBe(false)
    expect(isRuInn('7736050003')).toBe(true)
    expect(isRuInn('7736050004')).toBe(false)
    expect(isByUnp('190123455')).toBe(true)
    expect(isByUnp('190123456')).toBe(false)
  })

  it('checks the shapes of UZ TIN, EORI, office references and UN/LOCODEs', () => {
    expect(isUzTin('302123456')).toBe(true)
    expect(isUzTin('30212345')).toBe(false)
    expect(isEori('DE123456789012345')).toBe(true)
    expect(isEori('DE1234567890123456')).toBe(false)
    expect(isEori('D1')).toBe(false)
    expect(isOfficeReference('PK0KHI01')).toBe(true)
    expect(isOfficeReference('PK0KHI0')).toBe(false)
    expect(isLocode('PKKHI')).toBe(true)
    expect(isLocode('KZAL1')).toBe(false)
    expect(isLocode('KZA29')).toBe(true)
  })

  it('takes an EAEU member’s national office code of 2, 5 or 8 digits, and only there', () => {
    for (const code of ['10', '06611', '10228010']) expect(isEaeuOfficeCode(code)).toBe(true)
    for (const code of ['1', '100', '0661', '066110', '1022801', '102280100']) {
      expect(isEaeuOfficeCode(code), code).toBe(false)
    }
    expect(officeReferenceProblem('06611', 'BY')).toBeNull()
    expect(officeReferenceProblem('06611', 'UZ')).toBe('national')
    expect(officeReferenceProblem('UZ170300', 'KZ')).toBe('country')
    expect(officeReferenceProblem('XI000142', 'GB')).toBeNull()
    expect(officeReferenceProblem('KZ5101', 'KZ')).toBe('shape')
  })
})

function sum(digits: number[], weight: (i: number) => number): number {
  return digits.reduce((s, d, i) => s + d * weight(i), 0)
}

/** The first 11 digits (counting up from 0…0) that meet `test`. */
function findDigits(test: (digits: number[]) => boolean): number[] {
  for (let n = 0; n < 1e7; n++) {
    const digits = [...String(n).padStart(11, '0')].map(Number)
    if (test(digits)) return digits
  }
  throw new Error('none found')
}
