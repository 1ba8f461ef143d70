/**
 * How findings name the element they point at — a phrase for a JSON Pointer in the reader's
 * language ("the net mass of goods item 2"), from the catalogue's `validation.noun` and
 * `validation.entry` — and the SAD / TIR box the element is printed in.
 * Only called when a finding is shown, so it may take its time.
 */
import { boxesOf } from '../format/elements'
import { fromPointer } from '../json'

/**
 * Translates a catalogue key (i18next's `t`, or any function of the same shape). With
 * `defaultValue` it returns that when the key is missing.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Groups that read better folded into their child's label ("the invoice total"). */
const FOLDED = new Set([
  'identification',
  'address',
  'value',
  'supplementaryUnits',
  'incoterm',
  'contact',
  'amount',
  'transport',
  'guarantee',
  'invoice',
  'movement',
])

/** The catalogue's phrase at `key`, or undefined when it has none. */
function phrase(t: Translate, key: string, options: Record<string, unknown> = {}) {
  const text = t(key, { ...options, defaultValue: '' })
  return text === '' ? undefined : text
}

/** "the net mass" for a key under its parent ("parent/key" first, then the key alone). */
function noun(t: Translate, parent: string, key: string): string {
  return (
    phrase(t, `validation.noun.${parent}/${key}`) ??
    phrase(t, `validation.noun.${key}`) ??
    t('validation.noun.unknown', { key })
  )
}

/** "goods item 3" for entry `number` of list `list`. */
function entry(t: Translate, list: string, number: number): string {
  return (
    phrase(t, `validation.entry.${list}`, { number }) ??
    t('validation.entry.unknown', { list, number })
  )
}

/**
 * "the net mass of goods item 2" for /consignments/0/items/1/netMass.
 * @param item the running number of the goods item the pointer lies in, when it lies in one
 *   (items are numbered across consignments; without it, within the consignment)
 */
export function describePointer(pointer: string, t: Translate, item?: number): string {
  const parts = fromPointer(pointer)
  if (parts.length === 0) return t('validation.noun.declaration')
  const nouns: string[] = []
  let parent = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const next = parts[i + 1]
    if (typeof part === 'number') continue
    if (typeof next === 'number') {
      i++
      if (part === 'consignments' && parts[i + 1] === 'items') {
        parent = part
        continue
      }
      const number = part === 'items' && item !== undefined ? item : next + 1
      nouns.push(entry(t, part, number))
    } else if (!(FOLDED.has(part) && next !== undefined)) {
      nouns.push(noun(t, parent, part))
    }
    parent = part
  }
  // Innermost first: "the net mass" of "goods item 2".
  return nouns.reduceRight((inner, outer) => t('validation.nest', { inner, outer }))
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Element ids (elements.ts) for a pointer, most specific first. */
function elementIds(pointer: string): string[] {
  const n = fromPointer(pointer).filter((p): p is string => typeof p === 'string')
  const [top, second, third] = n
  switch (top) {
    case undefined:
      return []
    case 'consignments':
      if (second === 'items') {
        const [field, sub] = n.slice(2)
        if (field === undefined) return ['consignment.items']
        if (field === 'packages')
          return sub ? [`package.${sub}`, 'item.packages'] : ['item.packages']
        if (field === 'supplementaryUnits') {
          return [sub === 'unit' ? 'item.supplementaryUnit' : 'item.supplementaryQuantity']
        }
        if (field === 'value') return [sub === 'currency' ? 'item.valueCurrency' : 'item.value']
        if (field === 'dangerousGoods' && sub) return [`dangerous.${sub}`, 'item.dangerousGoods']
        return [`item.${field}`]
      }
      if (second === 'consignor' || second === 'consignee') {
        return third === 'tirHolderId' ? ['party.tirHolderId', second] : [second]
      }
      return []
    case 'transport':
      return second ? [`transport.${second}`] : []
    case 'guarantee':
      if (second === 'amount' && third === 'currency') return ['guarantee.currency']
      return second ? [`guarantee.${second}`, 'guarantee.kind'] : ['guarantee.kind']
    case 'invoice':
      if (second === 'incoterm') {
        return [third === 'place' ? 'invoice.incotermPlace' : 'invoice.incoterm']
      }
      return second ? [`invoice.${second}`] : []
    case 'holder':
    case 'representative':
    case 'carrier':
      return second === 'tirHolderId' ? ['party.tirHolderId', top] : [top]
    default:
      return [top]
  }
}

/** The box the element at `pointer` is printed in: "35" (SAD), or "TIR 22" where only a TIR box exists. */
export function boxForPointer(pointer: string): string | undefined {
  for (const id of elementIds(pointer)) {
    const boxes = boxesOf(id)
    if (boxes?.sad) return boxes.sad
    if (boxes?.tir) return `TIR ${boxes.tir}`
  }
  return undefined
}
