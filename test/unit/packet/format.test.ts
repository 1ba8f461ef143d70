import { describe, expect, it } from 'vitest'
import {
  countryName,
  formatAmount,
  formatCountry,
  formatDocument,
  formatKg,
  formatMass,
  formatMoney,
  formatNumber,
  formatPackageKind,
  formatParty,
  formatRoute,
} from '../../../src/shared/packet/format'
import { exactSum } from '../../../src/shared/packet/documents/totals'

describe('packet formatting', () => {
  it('writes masses with up to 3 decimals and no thousands separator', () => {
    expect(formatMass(12240)).toBe('12240')
    expect(formatMass(1035.5)).toBe('1035.5')
    expect(formatMass(0.1234)).toBe('0.123')
    expect(formatMass(0.0004)).toBe('0')
    expect(formatKg(19425.5)).toBe('19425.5 kg')
    expect(formatKg(undefined)).toBe('')
    expect(formatNumber(Number.NaN)).toBe('')
    expect(formatNumber(1e21)).toBe('1e+21')
  })

  it('adds masses and money without floating-point dust', () => {
    expect(exactSum([0.1, 0.2], 3)).toBe(0.3)
    expect(exactSum([1035.5, 12240, 6150], 3)).toBe(19425.5)
    expect(exactSum([], 3)).toBeUndefined()
  })

  it('writes money with the currency’s minor units', () => {
    expect(formatMoney(61250, 'USD')).toBe('61250.00 USD')
    expect(formatMoney(58400.5, 'USD')).toBe('58400.50 USD')
    expect(formatMoney(5000, 'JPY')).toBe('5000 JPY')
    expect(formatMoney(1.5, 'KWD')).toBe('1.500 KWD')
    expect(formatMoney(undefined, 'USD')).toBe('')
    expect(formatAmount(-0.001, 'USD')).toBe('0.00')
  })

  it('names countries and routes', () => {
    expect(countryName('KZ')).toBe('Kazakhstan')
    expect(countryName('RU')).toBe('Russian Federation')
    expect(countryName('XX')).toBe('')
    expect(formatCountry('PK')).toBe('Pakistan (PK)')
    expect(formatCountry('XX')).toBe('XX')
    expect(formatCountry('')).toBe('')
    expect(formatRoute(['KZ', 'UZ', 'AF', 'PK'])).toBe('KZ → UZ → AF → PK')
  })

  it('writes a party as name, street, postcode and city, country, identification', () => {
    expect(
      formatParty({
        name: 'ТОО «Жетысу Текстиль Экспорт»',
        address: { street: 'пр. Абая, 150', city: 'Алматы', postcode: '050000', country: 'KZ' },
        idScheme: 'KZ-BIN',
        idValue: '050140001238',
        tirHolderId: 'KAZ/015/000231',
        contactName: '',
        contactPhone: '',
        contactEmail: '',
      }),
    ).toBe(
      'ТОО «Жетысу Текстиль Экспорт»\nпр. Абая, 150\n050000 Алматы\nKazakhstan (KZ)\nKZ-BIN 050140001238',
    )
    expect(formatParty(undefined)).toBe('')
  })

  it('writes documents and packages', () => {
    const doc = { type: 'N380', reference: 'ZTE-2026/017', date: '2026-02-01' }
    expect(formatDocument(doc)).toBe('N380 ZTE-2026/017 2026-02-01')
    expect(formatDocument(doc, true)).toBe('Commercial invoice N380 ZTE-2026/017 of 2026-02-01')
    expect(formatDocument({ type: 'N999', reference: 'X', date: '' }, true)).toBe('N999 X')
    expect(formatPackageKind('BG', 480)).toBe('480 BG (Bag)')
    expect(formatPackageKind('NE', undefined)).toBe('NE (Unpacked or unpackaged)')
    expect(formatPackageKind('Q9', 2)).toBe('2 Q9')
  })
})
