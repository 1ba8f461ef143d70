/**
 * Property tests: whatever the input, a well-formed report and no exception; a corrupted
 * identifier is reported at its own path exactly when the algorithms of validation.md say it
 * is wrong (checked against independent reference implementations written here).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getAt, setAt, toPointer, type JsonPath } from '../../../src/shared/json'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { expectWellFormed, sample, SAMPLE_TODAY, type Doc, type SampleName } from './helpers'

const OPTIONS = { today: SAMPLE_TODAY }

describe('any input', () => {
  it('any JSON value gives a well-formed report', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(validateDeclaration(value, OPTIONS))
      }),
      { numRuns: 300 },
    )
  })

  it('any JavaScript value gives a well-formed report', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    })
    fc.assert(
      fc.property(anything, (value) => {
        expectWellFormed(validateDeclaration(value, OPTIONS))
      }),
      { numRuns: 300 },
    )
  })

  it('a declaration-shaped object with arbitrary elements gives a well-formed report', () => {
    const keys = Object.keys(sample('tir'))
    const junk = fc.oneof(fc.anything({ withNullPrototype: true }), fc.jsonValue())
    const declarationLike = fc.dictionary(fc.constantFrom(...keys), junk)
    fc.assert(
      fc.property(declarationLike, fc.constantFrom(undefined, '', 'not a date'), (d, today) => {
        expectWellFormed(validateDeclaration(d, { today: today ?? SAMPLE_TODAY }))
      }),
      { numRuns: 300 },
    )
  })

  it('rejects a non-object with one finding at ""', () => {
    for (const value of [null, undefined, 0, 'text', true, [], [{}], 12n]) {
      const report = validateDeclaration(value, OPTIONS)
      expect(report.errors).toHaveLength(1)
      expect(report.errors[0]).toMatchObject({ rule: 'structure.not-an-object', path: '' })
      expect(report.warnings).toEqual([])
    }
  })

  it('survives options that are not what they should be', () => {
    for (const options of [null, {}, { today: 20260204 }, { today: '2026-13-01' }, 'today']) {
      const report = validateDeclaration(sample('tir'), options as never)
      expect(report.errors).toEqual([])
    }
  })
})

/** Every path into a value: its leaves, and (with `inner`) the objects and lists too. */
function pathsOf(value: unknown, inner: boolean, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) {
    const below = value.flatMap((v, i) => pathsOf(v, inner, [...prefix, i]))
    return inner && prefix.length > 0 ? [prefix, ...below] : below
  }
  if (value !== null && typeof value === 'object') {
    const below = Object.entries(value).flatMap(([k, v]) => pathsOf(v, inner, [...prefix, k]))
    return inner && prefix.length > 0 ? [prefix, ...below] : below
  }
  return [prefix]
}

describe('single-element corruption of a valid sample', () => {
  // "full" holds every optional element (the number from customs, the movement, ADR particulars …)
  const bases: SampleName[] = ['tir', 'national', 'eaeu', 't1', 'full']
  for (const inner of [false, true]) {
    it(`replacing any ${inner ? 'element' : 'leaf'} with anything gives a report`, () => {
      const cases = bases.map((base) => ({ base, paths: pathsOf(sample(base), inner) }))
      const corruption = fc
        .constantFrom(...cases)
        .chain(({ base, paths }) =>
          fc.tuple(fc.constant(base), fc.constantFrom(...paths), fc.anything()),
        )
      fc.assert(
        fc.property(corruption, ([base, path, value]) => {
          const report = validateDeclaration(setAt(sample(base), path, value), OPTIONS)
          expectWellFormed(report)
        }),
        { numRuns: 500 },
      )
    })
  }

  it('a leaf removed or nulled is reported when the element is required', () => {
    const paths = pathsOf(sample('tir'), false)
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(undefined, null), (path, value) => {
        const report = validateDeclaration(setAt(sample('tir'), path, value), OPTIONS)
        expectWellFormed(report)
      }),
      { numRuns: 300 },
    )
  })
})

// ————— independent reference implementations of validation.md's algorithms —————

const LETTER_TABLE =
  'A10 B12 C13 D14 E15 F16 G17 H18 I19 J20 K21 L23 M24 N25 O26 P27 Q28 R29 S30 T31 U32 V34 W35 X36 Y37 Z38'
