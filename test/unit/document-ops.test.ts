import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import {
  copyOfItem,
  insertAt,
  moveWithin,
  removeAt,
  renumberItems,
  setOrRemove,
} from '../../src/shared/model/document-ops'

type Doc = {
  seals: string[]
  holder: { name?: string; address?: { street?: string; city?: string } }
  consignments: { consignor: JsonObject; items: JsonObject[] }[]
}

function makeDoc(): Doc & JsonObject {
  return {
    seals: ['A', 'B', 'C'],
    holder: { name: 'H', address: { street: 'S', city: 'C' } },
    consignments: [
      { consignor: { name: 'X' }, items: [{ sequence: 1 }, { sequence: 2 }] },
      { consignor: { name: 'Y' }, items: [{ sequence: 3 }] },
    ],
  }
}

const sequences = (doc: JsonObject) =>
  (doc as Doc).consignments.map((c) => c.items.map((i) => i.sequence))

describe('insertAt', () => {
  it('inserts at an index and appends without one, leaving the original alone', () => {
    const doc = makeDoc()
    expect((insertAt(doc, ['seals'], 'X', 1) as Doc).seals).toEqual(['A', 'X', 'B', 'C'])
    expect((insertAt(doc, ['seals'], 'X', 0) as Doc).seals).toEqual(['X', 'A', 'B', 'C'])
    expect((insertAt(doc, ['seals'], 'Z') as Doc).seals).toEqual(['A', 'B', 'C', 'Z'])
    expect(doc.seals).toEqual(['A', 'B', 'C'])
  })

  it('creates the list when it is missing', () => {
    const next = insertAt({} as JsonObject, ['documents'], { type: 'N380' })
    expect(next).toEqual({ documents: [{ type: 'N380' }] })
  })

  it('keeps other branches by identity', () => {
    const doc = makeDoc()
    const next = insertAt(doc, ['consignments', 1, 'items'], { sequence: 4 }) as Doc
    expect(next.holder).toBe(doc.holder)
    expect(next.seals).toBe(doc.seals)
    expect(next.consignments[0]).toBe(doc.consignments[0])
    expect(next.consignments[1]!.consignor).toBe(doc.consignments[1]!.consignor)
    expect(next.consignments[1]!.items[0]).toBe(doc.consignments[1]!.items[0])
  })
})

describe('removeAt', () => {
  it('removes one element, leaving the original alone', () => {
    const doc = makeDoc()
    expect((removeAt(doc, ['seals'], 1) as Doc).seals).toEqual(['A', 'C'])
    expect((removeAt(doc, ['seals'], 0) as Doc).seals).toEqual(['B', 'C'])
    expect(doc.seals).toEqual(['A', 'B', 'C'])
  })

  it('removes a whole consignment and keeps the remaining one by identity', () => {
    const doc = makeDoc()
    const next = removeAt(doc, ['consignments'], 0) as Doc
    expect(next.consignments).toHaveLength(1)
    expect(next.consignments[0]).toBe(doc.consignments[1])
  })
})

describe('moveWithin', () => {
  it('moves an element forwards and backwards', () => {
    const doc = makeDoc()
    expect((moveWithin(doc, ['seals'], 0, 2) as Doc).seals).toEqual(['B', 'C', 'A'])
    expect((moveWithin(doc, ['seals'], 2, 0) as Doc).seals).toEqual(['C', 'A', 'B'])
    expect((moveWithin(doc, ['seals'], 1, 2) as Doc).seals).toEqual(['A', 'C', 'B'])
    expect(doc.seals).toEqual(['A', 'B', 'C'])
  })

  it('returns the same document for a move to itself or out of range', () => {
    const doc = makeDoc()
    expect(moveWithin(doc, ['seals'], 1, 1)).toBe(doc)
    expect(moveWithin(doc, ['seals'], 0, 3)).toBe(doc)
    expect(moveWithin(doc, ['seals'], 0, -1)).toBe(doc)
    expect(moveWithin(doc, ['seals'], 3, 0)).toBe(doc)
    expect(moveWithin(doc, ['seals'], -1, 0)).toBe(doc)
  })

  it('is a permutation: same elements, moved one where asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        (list, a, b) => {
          const from = a % list.length
          const to = b % list.length
          const next = moveWithin({ list }, ['list'], from, to).list as string[]
          expect([...next].sort()).toEqual([...list].sort())
          expect(next[to]).toBe(list[from])
        },
      ),
    )
  })
})

