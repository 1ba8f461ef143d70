/** Versions stored as changes back: exact, small, and cheap on shared structure. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyBack, changesBack } from '../../src/shared/history/changes'
import { getAt, setAt, type JsonObject, type JsonValue } from '../../src/shared/json'
import { generateDeclaration } from '../fixtures/generate'

describe('changes back to the older version', () => {
  it('restore the older version exactly, for any two JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (older, newer) => {
        const changes = changesBack(older as JsonValue, newer as JsonValue)
        expect(applyBack(newer as JsonValue, changes)).toStrictEqual(older)
        // They survive being stored as JSON.
        const stored = JSON.parse(JSON.stringify(changes))
        expect(applyBack(newer as JsonValue, stored)).toStrictEqual(
          JSON.parse(JSON.stringify(older)),
        )
      }),
    )
  })

  it('restore after edits of every kind to a declaration', () => {
    const doc = generateDeclaration(20)
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('description', 'grossMass', 'hsCode', 'packages', 'value'),
            fc.integer({ min: 0, max: 25 }),
            fc.oneof(
              fc.string(),
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.constant(undefined),
            ),
          ),
          { maxLength: 6 },
        ),
        (edits) => {
          let newer: JsonObject = doc
          for (const [key, index, value] of edits)
            newer = setAt(newer, ['consignments', 0, 'items', index, key], value)
          expect(applyBack(newer, changesBack(doc, newer))).toStrictEqual(doc)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('are nothing for equal versions, and one old value for one field', () => {
    const doc = generateDeclaration(999)
    expect(changesBack(doc, doc)).toEqual([])
    expect(changesBack(doc, structuredClone(doc))).toEqual([])
    const edited = setAt(doc, ['consignments', 0, 'items', 500, 'grossMass'], 1)
    const changes = changesBack(doc, edited)
    expect(changes).toEqual([
      {
        path: ['consignments', 0, 'items', 500, 'grossMass'],
        value: getAt(doc, ['consignments', 0, 'items', 500, 'grossMass']) as JsonValue,
      },
    ])
    // A version of a one-field edit stores a few dozen bytes, not the megabyte document.
    expect(JSON.stringify(changes).length).toBeLessThan(100)
  })

  it('record added and removed items as a length and the removed items only', () => {
    const doc = generateDeclaration(3)
    const items = (doc.consignments as JsonObject[])[0]!.items as JsonObject[]
    const removed = setAt(doc, ['consignments', 0, 'items'], items.slice(0, 2))
    expect(changesBack(doc, removed)).toEqual([
      { path: ['consignments', 0, 'items'], length: 3 },
      { path: ['consignments', 0, 'items', 2], value: items[2] },
    ])
    const added = setAt(doc, ['consignments', 0, 'items', 3], { description: 'new' })
    expect(changesBack(doc, added)).toEqual([{ path: ['consignments', 0, 'items'], length: 3 }])
    expect(applyBack(added, changesBack(doc, added))).toStrictEqual(doc)
  })
})
