/**
 * Canonical JSON: object keys sorted by code unit, arrays in order, numbers as JavaScript
 * prints them. `indent = 0` gives the compact form whose SHA-256 the packet's QR code carries;
 * export uses two spaces so people can read and diff the files.
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return serialize(value, indent, '') + (indent > 0 ? '\n' : '')
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
