/**
 * Planning a spreadsheet import into the open declaration: where items go, findings per row,
 * room — and, for any sheet, any meaning of its columns and any defaults, a plan that never
 * throws and in which every row with something in it is either imported or reported.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  planImport,
  senderKey,
  withImportedItems,
} from '../../../src/renderer/features/sheet-import/plan'
import { blankDocument } from '../../../src/renderer/db/declarations'
import type { JsonObject } from '../../../src/shared/json'
import {
  cellText,
  headerRowIndex,
  readGoodsRows,
  SHEET_FIELDS,
  type SheetProblem,
  type SheetRow,
} from '../../../src/shared/import/goods-sheet'
import { guessColumns } from '../../../src/shared/import/sheet-columns'
import { generateDeclaration } from '../../fixtures/generate'
import { sampleText } from '../samples'

const tir = () => JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
const itemsOf = (doc: JsonObject, c = 0) =>
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
const row = (n: number, item: JsonObject | null, problems: SheetProblem[] = []): SheetRow => ({
  rowNumber: n,
  item,
  problems,
  defaulted: [],
})

describe('importing sheet rows', () => {
  it('replaces the one blank item of a new declaration and numbers items across consignments', () => {
    const blank = blankDocument('KZ-1', '2026-02-04')
    const next = withImportedItems(blank, 0, [good, good])
    expect(itemsOf(next).map((i) => [i.sequence, i.description])).toEqual([
      [1, 'Raisins'],
      [2, 'Raisins'],
    ])
    const sample = withImportedItems(tir(), 0, [good])
    expect(itemsOf(sample)).toHaveLength(itemsOf(tir()).length + 1)
    expect(itemsOf(sample).at(-1)?.sequence).toBe(itemsOf(tir()).length + 1)
  })

  it('gives each row its own findings and says which rows are clean', () => {
    const bad = { ...good, hsCode: '999999' }
    const plan = planImport(tir(), 0, [
      row(2, good),
      row(3, bad),
      row(4, null, [{ kind: 'noDescription', row: 4 }]),
      row(5, good, [{ kind: 'notNumber', row: 5, field: 'value', text: 'x' }]),
    ])
    expect(plan.rows.map((r) => r.clean)).toEqual([true, false, false, false])
    expect(plan.rows[1]!.errors.map((f) => f.rule)).toContain('hs.subheading')
    expect(plan.rows[0]!.errors).toEqual([])
    expect(plan.room).toBe(999 - itemsOf(tir()).length)
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

describe('planning any sheet', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.constantFrom('Количество', 'Вид упаковки', 'коробка', 'USD', 'BX', '12,5', '1 200'),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 500 }),
    fc.boolean(),
    fc.constant(null),
  )
  const meaning = fc.option(fc.constantFrom(...SHEET_FIELDS), { nil: null })

  it('never throws, and imports or reports every row with something in it', () => {
    const blank = blankDocument('KZ-1', '2026-02-04')
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 10 }),
        fc.option(fc.array(meaning, { maxLength: 7 }), { nil: undefined }),
        fc.record({
          currency: fc.option(fc.constantFrom('USD', 'EUR', 'KZT'), { nil: undefined }),
          packageKind: fc.option(fc.constantFrom('CT', 'BX', 'VL'), { nil: undefined }),
        }),
        (sheet, chosen, defaults) => {
          const header = headerRowIndex(sheet)
          const mapping =
            chosen ?? guessColumns(sheet[header] ?? [], sheet.slice(header + 1)).mapping
          const rows = readGoodsRows(sheet, mapping, header, defaults)
          const plan = planImport(blank, 0, rows)
          const filled = sheet
            .map((cells, i) => ({ number: i + 1, cells }))
            .filter(
              ({ number, cells }) => number > header + 1 && cells.some((c) => cellText(c) !== ''),
            )
            .map(({ number }) => number)
          expect(plan.rows.map((r) => r.rowNumber)).toEqual(filled)
          for (const planned of plan.rows) {
            expect(planned.item !== null || planned.problems.length > 0).toBe(true)
            if (planned.clean) expect(planned.item).not.toBeNull()
          }
          const items = plan.rows.flatMap((r) => (r.item ? [r.item] : []))
          // The dialog imports only when there is something to import: then each is one item.
          if (items.length > 0)
            expect(itemsOf(withImportedItems(blank, 0, items))).toHaveLength(items.length)
        },
      ),
      { numRuns: 60 },
    )
  })
})
