/**
 * How a trainee's value is compared with the model answer's (case-format.md, "Scoring"), by the
 * kind of element it is (the element table, elements.ts):
 * - codes and identifiers: the same after trimming and upper case;
 * - identifiers whose written form groups characters with spaces or dashes (an HS code
 *   "5205 12", a container "MSKU 123456-6", a LOCODE "KZ ALA", a vehicle "123 ABC 02"): the same
 *   once those are removed too;
 * - free text: the same whatever the case and the spacing;
 * - numbers: within 0.5 % of the answer's value or 0.01, whichever is larger.
 */
import { ELEMENTS, type ElementId } from '../format/elements'

export type Comparison = 'code' | 'compact' | 'text' | 'number'

/**
 * Identifiers written with spaces or dashes between groups that carry no meaning of their own.
 * Document references, invoice numbers, seals and TIR holder ids are not among them: their
 * issuer's spaces and dashes are part of the number.
 */
const COMPACT: ReadonlySet<ElementId> = new Set<ElementId>([
  'mrn',
  'office.reference',
  'place.locode',
  'party.idValue',
  'party.postcode',
  'party.phone',
  'means.identity',
  'guarantee.reference',
  'item.hsCode',
  'container',
  'dangerous.unNumber',
])

/** Names, addresses, descriptions and notes: words, not codes. */
const FREE_TEXT: ReadonlySet<ElementId> = new Set<ElementId>([
  'placeOfDeclaration',
  'locationOfGoods',
  'remarks',
  'office.name',
  'place.name',
  'party.name',
  'party.street',
  'party.city',
  'party.contactName',
  'invoice.incotermPlace',
  'item.description',
  'item.additionalInformation',
  'package.marks',
  'dangerous.properShippingName',
])

const PARTY_FIELDS: Record<string, ElementId> = {
  name: 'party.name',
  'address/street': 'party.street',
  'address/city': 'party.city',
  'address/postcode': 'party.postcode',
  'address/country': 'party.country',
  'identification/scheme': 'party.idScheme',
  'identification/value': 'party.idValue',
  tirHolderId: 'party.tirHolderId',
  'contact/name': 'party.contactName',
  'contact/phone': 'party.phone',
  'contact/email': 'party.email',
}
const DOCUMENT_FIELDS = {
  type: 'document.type',
  reference: 'document.reference',
  date: 'document.date',
}
const MEANS_FIELDS = {
  kind: 'means.kind',
  identity: 'means.identity',
  nationality: 'means.nationality',
}

/**
 * The element id of each leaf of a declaration, by its shape: the keys of its pointer without
 * the array indexes ("consignments/items/packages/kind" → `package.kind`).
 */
const ELEMENT_OF_SHAPE: ReadonlyMap<string, ElementId> = (() => {
  const shapes = new Map<string, ElementId>()
  const add = (prefix: string, fields: Record<string, string>) => {
    for (const [field, id] of Object.entries(fields))
      shapes.set(`${prefix}${field}`, id as ElementId)
  }
  for (const id of Object.keys(ELEMENTS) as ElementId[]) if (!id.includes('.')) shapes.set(id, id)
  shapes.set('countriesOfRouting', 'routing.country')
  shapes.set('seals', 'seal')
  for (const office of ['officeOfDeparture', 'officesOfTransit', 'officeOfDestination']) {
    add(`${office}/`, {
      reference: 'office.reference',
      name: 'office.name',
      country: 'office.country',
    })
  }
  for (const place of ['placeOfLoading', 'placeOfUnloading']) {
    add(`${place}/`, { locode: 'place.locode', name: 'place.name', country: 'place.country' })
  }
  for (const party of [
    'holder',
    'representative',
    'carrier',
    'consignments/consignor',
    'consignments/consignee',
  ]) {
    add(`${party}/`, PARTY_FIELDS)
  }
  for (const key of Object.keys(ELEMENTS)) {
    const [group, field] = key.split('.')
    if (field !== undefined && ['transport', 'guarantee', 'invoice'].includes(group!)) {
      shapes.set(`${group}/${field}`, key as ElementId)
    }
  }
  add('transport/meansAtDeparture/', MEANS_FIELDS)
  add('transport/meansAtBorder/', MEANS_FIELDS)
  add('guarantee/amount/', { amount: 'guarantee.amount', currency: 'guarantee.currency' })
  add('invoice/incoterm/', { rule: 'invoice.incoterm', place: 'invoice.incotermPlace' })
  add('documents/', DOCUMENT_FIELDS)
  const item = 'consignments/items/'
  for (const key of Object.keys(ELEMENTS)) {
    if (key.startsWith('item.')) shapes.set(item + key.slice('item.'.length), key as ElementId)
  }
  add(item, {
    'supplementaryUnits/quantity': 'item.supplementaryQuantity',
    'supplementaryUnits/unit': 'item.supplementaryUnit',
    'value/amount': 'item.value',
    'value/currency': 'item.valueCurrency',
    'packages/kind': 'package.kind',
    'packages/count': 'package.count',
    'packages/marks': 'package.marks',
    containers: 'container',
    'dangerousGoods/unNumber': 'dangerous.unNumber',
    'dangerousGoods/properShippingName': 'dangerous.properShippingName',
    'dangerousGoods/class': 'dangerous.class',
    'dangerousGoods/packingGroup': 'dangerous.packingGroup',
    'dangerousGoods/tunnelCode': 'dangerous.tunnelCode',
  })
  add(`${item}documents/`, DOCUMENT_FIELDS)
  return shapes
})()

