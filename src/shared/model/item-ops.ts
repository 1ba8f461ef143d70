/**
 * Goods items: add, duplicate, remove and reorder within a consignment, keeping `sequence`
 * 1…n across the whole declaration (SAD box 32) and at most 999 items in all.
 */
import { asArray, cloneJson, getAt, type JsonObject, type JsonValue } from '../json'
import { LIMITS } from '../format/constants'
import { itemWithDefaults } from './item-defaults'
import { insertAt, moveWithin, removeAt, renumberItems } from './document-ops'

const itemsPath = (consignment: number) => ['consignments', consignment, 'items'] as const

export function totalItems(doc: JsonObject): number {
  return asArray(doc.consignments).reduce<number>(
    (n, c) => n + asArray(getAt(c, ['items'])).length,
    0,
  )
}

export function blankItem(): JsonObject {
  return { sequence: 0, packages: [{}], containers: [], dangerousGoods: [], documents: [] }
}

/**
 * Inserts `item` (by default a blank one with the declaration's item defaults, item-defaults.ts)
 * at `index` of consignment `c`; no-op at 999 items.
 */
export function addItem(
  doc: JsonObject,
  c: number,
  index?: number,
  item: JsonValue = itemWithDefaults(doc, blankItem()),
): JsonObject {
  if (totalItems(doc) >= LIMITS.itemsTotal) return doc
  return renumberItems(insertAt(doc, itemsPath(c), item, index))
}

export function duplicateItem(doc: JsonObject, c: number, index: number): JsonObject {
  const item = getAt(doc, [...itemsPath(c), index])
  if (item === undefined) return doc
  return addItem(doc, c, index + 1, cloneJson(item) as JsonValue)
}

export function removeItem(doc: JsonObject, c: number, index: number): JsonObject {
  return renumberItems(removeAt(doc, itemsPath(c), index))
}

export function moveItem(doc: JsonObject, c: number, from: number, to: number): JsonObject {
  return renumberItems(moveWithin(doc, itemsPath(c), from, to))
}

export function addConsignment(doc: JsonObject): JsonObject {
  if (asArray(doc.consignments).length >= LIMITS.consignments) return doc
  return renumberItems(
    insertAt(doc, ['consignments'], { consignor: {}, consignee: {}, items: [blankItem()] }),
  )
}

export function removeConsignment(doc: JsonObject, c: number): JsonObject {
  return renumberItems(removeAt(doc, ['consignments'], c))
}
