/** The offline code lists: content, sources, and the HS data file against its CSV source. */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildHsData, DEFAULT_CSV, OUTPUT, parseCsv } from '../../scripts/build-hs-data'
import {
  COUNTRY_ALPHA3_CODES,
  COUNTRY_CODES,
  isCountryAlpha3Code,
  isCountryCode,
} from '../../src/shared/codes/countries'
import { CURRENCIES, isCurrencyCode } from '../../src/shared/codes/currencies'
import { DOCUMENT_CODES, isKnownDocumentCode } from '../../src/shared/codes/document-codes'
import { HS_EDITION, HS_ENTRIES, HS_SECTIONS, hsEntry } from '../../src/shared/codes/hs2022'
import { isHsSubheading } from '../../src/shared/codes/hs2022-subheadings'
import { INCOTERM_NAMES, isIncoterm } from '../../src/shared/codes/incoterms'
import {
  isBulkPackageKind,
  isPackageKind,
  PACKAGE_KINDS,
  packageCountOptional,
} from '../../src/shared/codes/package-kinds'
import { isTransportMode, TRANSPORT_MODE_NAMES } from '../../src/shared/codes/transport-modes'
import { isUnitCode, UNITS } from '../../src/shared/codes/units'
import {
  BULK_PACKAGE_KINDS,
  UNPACKED_PACKAGE_KINDS,
  INCOTERMS_2020,
  TRANSPORT_MODES,
} from '../../src/shared/format/constants'

const CODES_DIR = resolve(import.meta.dirname, '../../src/shared/codes')

describe('countries and currencies (npm packages)', () => {
  it('knows the corridor countries in ISO 3166-1 alpha-2 and alpha-3', () => {
    for (const code of ['KZ', 'UZ', 'AF', 'PK', 'RU', 'BY', 'KG', 'TJ', 'TM', 'CN', 'AE']) {
      expect(isCountryCode(code), code).toBe(true)
    }
    for (const code of ['XX', 'kz', 'KAZ', '', 'UK']) expect(isCountryCode(code), code).toBe(false)
    expect(COUNTRY_CODES.size).toBeGreaterThanOrEqual(249)
    expect(isCountryAlpha3Code('KAZ')).toBe(true)
    expect(isCountryAlpha3Code('KZ')).toBe(false)
    expect(COUNTRY_ALPHA3_CODES.size).toBe(COUNTRY_CODES.size)
  })

  it('knows ISO 4217 currencies', () => {
    for (const code of ['USD', 'EUR', 'KZT', 'PKR', 'AFN', 'UZS', 'RUB', 'BYN', 'CNY']) {
      expect(isCurrencyCode(code), code).toBe(true)
    }
    for (const code of ['XYZ', 'usd', 'RUR', 'US']) expect(isCurrencyCode(code), code).toBe(false)
    expect(CURRENCIES.find((c) => c.code === 'PKR')?.name).toBe('Pakistan Rupee')
  })
})

describe('project code lists', () => {
  it('name their source in a header comment', () => {
    for (const file of [
      'countries.ts',
      'currencies.ts',
      'transport-modes.ts',
      'units.ts',
      'package-kinds.ts',
      'incoterms.ts',
      'document-codes.ts',
      'hs2022.ts',
    ]) {
      const text = readFileSync(resolve(CODES_DIR, file), 'utf8')
      expect(text.startsWith('/**'), file).toBe(true)
      expect(text.slice(0, text.indexOf('*/')), file).toMatch(/Source:/)
    }
  })

  it('has a name for every transport mode of the format (UN/ECE Rec 19)', () => {
    expect(Object.keys(TRANSPORT_MODE_NAMES).sort()).toEqual([...TRANSPORT_MODES].sort())
    expect(isTransportMode('3')).toBe(true)
    expect(isTransportMode('6')).toBe(true)
    expect(isTransportMode('0')).toBe(false)
    expect(isTransportMode(3)).toBe(false)
  })

  it('has the supplementary units in use (UN/ECE Rec 20)', () => {
    const inUse = 'NAR LTR KGM MTK MTQ PR MTR TNE GRM KNS LPA CTM CEN MIL DZN PCE'.split(' ')
    for (const code of inUse) expect(isUnitCode(code), code).toBe(true)
    for (const name of Object.values(UNITS)) expect(name.length).toBeGreaterThan(2)
    expect(isUnitCode('PCS')).toBe(false)
    expect(isUnitCode('toString')).toBe(false)
  })

  it('has the common package kinds and marks bulk kinds as the format does (UN/ECE Rec 21)', () => {
    const common = 'BG BL CT BX PK PL PX CS DR BA BE CR SA TN RL CY JR VG VL VO VQ VR VS VY NE'
    for (const code of common.split(' ')) expect(isPackageKind(code), code).toBe(true)
    const bulk = Object.keys(PACKAGE_KINDS).filter(isBulkPackageKind)
    const countOptional = Object.keys(PACKAGE_KINDS).filter(packageCountOptional)
    expect(countOptional.sort()).toEqual([...BULK_PACKAGE_KINDS].sort())
    expect(bulk.sort()).toEqual([...BULK_PACKAGE_KINDS].sort())
    const unpacked = Object.keys(PACKAGE_KINDS).filter((k) => PACKAGE_KINDS[k as never]['unpacked'])
    expect(unpacked.sort()).toEqual([...UNPACKED_PACKAGE_KINDS].sort())
    expect(isPackageKind('constructor')).toBe(false)
  })

  it('has the eleven Incoterms 2020 rules', () => {
    expect(Object.keys(INCOTERM_NAMES).sort()).toEqual([...INCOTERMS_2020].sort())
    expect(isIncoterm('FCA')).toBe(true)
    expect(isIncoterm('DAT')).toBe(false)
  })

  it('has the transit document codes', () => {
    const listed =
      'N380 N271 N730 N952 N955 N861 N851 N705 N740 N760 N325 N703 N704 N714 N722 N823 N853 N954'
    for (const code of listed.split(' ')) expect(isKnownDocumentCode(code), code).toBe(true)
    for (const code of Object.keys(DOCUMENT_CODES)) expect(code).toMatch(/^N[0-9A-Z]{3}$/)
    expect(isKnownDocumentCode('N999')).toBe(false)
  })
})

