/**
 * Canonical JSON: object keys sorted by code unit, arrays in order, numbers as JavaScript
 * prints them. `indent = 0` gives the compact form whose SHA-256 the packet's QR code carries;
 * export uses two spaces so people can read and diff the files.
 *
 * Speed: the text is JSON.stringify's of a copy whose objects have their keys inserted in
 * order, four times faster than writing it piece by piece (the cover's digest of a 999-item
 * declaration, 300 KB, is made on every packet). JavaScript keeps an object's keys in insertion
 * order except array-index keys ("0", "17"), which always come first in numeric order; where a
 * document has such a key, it is written piece by piece (serialize).
 */
export function canonicalJson(value: unknown, indent = 0): string {
  const keys = { index: false }
  const sorted = sortedCopy(value, keys)
  const text = keys.index ? serialize(value, indent, '') : JSON.stringify(sorted, null, indent)
  return text + (indent > 0 ? '\n' : '')
}

/** Keys that JavaScript orders before all others, numerically (array indices, below 2³² − 1). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/

function sortedCopy(value: unknown, keys: { index: boolean }): unknown {
  if (value === null || typeof value !== 'object') return value ?? null
  if (Array.isArray(value)) return value.map((item: unknown) => sortedCopy(item, keys))
  const object = value as Record<string, unknown>
  // No prototype: a "__proto__" key is data, as JSON.parse makes it, not the copy's prototype.
  const copy = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(object).sort()) {
    if (ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1) keys.index = true
    if (object[key] !== undefined) copy[key] = sortedCopy(object[key], keys)
  }
  return copy
}

function serialize(value: unknown, indent: number, pad: string): string {
  if (value === null || typeof value !== 'object') {
    // undefined and functions are not JSON; they never reach here from parsed files.
    return JSON.stringify(value ?? null)
  }
  const inner = pad + ' '.repeat(indent)
  const open = indent > 0 ? '\n' + inner : ''
  const close = indent > 0 ? '\n' + pad : ''
  const sep = indent > 0 ? ',\n' + inner : ','
  const colon = indent > 0 ? ': ' : ':'
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return '[' + open + value.map((v) => serialize(v, indent, inner)).join(sep) + close + ']'
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  if (entries.length === 0) return '{}'
  const body = entries.map(([k, v]) => JSON.stringify(k) + colon + serialize(v, indent, inner))
  return '{' + open + body.join(sep) + close + '}'
}
