/**
 * Plain JSON values and the path helpers the editor and the validator share.
 * A path is an array of object keys and array indexes; its text form is an RFC 6901 JSON Pointer.
 */
import { MAX_NESTING_DEPTH } from './format/constants'

export type JsonPrimitive = string | number | boolean | null
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject
export type JsonObject = { [key: string]: JsonValue }
export type JsonPath = readonly (string | number)[]

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Whether a value is JSON data through and through: finite numbers, strings, booleans, null,
 * arrays and plain objects, nested at most `maxDepth` deep. For values that crossed a boundary
 * by structured clone (IPC, workers), which also carries dates, maps and cycles.
 */
export function isJsonData(value: unknown, maxDepth = MAX_NESTING_DEPTH): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object' || maxDepth === 0) return false
  if (Array.isArray(value)) return value.every((item) => isJsonData(item, maxDepth - 1))
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).every((item) => isJsonData(item, maxDepth - 1))
}

/** The array at a place that should hold one, or an empty array when it holds something else. */
export function asArray(value: unknown): JsonValue[] {
  return Array.isArray(value) ? (value as JsonValue[]) : []
}

/** RFC 6901: `~` becomes `~0`, `/` becomes `~1`. */
export function toPointer(path: JsonPath): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part))
}

export function getAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root
  for (const part of path) {
    if (typeof part === 'number' ? !Array.isArray(node) : !isJsonObject(node)) return undefined
    // Own elements only: "constructor" or "toString" are not in any JSON document.
    if (!Object.hasOwn(node as object, part)) return undefined
    node = (node as Record<string | number, unknown>)[part]
  }
  return node
}

/**
 * A copy of `root` with `value` at `path` (`undefined` removes an object key).
 * Only the containers along the path are copied, so unchanged branches keep their identity:
 * the editor relies on that to re-render just the field that changed.
 */
export function setAt<T>(root: T, path: JsonPath, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : []
    list[head] = setAt(list[head], rest, value)
    return list as T
  }
  const key = head as string
  const object: Record<string, unknown> = isJsonObject(root) ? { ...root } : {}
  // Own properties only, and defined rather than assigned: a file may have a "__proto__" key.
  const next = setAt(Object.hasOwn(object, key) ? object[key] : undefined, rest, value)
  if (next === undefined) delete object[key]
  else
    Object.defineProperty(object, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  return object as T
}

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]))
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && jsonEqual(a[k], b[k]))
    )
  }
  return false
}

/** A deep copy of a JSON value (no structuredClone: src/shared runs without DOM or Node types). */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T
  if (isJsonObject(value)) {
    const copy: JsonObject = {}
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(copy, key, {
        value: cloneJson(child),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return copy as T
  }
  return value
}