const LETTERS = new Map(LETTER_TABLE.split(' ').map((e) => [e[0]!, Number(e.slice(1))]))
const charValue = (ch: string) => (/[0-9]/.test(ch) ? Number(ch) : (LETTERS.get(ch) ?? NaN))
function checkChar(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += charValue(body[i]!) * 2 ** i
  return String((sum % 11) % 10)
}
const oracle = {
  container: (v: string) =>
    /^[A-Z]{3}[UJZ][0-9]{7}$/.test(v) && checkChar(v.slice(0, 10)) === v[10],
  // a transit MRN: J, K, L or M in the 17th place (NCTS rule R0410)
  mrn: (v: string) =>
    /^[0-9]{2}[A-Z]{2}[A-Z0-9]{12}[JKLM][0-9]$/.test(v) && checkChar(v.slice(0, 17)) === v[17],
  bin: (v: string) => {
    if (!/^[0-9]{12}$/.test(v)) return false
    const d = [...v].map(Number)
    let k = d.slice(0, 11).reduce((s, x, i) => s + x * (i + 1), 0) % 11
    if (k === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
      k = d.slice(0, 11).reduce((s, x, i) => s + x * w[i]!, 0) % 11
      if (k === 10) return false
    }
    return d[11] === k
  },
  carnet: (v: string) => {
    const m = /^(?:X[A-Z]|[A-Z]X)([0-9]{8,9})$/.exec(v)
    if (m) return Number(m[1]) >= 25_000_000
    return /^[0-9]{1,8}$/.test(v) && Number(v) <= 25_000_000
  },
}

const REPLACEMENTS = [
  ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'a',
  'z',
  '-',
  ' ',
  '/',
  'Ж',
  '\u0000',
]

interface IdentifierCase {
  name: string
  base: SampleName
  path: JsonPath
  prepare?: (d: Doc) => void
  valid: (value: string) => boolean
}

const IDENTIFIERS: IdentifierCase[] = [
  {
    name: 'container number',
    base: 'national',
    path: ['consignments', 0, 'items', 0, 'containers', 0],
    valid: oracle.container,
  },
  {
    name: 'container number (check digit 0)',
    base: 'national',
    path: ['consignments', 0, 'items', 1, 'containers', 0],
    valid: oracle.container,
  },
  {
    name: 'MRN',
    base: 't1',
    path: ['mrn'],
    prepare: (d) => void (d.mrn = '26GE000000012345J2'),
    valid: oracle.mrn,
  },
  {
    name: 'holder BIN',
    base: 'tir',
    path: ['holder', 'identification', 'value'],
    valid: oracle.bin,
  },
  {
    name: 'TIR Carnet number',
    base: 'tir',
    path: ['guarantee', 'reference'],
    valid: oracle.carnet,
  },
]

describe.each(IDENTIFIERS)('corrupting the $name', ({ base, path, prepare, valid }) => {
  const original = () => {
    const d = sample(base)
    prepare?.(d)
    return d
  }
  const value = getAt(original(), path) as string
  const pointer = toPointer(path)

  const reportAt = (corrupted: string) => {
    const report = validateDeclaration(setAt(original(), path, corrupted), OPTIONS)
    expectWellFormed(report)
    return report.errors.filter((f) => f.path === pointer)
  }

  it('starts from a valid value', () => {
    expect(valid(value)).toBe(true)
    expect(reportAt(value)).toEqual([])
  })

  it('is reported at its path exactly when the changed value is invalid', () => {
    const change = fc
      .tuple(fc.nat({ max: value.length - 1 }), fc.constantFrom(...REPLACEMENTS))
      .filter(([at, ch]) => value[at] !== ch)
    fc.assert(
      fc.property(change, ([at, ch]) => {
        const corrupted = value.slice(0, at) + ch + value.slice(at + 1)
        const findings = reportAt(corrupted)
        expect(findings.length > 0, `${corrupted}: ${JSON.stringify(findings)}`).toBe(
          !valid(corrupted),
        )
      }),
      { numRuns: 400 },
    )
  })

  it('is always reported when a character becomes one the shape does not allow', () => {
    for (let at = 0; at < value.length; at++) {
      for (const ch of ['-', ' ', 'a', 'Ж']) {
        const corrupted = value.slice(0, at) + ch + value.slice(at + 1)
        expect(reportAt(corrupted).length, corrupted).toBeGreaterThan(0)
      }
    }
  })
})

describe('check characters catch what they promise', () => {
  it('any change of the last character of a container number, MRN or BIN is reported', () => {
    for (const c of IDENTIFIERS.filter((i) => i.name !== 'TIR Carnet number')) {
      const d = sample(c.base)
      c.prepare?.(d)
      const value = getAt(d, c.path) as string
      for (const ch of '0123456789') {
        if (ch === value.at(-1)) continue
        const corrupted = value.slice(0, -1) + ch
        const report = validateDeclaration(setAt(d, c.path, corrupted), OPTIONS)
        expect(report.errors.map((f) => f.path)).toContain(toPointer(c.path))
      }
    }
  })

  it('any single-digit change in the serial of a container whose check digit is not 0', () => {
    // Σ value × 2^i mod 11 moves when one digit changes, and only residues 0 and 10 share
    // a check digit (0): with a check digit other than 0, every such change is caught.
    const value = 'MSKU1234565'
    for (let at = 4; at < 10; at++) {
      for (const ch of '0123456789') {
        if (ch === value[at]) continue
        const d: Doc = sample('national')
        d.consignments[0].items[0].containers[0] = value.slice(0, at) + ch + value.slice(at + 1)
        const report = validateDeclaration(d, OPTIONS)
        expect(report.errors.map((f) => f.rule)).toContain('container.check-digit')
      }
    }
  })
})