describe('HS 2022', () => {
  it('knows subheadings, headings and chapters', () => {
    expect(HS_EDITION).toBe('HS 2022')
    expect(HS_SECTIONS).toHaveLength(21)
    for (const code of ['520512', '520100', '630260', '090240', '151190', '843320', '870193']) {
      expect(isHsSubheading(code), code).toBe(true)
    }
    for (const code of ['843399', '5205', '52', '999999', '52051', '5205120']) {
      expect(isHsSubheading(code), code).toBe(false)
    }
    expect(hsEntry('52')).toMatchObject({ code: '52', section: 'XI' })
    expect(hsEntry('5205')?.description).toMatch(/cotton yarn/i)
    expect(hsEntry('843320')?.description).toMatch(/mowers/i)
    expect(hsEntry('999999')).toBeUndefined()
  })

  it('is complete and consistent', () => {
    const count = (n: number) => HS_ENTRIES.filter((e) => e.code.length === n).length
    expect([count(2), count(4), count(6)]).toEqual([96, 1228, 5612])
    const codes = new Set(HS_ENTRIES.map((e) => e.code))
    const sections = new Set(HS_SECTIONS.map(([roman]) => roman))
    for (const e of HS_ENTRIES) {
      if (e.code.length > 2) expect(codes.has(e.code.slice(0, -2)), e.code).toBe(true)
      expect(sections.has(e.section)).toBe(true)
      expect(e.description.length).toBeGreaterThan(0)
    }
  })

  it('covers the subheadings of the test fixtures', () => {
    const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/generate.ts'), 'utf8')
    const list = fixture.slice(fixture.indexOf('SUBHEADINGS'), fixture.indexOf(']'))
    for (const code of list.match(/[0-9]{6}/g)!) expect(isHsSubheading(code), code).toBe(true)
  })

  it.skipIf(!existsSync(DEFAULT_CSV))('matches a fresh build from the shared CSV', () => {
    const csv = readFileSync(DEFAULT_CSV, 'utf8')
    const sections = readFileSync(resolve(DEFAULT_CSV, '../hs2022-sections.csv'), 'utf8')
    expect(buildHsData(csv, sections).json).toBe(readFileSync(OUTPUT, 'utf8'))
  })
})

describe('CSV reading of the HS build script', () => {
  it('handles quotes, commas, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,"x, ""y"""\r\n2,\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"'],
      ['2', ''],
    ])
    expect(parseCsv('a,"line\nbreak"')).toEqual([['a', 'line\nbreak']])
  })

  it('builds the compact shape from a tiny nomenclature', () => {
    const csv =
      'section,hscode,description,parent,level\nI,01,"Animals; live",TOTAL,2\n' +
      'I,0101,"Horses, asses",01,4\nI,010121,Horses; pure-bred,0101,6\n' +
      'TOTAL,99,Not specified,TOTAL,2\nTOTAL,TOTAL,Total,TOTAL,5\n'
    const { json, counts } = buildHsData(csv, '\uFEFFsection,name\nI,live animals\n')
    expect(counts).toEqual({ sections: 1, chapters: 1, headings: 1, subheadings: 1 })
    expect(JSON.parse(json)).toMatchObject({
      edition: 'HS 2022',
      sections: [['I', 'Live animals']],
      entries: [
        ['01', 'Animals; live', 'I'],
        ['0101', 'Horses, asses', 'I'],
        ['010121', 'Horses; pure-bred', 'I'],
      ],
    })
    expect(() =>
      buildHsData(
        'section,hscode,description,parent,level\nI,010121,x,0101,6\n',
        'section,name\nI,a\n',
      ),
    ).toThrow(/parent/)
  })
})