/**
 * A shape met while walking a declaration ("consignments/items/hsCode"): resolved to its element
 * once, however many items share it, and its children kept, so a walk hashes no path of its own.
 */
export class Shape {
  private readonly children = new Map<string, Shape>()
  readonly element: ElementId | undefined

  constructor(readonly name = '') {
    this.element = ELEMENT_OF_SHAPE.get(name)
  }

  child(key: string): Shape {
    let child = this.children.get(key)
    if (child === undefined) {
      child = new Shape(this.name === '' ? key : `${this.name}/${key}`)
      this.children.set(key, child)
    }
    return child
  }

  /**
   * How a leaf of this shape is compared. An element the format does not define is compared by
   * its value: a number as a number, a boolean as a code, a text as free text.
   */
  comparison(expected: string | number | boolean): Comparison {
    const id = this.element
    if (id === undefined) {
      if (typeof expected === 'number') return 'number'
      return typeof expected === 'string' ? 'text' : 'code'
    }
    if (COMPACT.has(id)) return 'compact'
    if (FREE_TEXT.has(id)) return 'text'
    return ELEMENTS[id].type === 'number' ? 'number' : 'code'
  }
}

/** Spaces and dashes of any kind (hyphen-minus, hyphens, en and em dashes, minus sign). */
const GROUPING = /[\s\u002d\u2010-\u2015\u2212]+/gu

const asCode = (value: string | number | boolean) =>
  String(value).normalize('NFC').trim().toUpperCase()

const asText = (value: string) => value.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase()

/** Whether the trainee's value (anything) is the answer's, compared as `comparison` says. */
export function sameValue(
  comparison: Comparison,
  expected: string | number | boolean,
  given: unknown,
): boolean {
  // The same value is the same by every rule (and most of a good answer is): no normalising.
  if (given === expected) return true
  if (typeof given !== 'string' && typeof given !== 'number' && typeof given !== 'boolean') {
    return false
  }
  switch (comparison) {
    case 'number':
      return typeof given === 'number' && typeof expected === 'number' && near(expected, given)
    case 'text':
      return asText(String(given)) === asText(String(expected))
    case 'compact':
      return asCode(given).replace(GROUPING, '') === asCode(expected).replace(GROUPING, '')
    case 'code':
      return asCode(given) === asCode(expected)
  }
}

/**
 * Within 0.5 % of the answer's value, or 0.01, whichever is larger. The product is compared with
 * a hair of room, so a value exactly at the limit counts as equal whatever the binary rounding.
 */
export function near(expected: number, given: number): boolean {
  if (!Number.isFinite(given)) return false
  const limit = Math.max((Math.abs(expected) * 5) / 1000, 0.01)
  return Math.abs(given - expected) <= limit * (1 + 1e-9)
}
