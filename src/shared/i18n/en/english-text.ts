/**
 * The English catalogue read without i18next, for shared code whose caller hands in no
 * translator (src/shared may not import i18next). It knows what the catalogue uses: `{{name}}`
 * values, `_one` / `_other` by `count`, `_<context>` and `defaultValue`. Callers that have
 * i18next pass its `t` instead, so the words follow the reader's language.
 */
import type { Translate } from '../../validation/describe'
import { en } from './index'

const plural = new Intl.PluralRules('en')

/** The catalogue's entry at a dotted key (own properties only), or undefined. */
function entry(key: string): unknown {
  let node: unknown = en
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

export const englishText: Translate = (key, options = {}) => {
  const context = typeof options.context === 'string' ? `_${options.context}` : ''
  const count = typeof options.count === 'number' ? `_${plural.select(options.count)}` : ''
  for (const candidate of [key + context + count, key + context, key + count, key]) {
    const text = entry(candidate)
    if (typeof text !== 'string') continue
    return text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(options, name) ? String(options[name]) : whole,
    )
  }
  return typeof options.defaultValue === 'string' ? options.defaultValue : key
}
