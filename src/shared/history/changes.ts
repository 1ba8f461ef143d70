/**
 * A declaration's history, kept compactly: each saved version stores only the changes that
 * turn it back into the version before — the old value at each changed place — not a copy.
 * Documents edited in the editor share every untouched part with the version before, so the
 * comparison skips them by identity and costs little even for 999 items.
 */
import { getAt, isJsonObject, setAt, type JsonPath, type JsonValue } from '../json'

/**
 * One step back: at `path` the older value, or nothing (`value` absent: the element did not
 * exist); for an array whose length changed, `length` is its older length.
 */
export interface Change {
  path: (string | number)[]
  value?: JsonValue
  length?: number
}

/** The changes that turn `newer` back into `older`. Empty when they are equal. */
export function changesBack(older: JsonValue | undefined, newer: JsonValue | undefined): Change[] {
  const changes: Change[] = []
  compare(older, newer, [], changes)
  return changes
}

function compare(
  older: JsonValue | undefined,
  newer: JsonValue | undefined,
  path: (string | number)[],
  out: Change[],
): void {
  if (older === newer) return
  if (Array.isArray(older) && Array.isArray(newer)) {
    if (older.length !== newer.length) out.push({ path, length: older.length })
    const common = Math.min(older.length, newer.length)
    for (let i = 0; i < common; i++) compare(older[i], newer[i], [...path, i], out)
    for (let i = common; i < older.length; i++) out.push({ path: [...path, i], value: older[i]! })
    return
  }
  if (isJsonObject(older) && isJsonObject(newer)) {
    for (const key of Object.keys(older)) {
      if (Object.hasOwn(newer, key)) compare(older[key], newer[key], [...path, key], out)
      else out.push({ path: [...path, key], value: older[key]! })
    }
    for (const key of Object.keys(newer)) {
      if (!Object.hasOwn(older, key)) out.push({ path: [...path, key] })
    }
    return
  }
  if (isPrimitiveEqual(older, newer)) return
  out.push(older === undefined ? { path } : { path, value: older })
}

const isPrimitiveEqual = (a: unknown, b: unknown) =>
  typeof a !== 'object' && typeof b !== 'object' && Object.is(a, b)

/** `newer` with `changes` applied: the older version (newer itself is not modified). */
export function applyBack(newer: JsonValue, changes: readonly Change[]): JsonValue {
  let document: JsonValue = newer
  for (const change of changes) {
    if (change.length !== undefined) {
      const list = getAt(document, change.path)
      const resized = Array.isArray(list) ? list.slice(0, change.length) : []
      resized.length = change.length
      document = setAt(document, change.path, resized)
    } else {
      document = setAt(document, change.path, 'value' in change ? change.value : undefined)
    }
  }
  return document
}

/** Where a version changed things, for the history list: "/consignments/0/items/3/grossMass". */
export function changedPlaces(changes: readonly Change[]): JsonPath[] {
  return changes.map((c) => c.path)
}
