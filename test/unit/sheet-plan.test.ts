/** Planning a spreadsheet import into the open declaration: where items go, findings per row, room. */
import { describe, expect, it } from 'vitest'
import {
  planImport,
  senderKey,
  withImportedItems,
} from '../../src/renderer/features/sheet-import/plan'
import { blankDocument } from '../../src/renderer/db/declarations'
import type { JsonObject } from '../../src/shared/json'
import type { SheetRow } from '../../src/shared/import/goods-sheet'
import { generateDeclaration } from '../fixtures/generate'
import { sampleText } from './samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const items = (doc: JsonObject, c = 0) =>
  (doc.consignments as JsonObject[])[c]!.items as JsonObject[]
const good: JsonObject = {
  description: 'Raisins',
  hsCode: '080620',
  grossMass: 10,
  packages: [{ kind: 'BX', count: 1, marks: 'R-1' }],
  value: { amount: 100, currency: 'USD' },
  containers: [],
  dangerousGoods: [],
  documents: [],
}
const row = (n: number, item: JsonObject | null, problems: string[] = []): SheetRow => ({
  rowNumber: n,
  item,
  problems,
})

describe('importing sheet rows', () => {
  it('replaces the one blank item of a new declaration and numbers items across consignments', () => {
    const blank = blankDocument('KZ-1', '2026-02-04')
    const next = withImportedItems(blank, 0, [good, good])
    expect(items(next).map((i) => [i.sequence, i.description])).toEqual([
      [1, 'Raisins'],
      [2, 'Raisins'],
    ])
    const sample = withImportedItems(tir(), 0, [good])
    expect(items(sample)).toHaveLength(items(tir()).length + 1)
    expect(items(sample).at(-1)?.sequence).toBe(items(tir()).length + 1)
  })

  it('gives each row its own findings and says which rows are clean', () => {
    const bad = { ...good, hsCode: '999999' }
    const plan = planImport(tir(), 0, [
      row(2, good),
      row(3, bad),
      row(4, null, ['Row 4 has no description.']),
      row(5, good, ['Row 5: “x” in Value is not a number.']),
    ])
    expect(plan.rows.map((r) => r.clean)).toEqual([true, false, false, false])
    expect(plan.rows[1]!.errors.map((f) => f.rule)).toContain('hs.subheading')
    expect(plan.rows[0]!.errors).toEqual([])
    expect(plan.room).toBe(999 - items(tir()).length)
  })

  it('counts the room left, with the blank item as room', () => {
    expect(planImport(blankDocument('KZ-1', '2026-02-04'), 0, []).room).toBe(999)
    expect(planImport(generateDeclaration(999), 0, []).room).toBe(0)
  })

  it('knows the sender by the consignor’s identification, else its name', () => {
    expect(senderKey(tir(), 0)).toMatch(/^KZ-BIN:\d{12}$/)
    const unnamed = blankDocument('KZ-1', '2026-02-04')
    expect(senderKey(unnamed, 0)).toBe('unknown sender')
  })
})
