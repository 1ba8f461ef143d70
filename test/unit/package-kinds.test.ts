/** The kinds of packages: the complete UN/ECE Recommendation 21 list (Revision 12, 2021). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  isBulkPackageKind,
  isPackageKind,
  PACKAGE_KINDS,
  packageCountOptional,
  packageKind,
} from '../../src/shared/codes/package-kinds'

/** Rows of the Rec 21 Revision 12 table (Annexes V and VI), SX included. */
const REC21_REV12_COUNT = 406

const CODES = Object.keys(PACKAGE_KINDS)
const SOURCE = resolve(import.meta.dirname, '../../src/shared/codes/package-kinds.ts')

describe('PACKAGE_KINDS (UN/ECE Recommendation 21)', () => {
  it('holds the whole list, not a selection', () => {
    expect(CODES.length).toBeGreaterThanOrEqual(REC21_REV12_COUNT)
  })

  it('has only two-character codes, written in code order', () => {
    for (const code of CODES) expect(code).toMatch(/^[0-9A-Z]{2}$/)
    // Object.keys puts integer-like keys ('43', '44') first, so read the order from the source.
    const source = readFileSync(SOURCE, 'utf8')
    const written = [...source.matchAll(/^ {2}'?([0-9A-Z]{2})'?: \{/gm)].map((m) => m[1])
    expect(written).toHaveLength(CODES.length)
    expect(written).toEqual([...CODES].sort())
  })

  it('gives every code a clean English name', () => {
    for (const [code, kind] of Object.entries(PACKAGE_KINDS)) {
      expect(kind.name, code).toMatch(/^\S(.*\S)?$/)
      expect(kind.name, code).not.toMatch(/ {2}|[“”–]/)
    }
  })

  it.each([
    ['1A', 'Drum, steel'],
    ['3H', 'Jerrican, plastic'],
    ['43', 'Bag, super bulk'],
    ['44', 'Bag, polybag'],
    ['AA', 'Intermediate bulk container, rigid plastic'],
    ['AE', 'Aerosol'],
    ['BG', 'Bag'],
    ['CN', 'Container, not otherwise specified as transport equipment'],
    ['CT', 'Carton'],
    ['NE', 'Unpacked or unpackaged'],
    ['NF', 'Unpacked or unpackaged, single unit'],
    ['NG', 'Unpacked or unpackaged, multiple units'],
    ['O1', 'Two sided cage on wheels with fixing strap'],
    ['OD', 'Pallet, AS 4068-1993'],
    ['P4', 'LPR pallet 80 cm x 120 cm'],
    ['PX', 'Pallet'],
    ['SX', 'Set'],
    ['VG', 'Bulk, gas (at 1031 mbar and 15°C)'],
    ['VO', 'Bulk, solid, large particles ("nodules")'],
    ['VS', 'Bulk, scrap metal'],
    ['ZY', 'Intermediate bulk container, reconstituted wood'],
    ['ZZ', 'Mutually defined'],
  ])('knows %s as %s', (code, name) => {
    expect(isPackageKind(code)).toBe(true)
    expect(packageKind(code)?.name).toBe(name)
  })

  it('knows no code that Rec 21 does not have', () => {
    for (const code of ['AK', 'EA', 'XX', '00', '1C', 'ZE', 'ne', 'VGG', '', 'toString']) {
      expect(isPackageKind(code), code).toBe(false)
      expect(packageKind(code), code).toBeUndefined()
    }
    expect(isPackageKind(undefined)).toBe(false)
    expect(isPackageKind(42)).toBe(false)
  })

  it('flags exactly the seven "Bulk, …" kinds as bulk', () => {
    const bulk = CODES.filter((code) => packageKind(code)?.bulk === true)
    expect(bulk).toEqual(['VG', 'VL', 'VO', 'VQ', 'VR', 'VS', 'VY'])
    expect(CODES.filter(isBulkPackageKind)).toEqual(bulk)
    for (const code of bulk) expect(packageKind(code)?.name).toMatch(/^Bulk, /)
    const namedBulk = CODES.filter((code) => packageKind(code)?.name.startsWith('Bulk'))
    expect(namedBulk).toEqual(bulk)
  })

  it('does not take bags, crates or intermediate bulk containers for bulk', () => {
    for (const code of ['43', 'DK', 'DL', 'DM', 'AA', 'WA', 'ZU']) {
      expect(isBulkPackageKind(code), code).toBe(false)
      expect(packageCountOptional(code), code).toBe(false)
    }
  })

  it('flags exactly NE, NF and NG as unpacked', () => {
    const unpacked = CODES.filter((code) => packageKind(code)?.unpacked === true)
    expect(unpacked).toEqual(['NE', 'NF', 'NG'])
    for (const code of unpacked) expect(isBulkPackageKind(code)).toBe(false)
  })

  it('lets only bulk kinds go without a count: unpacked goods are counted (C0060)', () => {
    expect(CODES.filter(packageCountOptional)).toEqual(['VG', 'VL', 'VO', 'VQ', 'VR', 'VS', 'VY'])
    for (const code of ['NE', 'NF', 'NG', 'BX', 'PX', 'ZZ', 'XX']) {
      expect(packageCountOptional(code), code).toBe(false)
    }
  })
})
