/**
 * Structural edits of a declaration document, pure and immutable: only the containers on the
 * changed path are copied. Items keep `sequence` 1…n across all consignments after every edit.
 */
import {
  asArray,
  cloneJson,
  getAt,
  isJsonObject,
  setAt,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '../json'

/** A copy of the list at `path` with `element` inserted at `index` (appended when omitted). */
export function insertAt(
  doc: JsonObject,
  path: JsonPath,
  element: JsonValue,
  index?: number,
): JsonObject {
  const list = [...asArray(getAt(doc, path))]
  list.splice(index ?? list.length, 0, element)
  return setAt(doc, path, list)
}

export function removeAt(doc: JsonObject, path: JsonPath, index: number): JsonObject {
  const list = [...asArray(getAt(doc, path))]
  list.splice(index, 1)
  return setAt(doc, path, list)
}

/** Moves the element at `from` to position `to` within the same list. */
export function moveWithin(doc: JsonObject, path: JsonPath, from: number, to: number): JsonObject {
  const list = [...asArray(getAt(doc, path))]
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < list.length
  if (!inRange(from) || !inRange(to) || from === to) return doc
  const [element] = list.splice(from, 1)
  list.splice(to, 0, element as JsonValue)
  return setAt(doc, path, list)
}

/**
 * Sets `value` at `path`; `undefined` removes the element, and an object left empty by that
 * removal goes too (an address with no fields is no address). Array elements stay in place.
 */
export function setOrRemove(doc: JsonObject, path: JsonPath, value: unknown): JsonObject {
  let next = setAt(doc, path, value)
  if (value !== undefined) return next
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parentPath = path.slice(0, depth)
    const parent = getAt(next, parentPath)
    const isArrayElement = typeof path[depth - 1] === 'number'
    if (!isJsonObject(parent) || Object.keys(parent).length > 0 || isArrayElement) break
    next = setAt(next, parentPath, undefined)
  }
  return next
}

/** Renumbers items 1…n over all consignments in order, touching only items whose number changes. */
export function renumberItems(doc: JsonObject): JsonObject {
  let next = doc
  let sequence = 0
  asArray(doc.consignments).forEach((consignment, c) => {
    asArray(getAt(consignment, ['items'])).forEach((item, i) => {
      sequence += 1
      if (isJsonObject(item) && item.sequence !== sequence) {
        next = setAt(next, ['consignments', c, 'items', i, 'sequence'], sequence)
      }
    })
  })
  return next
}

/** A copy of an item for "duplicate": everything but its number. */
export function copyOfItem(item: JsonValue): JsonValue {
  return cloneJson(item)
}
