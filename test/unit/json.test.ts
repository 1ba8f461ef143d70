import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  asArray,
  cloneJson,
  fromPointer,
  getAt,
  isJsonObject,
  jsonEqual,
  setAt,
  toPointer,
  type JsonObject,
} from '../../src/shared/json'

/** Keys that fromPointer would read back as array indexes. */
const isIndexLike = (key: string) => /^(0|[1-9][0-9]*)$/.test(key)

const pathPart = fc.oneof(
  fc.string().filter((s) => !isIndexLike(s)),
  fc.constantFrom('~', '/', '~0', '~1', '/~', 'a/b~c', '~01', ''),
  fc.nat({ max: 1000 }),
)

describe('isJsonObject / asArray', () => {
  it('tells plain objects from arrays, null and primitives', () => {
    expect(isJsonObject({})).toBe(true)
    expect(isJsonObject([])).toBe(false)
    expect(isJsonObject(null)).toBe(false)
    expect(isJsonObject('x')).toBe(false)
  })

  it('gives the array itself or an empty one', () => {
    const list = [1, 2]
    expect(asArray(list)).toBe(list)
    expect(asArray({ 0: 1 })).toEqual([])
    expect(asArray(undefined)).toEqual([])
  })
})

describe('toPointer / fromPointer', () => {
  it('writes RFC 6901 pointers, escaping "~" then "/"', () => {
    expect(toPointer([])).toBe('')
    expect(toPointer(['consignments', 0, 'items', 12, 'hsCode'])).toBe(
      '/consignments/0/items/12/hsCode',
    )
    expect(toPointer(['a/b', 'm~n', '~1'])).toBe('/a~1b/m~0n/~01')
    expect(toPointer([''])).toBe('/')
  })

  it('reads the RFC 6901 examples', () => {
    expect(fromPointer('')).toEqual([])
    expect(fromPointer('/foo/0')).toEqual(['foo', 0])
    expect(fromPointer('/')).toEqual([''])
    expect(fromPointer('/a~1b')).toEqual(['a/b'])
    expect(fromPointer('/m~0n')).toEqual(['m~n'])
    // "~01" is "~1" literally, not "/": ~1 is unescaped before ~0.
    expect(fromPointer('/~01')).toEqual(['~1'])
  })

  it('reads canonical decimal segments as indexes, others as keys', () => {
    expect(fromPointer('/items/10')).toEqual(['items', 10])
    expect(fromPointer('/items/01')).toEqual(['items', '01'])
    expect(fromPointer('/items/-1')).toEqual(['items', '-1'])
    expect(fromPointer('/items/1e3')).toEqual(['items', '1e3'])
  })

  it('round-trips any path whose keys are not index-like', () => {
    fc.assert(
      fc.property(fc.array(pathPart, { maxLength: 8 }), (path) => {
        expect(fromPointer(toPointer(path))).toEqual(path)
      }),
    )
  })

  it('round-trips any pointer built from escaped segments', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (segments) => {
        const pointer = segments
          .map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1'))
          .join('')
        expect(toPointer(fromPointer(pointer))).toBe(pointer)
      }),
    )
  })
})

describe('getAt', () => {
  const doc = { holder: { name: 'ТОО', ids: ['a', 'b'] }, list: [{ x: 1 }], zero: 0, nil: null }

  it('follows keys and indexes', () => {
    expect(getAt(doc, [])).toBe(doc)
    expect(getAt(doc, ['holder', 'name'])).toBe('ТОО')
    expect(getAt(doc, ['holder', 'ids', 1])).toBe('b')
    expect(getAt(doc, ['list', 0, 'x'])).toBe(1)
    expect(getAt(doc, ['zero'])).toBe(0)
    expect(getAt(doc, ['nil'])).toBeNull()
  })

  it('answers undefined where the path does not fit the value', () => {
    expect(getAt(doc, ['holder', 0])).toBeUndefined() // index into an object
    expect(getAt(doc, ['list', 'x'])).toBeUndefined() // key into an array
    expect(getAt(doc, ['list', 'length'])).toBeUndefined()
    expect(getAt(doc, ['holder', 'name', 'first'])).toBeUndefined() // into a string
    expect(getAt(doc, ['holder', 'name', 0])).toBeUndefined()
    expect(getAt(doc, ['nil', 'x'])).toBeUndefined()
    expect(getAt(doc, ['zero', 'x'])).toBeUndefined()
    expect(getAt(doc, ['missing', 'deeper'])).toBeUndefined()
    expect(getAt(doc, ['list', 5])).toBeUndefined()
    expect(getAt(null, ['a'])).toBeUndefined()
    expect(getAt('text', [0])).toBeUndefined()
  })

  it('reads own elements only, never what objects inherit', () => {
    expect(getAt(doc, ['constructor'])).toBeUndefined()
    expect(getAt(doc, ['holder', 'toString'])).toBeUndefined()
    expect(getAt(doc, ['holder', '__proto__'])).toBeUndefined()
    expect(getAt(doc, ['holder', 'ids', 'map'])).toBeUndefined()
    // …but a parsed "__proto__" element is the file's own and is read.
    expect(getAt(JSON.parse('{"__proto__":{"a":1}}'), ['__proto__', 'a'])).toBe(1)
  })

  it('never throws on any value and path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(pathPart, { maxLength: 5 }), (value, path) => {
        getAt(value, path)
      }),
    )
  })
})

