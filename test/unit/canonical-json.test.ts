import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'

/** JSON.parse never yields -0 from canonical output: JSON.stringify(-0) is "0". */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0
  if (Array.isArray(value)) return value.map(withoutNegativeZero)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)] as const),
    )
  }
  return value
}

/** Canonical JSON written piece by piece: the reference the fast writer is held to. */
function plainlyWritten(value: unknown, indent: number, pad: string): string {
  if (value === null || typeof value !== 'object')
    return JSON.stringify(value) + (pad || !indent ? '' : '\n')
  const inner = pad + ' '.repeat(indent)
  const [open, close, sep, colon] =
    indent > 0 ? ['\n' + inner, '\n' + pad, ',\n' + inner, ': '] : ['', '', ',', ':']
  const items = Array.isArray(value)
    ? value.map((item) => plainlyWritten(item, indent, inner))
    : Object.keys(value)
        .sort()
        .map(
          (k) =>
            JSON.stringify(k) +
            colon +
            plainlyWritten((value as Record<string, unknown>)[k], indent, inner),
        )
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  const text = items.length === 0 ? start + end : start + open + items.join(sep) + close + end
  return text + (pad === '' && indent > 0 ? '\n' : '')
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    )
  })

  it('sorts keys inside objects nested in arrays nested in objects', () => {
    const value = { z: [{ y: 1, x: [{ q: true, p: false }] }], a: 'first' }
    expect(canonicalJson(value)).toBe('{"a":"first","z":[{"x":[{"p":false,"q":true}],"y":1}]}')
  })

  it('orders keys by UTF-16 code unit, not by locale', () => {
    // Upper case before lower case, digits before letters, "é" after every ASCII letter.
    expect(canonicalJson({ é: 1, b: 2, B: 3, '10': 4, '9': 5, a: 6 })).toBe(
      '{"10":4,"9":5,"B":3,"a":6,"b":2,"é":1}',
    )
  })

  it('gives the same text for the same value whatever the key insertion order', () => {
    const one = { holder: { name: 'A', address: { city: 'B', street: 'C' } }, lrn: 'X' }
    const two = { lrn: 'X', holder: { address: { street: 'C', city: 'B' }, name: 'A' } }
    expect(canonicalJson(two)).toBe(canonicalJson(one))
    expect(canonicalJson(two, 2)).toBe(canonicalJson(one, 2))
  })

  it('is compact without indent: no spaces and no trailing newline', () => {
    const text = canonicalJson({ a: [1, { b: 'x y' }], c: {} })
    expect(text).toBe('{"a":[1,{"b":"x y"}],"c":{}}')
    expect(text.endsWith('\n')).toBe(false)
  })

  it('indents for export and ends with a newline', () => {
    expect(canonicalJson({ b: [], a: 'Ә' }, 2)).toBe('{\n  "a": "Ә",\n  "b": []\n}\n')
  })

  it('indents nested containers one level deeper each, empty ones stay on one line', () => {
    expect(canonicalJson({ list: [1, { k: {} }], o: { p: [] } }, 2)).toBe(
      [
        '{',
        '  "list": [',
        '    1,',
        '    {',
        '      "k": {}',
        '    }',
        '  ],',
        '  "o": {',
        '    "p": []',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('writes primitives as JSON does', () => {
    expect(canonicalJson(null)).toBe('null')
    expect(canonicalJson(true)).toBe('true')
    expect(canonicalJson(1.5)).toBe('1.5')
    expect(canonicalJson(-0)).toBe('0')
    expect(canonicalJson('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"')
    expect(canonicalJson([])).toBe('[]')
    expect(canonicalJson({})).toBe('{}')
  })

  it('leaves out object keys whose value is undefined', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}')
    expect(canonicalJson({ a: undefined })).toBe('{}')
  })

  it('does not reorder array elements, even objects or strings', () => {
    expect(canonicalJson(['b', 'a', { d: 1 }, { c: 1 }])).toBe('["b","a",{"d":1},{"c":1}]')
  })

  describe('properties', () => {
    it('parses back to the same value (−0 becomes 0), compact and indented', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const expectedValue = withoutNegativeZero(value)
          expect(JSON.parse(canonicalJson(value))).toStrictEqual(expectedValue)
          expect(JSON.parse(canonicalJson(value, 2))).toStrictEqual(expectedValue)
        }),
      )
    })

    it('is idempotent over parse: canonical text re-canonicalises to itself', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4), (value, indent) => {
          const once = canonicalJson(value, indent)
          expect(canonicalJson(JSON.parse(once), indent)).toBe(once)
        }),
      )
    })

    it('compact and indented forms hold the same value', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(JSON.parse(canonicalJson(value, 2))).toStrictEqual(
            JSON.parse(canonicalJson(value)),
          )
        }),
      )
    })

    it('does not depend on key insertion order', () => {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 }), (record) => {
          const reversed = Object.fromEntries(Object.entries(record).reverse())
          expect(canonicalJson(reversed)).toBe(canonicalJson(record))
        }),
      )
    })

    it('writes what a plain recursive writer does, array-index keys ("0", "17") and all', () => {
      // JavaScript puts array-index keys first in numeric order whatever the insertion order,
      // so canonicalJson cannot leave their order to JSON.stringify.
      const key = fc.oneof(
        fc.string(),
        fc.nat({ max: 40 }).map(String),
        fc.constant('4294967295'),
        fc.constant('__proto__'),
      )
      const { value } = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small' },
          fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
          fc.array(tie('value')),
          fc.dictionary(key, tie('value'), { maxKeys: 6 }),
        ),
      }))
      fc.assert(
        fc.property(value, fc.constantFrom(0, 2), (doc, indent) => {
          expect(canonicalJson(doc, indent)).toBe(plainlyWritten(doc, indent, ''))
        }),
      )
    })

    it('writes a flat record as its entries sorted by key', () => {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), fc.integer(), { maxKeys: 10 }), (record) => {
          const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          const body = keys.map((k) => `${JSON.stringify(k)}:${record[k]}`).join(',')
          expect(canonicalJson(record)).toBe(`{${body}}`)
        }),
      )
    })
  })
})
