/**
 * Values that hold for the whole declaration's goods until an item says otherwise, and edits of
 * one column across many items. The format has no "default" element, so a default is what the
 * items already share: the origin or package kind every item that has one agrees on. New items
 * start with it, and changing it changes every item that still had it (or had none).
 */
import {
  asArray,
  cloneJson,
  getAt,
  jsonEqual,
  setAt,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '../json'

/** The items table's columns, as paths within an item. */
export const ITEM_COLUMNS = {
  description: ['description'],
  hsCode: ['hsCode'],
  countryOfOrigin: ['countryOfOrigin'],
  grossMass: ['grossMass'],
  netMass: ['netMass'],
  packageKind: ['packages', 0, 'kind'],
  packageCount: ['packages', 0, 'count'],
  value: ['value', 'amount'],
} as const satisfies Record<string, JsonPath>

export type ItemColumn = keyof typeof ITEM_COLUMNS

/**
 * The elements a declaration-wide default exists for: the table's origin and package kind, and
 * the shipping marks (details only), which a consignment's packages usually share.
 */
const DEFAULT_PATHS = {
  countryOfOrigin: ITEM_COLUMNS.countryOfOrigin,
  packageKind: ITEM_COLUMNS.packageKind,
  marks: ['packages', 0, 'marks'],
} as const satisfies Record<string, JsonPath>

export type DefaultColumn = keyof typeof DEFAULT_PATHS

function allItems(doc: JsonObject): { path: JsonPath; item: unknown }[] {
  return asArray(doc.consignments).flatMap((consignment, c) =>
    asArray(getAt(consignment, ['items'])).map((item, i) => ({
      path: ['consignments', c, 'items', i],
      item,
    })),
  )
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** The value every item that has one shares, or undefined (none has one, or they differ). */
export function itemDefault(doc: JsonObject, column: DefaultColumn): string | undefined {
  const shared = sharedValue(doc, column)
  return typeof shared === 'string' ? shared : undefined
}

/**
 * What the "For all items" field shows, in one walk over the items: the shared value, '' when
 * no item has one, or null when the items differ.
 */
export function itemDefaultShown(doc: JsonObject, column: DefaultColumn): string | null {
  const shared = sharedValue(doc, column)
  if (shared === DIFFERENT) return null
  return typeof shared === 'string' ? shared : ''
}

const DIFFERENT = Symbol('different')

function sharedValue(doc: JsonObject, column: DefaultColumn): unknown {
  let shared: unknown
  for (const { item } of allItems(doc)) {
    const value = getAt(item, DEFAULT_PATHS[column])
    if (isEmpty(value)) continue
    if (shared !== undefined && value !== shared) return DIFFERENT
    shared = value
  }
  return shared
}

/**
 * Sets a default: every item whose `column` is empty or holds the old default gets `value`
 * (`undefined` clears them); items the user gave another value keep it.
 */
export function setItemDefault(
  doc: JsonObject,
  column: DefaultColumn,
  value: string | undefined,
): JsonObject {
  const old = itemDefault(doc, column)
  let next = doc
  for (const { path, item } of allItems(doc)) {
    const current = getAt(item, DEFAULT_PATHS[column])
    if (current === value || !(isEmpty(current) || current === old)) continue
    next = setItemValue(next, [...path, ...DEFAULT_PATHS[column]], value)
  }
  return next
}

/** A new item with the declaration's defaults and the invoice's currency for its value. */
export function itemWithDefaults(doc: JsonObject, item: JsonObject): JsonObject {
  let next = item
  for (const column of Object.keys(DEFAULT_PATHS) as DefaultColumn[]) {
    const value = itemDefault(doc, column)
    if (value !== undefined && isEmpty(getAt(next, DEFAULT_PATHS[column])))
      next = setAt(next, DEFAULT_PATHS[column], value)
  }
  return next
}

/**
 * Copies item `from`'s value in `column` to every later item of consignment `c` (`onlyEmpty`:
 * to those with none). One structural edit: one undo step.
 */
export function fillDown(
  doc: JsonObject,
  c: number,
  from: number,
  column: ItemColumn,
  onlyEmpty = false,
): JsonObject {
  const items = asArray(getAt(doc, ['consignments', c, 'items']))
  const source = items[from]
  if (source === undefined) return doc
  // A value is copied with its currency: an amount means nothing without one.
  const copied: JsonPath = column === 'value' ? ['value'] : ITEM_COLUMNS[column]
  const value = getAt(source, copied)
  const copies = items.map((item, i) => {
    if (i <= from) return item
    const current = getAt(item, copied)
    if (jsonEqual(current, value)) return item
    if (onlyEmpty && !isEmpty(getAt(item, ITEM_COLUMNS[column]))) return item
    return setItemValue(item as JsonObject, copied, cloneJson(value))
  })
  if (copies.every((item, i) => item === items[i])) return doc
  return setAt(doc, ['consignments', c, 'items'], copies)
}

/**
 * Sets one element of an item; `undefined` removes it (an emptied value object goes too, so no
 * `{ currency }` is left without its amount).
 */
function setItemValue<T extends JsonValue>(root: T, path: JsonPath, value: unknown): T {
  const next = setAt(root, path, value)
  const parentPath = path.slice(0, -1)
  const parent = getAt(next, parentPath)
  const emptied =
    value === undefined &&
    parentPath.length > 0 &&
    typeof parentPath[parentPath.length - 1] === 'string' &&
    typeof parent === 'object' &&
    parent !== null &&
    Object.keys(parent).length === 0
  return emptied ? setAt(next, parentPath, undefined) : next
}

/**
 * The sum of the item values, rounded to cents, when every item has one in the invoice's
 * currency (what the validator's invoice.total rule compares); otherwise undefined.
 */
export function itemValuesTotal(doc: JsonObject): number | undefined {
  const currency = getAt(doc, ['invoice', 'currency'])
  const items = allItems(doc)
  if (items.length === 0) return undefined
  let sum = 0
  for (const { item } of items) {
    const amount = getAt(item, ['value', 'amount'])
    const itemCurrency = getAt(item, ['value', 'currency'])
    if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined
    if (itemCurrency !== undefined && itemCurrency !== currency) return undefined
    sum += amount
  }
  return Math.round(sum * 100) / 100
}