describe('setAt', () => {
  const doc = {
    holder: { name: 'A', address: { city: 'Almaty' } },
    consignments: [{ items: [{ sequence: 1 }, { sequence: 2 }] }, { items: [] }],
    seals: ['S1'],
  }

  it('sets a value and leaves the original untouched', () => {
    const next = setAt(doc, ['holder', 'address', 'city'], 'Алматы')
    expect(next.holder.address.city).toBe('Алматы')
    expect(doc.holder.address.city).toBe('Almaty')
  })

  it('copies only the containers on the path: unchanged branches keep their identity', () => {
    const next = setAt(doc, ['consignments', 0, 'items', 1, 'sequence'], 7)
    expect(next).not.toBe(doc)
    expect(next.consignments).not.toBe(doc.consignments)
    expect(next.consignments[0]).not.toBe(doc.consignments[0])
    expect(next.consignments[0]!.items[1]).toEqual({ sequence: 7 })
    // Off the path: same objects.
    expect(next.holder).toBe(doc.holder)
    expect(next.seals).toBe(doc.seals)
    expect(next.consignments[1]).toBe(doc.consignments[1])
    expect(next.consignments[0]!.items[0]).toBe(doc.consignments[0]!.items[0])
  })

  it('removes an object key when the value is undefined', () => {
    const next = setAt(doc, ['holder', 'address'], undefined)
    expect('address' in next.holder).toBe(false)
    expect(next.holder.name).toBe('A')
    expect(doc.holder.address).toEqual({ city: 'Almaty' })
  })

  it('creates missing containers: objects for keys, arrays for indexes', () => {
    const next = setAt({} as JsonObject, ['invoice', 'incoterm', 'rule'], 'FCA')
    expect(next).toEqual({ invoice: { incoterm: { rule: 'FCA' } } })
    const list = setAt({} as JsonObject, ['seals', 0], 'S1')
    expect(list).toEqual({ seals: ['S1'] })
    expect(Array.isArray(list.seals)).toBe(true)
  })

  it('replaces a value of the wrong kind with the right container', () => {
    const next = setAt({ holder: 'oops', seals: {} } as JsonObject, ['holder', 'name'], 'A')
    expect(next.holder).toEqual({ name: 'A' })
    const list = setAt({ seals: { 0: 'x' } } as JsonObject, ['seals', 0], 'S')
    expect(list.seals).toEqual(['S'])
  })

  it('with an empty path returns the value itself', () => {
    const value = { a: 1 }
    expect(setAt(doc, [], value)).toBe(value)
  })

  it('then getAt reads back what was set, and nothing else changes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5, noNullPrototype: true }),
        fc.array(pathPart, { minLength: 1, maxLength: 5 }),
        fc.jsonValue(),
        (root, path, value) => {
          const before = structuredClone(root)
          const next = setAt(root, path, value)
          expect(getAt(next, path)).toStrictEqual(value)
          expect(root).toStrictEqual(before)
        },
      ),
    )
  })
})

describe('jsonEqual', () => {
  it('compares deeply, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(jsonEqual([], [])).toBe(true)
    expect(jsonEqual(null, null)).toBe(true)
  })

  it('tells different values apart', () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual([1], [1, 1])).toBe(false)
    expect(jsonEqual([], {})).toBe(false)
    expect(jsonEqual({}, [])).toBe(false)
    expect(jsonEqual(null, {})).toBe(false)
    expect(jsonEqual('1', 1)).toBe(false)
    expect(jsonEqual(0, false)).toBe(false)
  })

  it('agrees with comparing canonical JSON texts', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v
    const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(same(a, b))
        expect(jsonEqual(a, structuredClone(a))).toBe(true)
      }),
    )
  })
})

describe('cloneJson', () => {
  it('copies deeply: no container is shared', () => {
    const value = { a: [{ b: 1 }], c: { d: 'x' } }
    const copy = cloneJson(value)
    expect(copy).toEqual(value)
    expect(copy).not.toBe(value)
    expect(copy.a).not.toBe(value.a)
    expect(copy.a[0]).not.toBe(value.a[0])
    expect(copy.c).not.toBe(value.c)
  })

  it('keeps a parsed "__proto__" element as an own element', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"y":2}') as JsonObject
    const copy = cloneJson(value)
    expect(Object.keys(copy)).toEqual(['__proto__', 'y'])
    expect(getAt(copy, ['__proto__', 'x'])).toBe(1)
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
  })

  it('is JSON-equal to any JSON value it copies', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonEqual(cloneJson(value), value)).toBe(true)
      }),
    )
  })
})

describe('setAt with keys that name Object.prototype members', () => {
  it('sets "__proto__" and "constructor" as plain elements', () => {
    const next = setAt<Record<string, unknown>>({}, ['__proto__', '~'], [])
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype)
    expect(getAt(next, ['__proto__', '~'])).toEqual([])
    expect(JSON.parse(JSON.stringify(next))).toEqual(JSON.parse('{"__proto__":{"~":[]}}'))
    expect(getAt(setAt({}, ['constructor', 'name'], 'x'), ['constructor', 'name'])).toBe('x')
  })
})
