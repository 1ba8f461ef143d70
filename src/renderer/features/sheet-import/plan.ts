/**
 * What importing a sheet's rows would do to the open declaration: the items appended to the
 * consignment (replacing its one blank item, as a new declaration has), each row with the
 * validator's findings for its item, and whether they fit the 999 items a declaration holds.
 */
import { isJsonObject, type JsonObject } from '../../../shared/json'
import { LIMITS } from '../../../shared/format/constants'
import { partyIdKey } from '../../../shared/library/parties'
import type { SheetRow } from '../../../shared/import/goods-sheet'
import { renumberItems } from '../../../shared/model/document-ops'
import { totalItems } from '../../../shared/model/item-ops'
import type { Finding } from '../../../shared/validation/report'
import { validateDeclaration } from '../../../shared/validation/validate'
import { localDate } from '../../../shared/dates'

export interface PlannedRow extends SheetRow {
  errors: Finding[]
  warnings: Finding[]
  /** no problem reading it and no error from the validator */
  clean: boolean
}

export interface ImportPlan {
  rows: PlannedRow[]
  /** how many more items the declaration can take */
  room: number
}

const isBlankItem = (item: unknown) =>
  isJsonObject(item) &&
  Object.entries(item).every(([key, value]) =>
    key === 'sequence'
      ? true
      : Array.isArray(value)
        ? value.every((v) => isJsonObject(v) && Object.keys(v).length === 0)
        : value === undefined || value === '',
  )

/** The consignment's items with `items` appended (its single blank item replaced). */
export function withImportedItems(
  doc: JsonObject,
  consignment: number,
  items: JsonObject[],
): JsonObject {
  const consignments = Array.isArray(doc.consignments) ? [...doc.consignments] : []
  const target = isJsonObject(consignments[consignment]) ? consignments[consignment] : {}
  const existing = Array.isArray(target.items) ? target.items : []
  const kept = existing.length === 1 && isBlankItem(existing[0]) ? [] : existing
  consignments[consignment] = {
    ...target,
    items: [...kept, ...items.map((i) => ({ sequence: 0, ...i }))],
  }
  return renumberItems({ ...doc, consignments })
}

export function planImport(doc: JsonObject, consignment: number, rows: SheetRow[]): ImportPlan {
  const items = rows.flatMap((r) => (r.item ? [r.item] : []))
  const next = withImportedItems(doc, consignment, items)
  const consignments = Array.isArray(next.consignments) ? next.consignments : []
  const target = consignments[consignment]
  const all = isJsonObject(target) && Array.isArray(target.items) ? target.items : []
  const first = all.length - items.length
  const report = validateDeclaration(next, { today: localDate(new Date()) })
  const prefix = `/consignments/${consignment}/items/`
  const byItem = (findings: Finding[]) => {
    const map = new Map<number, Finding[]>()
    for (const finding of findings) {
      if (!finding.path.startsWith(prefix)) continue
      const index = Number(finding.path.slice(prefix.length).split('/')[0]) - first
      if (index >= 0) map.set(index, [...(map.get(index) ?? []), finding])
    }
    return map
  }
  const errors = byItem(report.errors)
  const warnings = byItem(report.warnings)
  let itemIndex = 0
  const planned = rows.map((row): PlannedRow => {
    const index = row.item ? itemIndex++ : -1
    const rowErrors = errors.get(index) ?? []
    const clean = row.item !== null && row.problems.length === 0 && rowErrors.length === 0
    return { ...row, errors: rowErrors, warnings: warnings.get(index) ?? [], clean }
  })
  const blankReplaced = totalItems(next) - items.length < totalItems(doc) ? 1 : 0
  return { rows: planned, room: LIMITS.itemsTotal - totalItems(doc) + blankReplaced }
}

/** Whose spreadsheets these are: the consignor's identification, else its name. */
export function senderKey(doc: JsonObject, consignment: number): string {
  const consignments = Array.isArray(doc.consignments) ? doc.consignments : []
  const target = consignments[consignment]
  const consignor = isJsonObject(target) && isJsonObject(target.consignor) ? target.consignor : {}
  const name = typeof consignor.name === 'string' ? consignor.name.trim().toLowerCase() : ''
  return partyIdKey(consignor) ?? (name ? `name:${name}` : 'unknown sender')
}