describe('setOrRemove', () => {
  it('sets a value like setAt', () => {
    const doc = makeDoc()
    const next = setOrRemove(doc, ['holder', 'address', 'city'], 'Алматы') as Doc
    expect(next.holder.address).toEqual({ street: 'S', city: 'Алматы' })
    expect(next.consignments).toBe(doc.consignments)
  })

  it('removes a key and keeps its parent while it has other keys', () => {
    const next = setOrRemove(makeDoc(), ['holder', 'address', 'city'], undefined) as Doc
    expect(next.holder.address).toEqual({ street: 'S' })
  })

  it('prunes objects that the removal leaves empty, up the path', () => {
    let doc: JsonObject = makeDoc()
    doc = setOrRemove(doc, ['holder', 'address', 'city'], undefined)
    doc = setOrRemove(doc, ['holder', 'address', 'street'], undefined)
    expect((doc as Doc).holder).toEqual({ name: 'H' })
    expect('address' in (doc as Doc).holder).toBe(false)
    doc = setOrRemove(doc, ['holder', 'name'], undefined)
    expect('holder' in doc).toBe(false)
    // The document itself always stays.
    expect(doc.seals).toEqual(['A', 'B', 'C'])
  })

  it('never prunes an array element, even one left empty', () => {
    const doc: JsonObject = { consignments: [{ items: [{ value: { amount: 1 } }] }] }
    const next = setOrRemove(doc, ['consignments', 0, 'items', 0, 'value', 'amount'], undefined)
    expect(next).toEqual({ consignments: [{ items: [{}] }] })
    const emptied = setOrRemove({ packages: [{ kind: 'BG' }] }, ['packages', 0, 'kind'], undefined)
    expect(emptied).toEqual({ packages: [{}] })
  })

  it('does not prune when setting a value, even an empty object', () => {
    const next = setOrRemove(makeDoc(), ['holder', 'address'], {})
    expect((next as Doc).holder.address).toEqual({})
  })

  it('removing something absent changes nothing that was there', () => {
    const doc = makeDoc()
    const next = setOrRemove(doc, ['carrier', 'name'], undefined)
    expect(next).toEqual(doc)
  })
})

describe('renumberItems', () => {
  it('numbers items 1…n over all consignments in file order', () => {
    const doc: JsonObject = {
      consignments: [
        { items: [{ sequence: 5 }, { sequence: 5 }] },
        { items: [] },
        { items: [{ sequence: 1 }, {}, { sequence: 9 }] },
      ],
    }
    expect(sequences(renumberItems(doc))).toEqual([[1, 2], [], [3, 4, 5]])
  })

  it('returns the same document when the numbers are already right', () => {
    const doc = makeDoc()
    expect(renumberItems(doc)).toBe(doc)
  })

  it('touches only the items whose number changes', () => {
    const doc = makeDoc()
    // A new item at the start of consignment 0: every later number shifts except none before.
    const inserted = insertAt(doc, ['consignments', 0, 'items'], { sequence: 0 }, 0) as Doc
    const next = renumberItems(inserted) as Doc
    expect(sequences(next)).toEqual([[1, 2, 3], [4]])
    expect(next.consignments[0]!.consignor).toBe(doc.consignments[0]!.consignor)
    expect(next.holder).toBe(doc.holder)

    // Removing the last item of consignment 0 changes nothing after it.
    const shorter = removeAt(doc, ['consignments', 0, 'items'], 1) as Doc
    const renumbered = renumberItems(shorter) as Doc
    expect(sequences(renumbered)).toEqual([[1], [2]])
    expect(renumbered.consignments[0]!.items[0]).toBe(doc.consignments[0]!.items[0])
    expect(renumbered.consignments[0]).toBe(shorter.consignments[0])

    // Moving within consignment 1 of a document numbered right: consignment 0 untouched.
    const three = insertAt(doc, ['consignments', 1, 'items'], { sequence: 4 }) as Doc
    const moved = renumberItems(moveWithin(three, ['consignments', 1, 'items'], 1, 0)) as Doc
    expect(sequences(moved)).toEqual([
      [1, 2],
      [3, 4],
    ])
    expect(moved.consignments[0]).toBe(doc.consignments[0])
  })

  it('keeps the identity of unchanged items between changed ones', () => {
    const a = { sequence: 1, d: 'a' }
    const b = { sequence: 9, d: 'b' }
    const c = { sequence: 3, d: 'c' }
    const doc = { consignments: [{ items: [a, b] }, { items: [c] }] }
    const next = renumberItems(doc) as unknown as typeof doc
    expect(next.consignments[0]!.items[0]).toBe(a)
    expect(next.consignments[0]!.items[1]).toEqual({ sequence: 2, d: 'b' })
    expect(next.consignments[1]).toBe(doc.consignments[1])
    expect(b.sequence).toBe(9)
  })

  it('counts a non-object item as taking a number, without changing it', () => {
    const doc = { consignments: [{ items: ['junk', { sequence: 7 }] }, 'junk', { items: 3 }] }
    const next = renumberItems(doc as JsonObject)
    expect(next.consignments).toEqual([{ items: ['junk', { sequence: 2 }] }, 'junk', { items: 3 }])
  })

  it('numbers any item layout 1…n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ sequence: fc.integer() }), { maxLength: 5 }), {
          maxLength: 5,
        }),
        (layout) => {
          const doc = { consignments: layout.map((items) => ({ items })) }
          const flat = sequences(renumberItems(doc as unknown as JsonObject)).flat()
          expect(flat).toEqual(flat.map((_, i) => i + 1))
        },
      ),
    )
  })
})

describe('copyOfItem', () => {
  it('is a deep copy', () => {
    const item = { sequence: 1, packages: [{ kind: 'BG' }] }
    const copy = copyOfItem(item) as typeof item
    expect(copy).toEqual(item)
    expect(copy.packages).not.toBe(item.packages)
  })
})
