/**
 * Every element of the exchange file `transitdesk.declaration/1` in one table: what kind of value
 * it holds, its length, shape, range or number of entries (declaration-format.md), and where it
 * is printed — its SAD transit box and its TIR Carnet box, by which trainees are taught.
 *
 * The zod schema (schema.ts), the validator's structure checks and the editor's fields all read
 * their limits here, so each is written once. The keys are the element ids the editor and the
 * UI text catalogue use (`element.<id>.label` / `.help`); an id names a kind of element wherever
 * it occurs (`party.name` is the name of the holder, the carrier and every consignee).
 */
import {
  CARNET_VOUCHERS,
  GOODS_STATUSES,
  GUARANTEE_KINDS,
  IDENTIFICATION_SCHEMES,
  INCOTERMS_2020,
  LIMITS,
  MEANS_KINDS,
  MOVEMENT_EVENT_TYPES,
  MOVEMENT_STATUSES,
  PACKING_GROUPS,
  PROCEDURES,
  TRANSPORT_MODES,
} from './constants'
import { LRN_PATTERN } from './lrn'

export interface ElementBoxes {
  sad?: string
  tir?: string
}

/** What value an element holds. Text lengths count characters (code points). */
export type ElementValue =
  | { type: 'text'; min: number; max?: number; pattern?: RegExp }
  | { type: 'choice'; values: readonly (string | number)[] }
  | { type: 'country' | 'currency' | 'date' | 'datetime' | 'boolean' | 'object' }
  | {
      type: 'number'
      /** lowest allowed value; `above` makes it exclusive */
      min?: number
      above?: boolean
      integer?: boolean
      /** masses: kilograms to the gram */
      decimals?: number
    }
  | { type: 'list'; min: number; max: number }
  | { type: 'none' }

/**
 * `printed: false` marks what no paper prints (the movement's record): no glyph check for it.
 * `multiline: true` marks a free text of several lines (edited in a text area): line breaks and
 * tabs belong in it, while in any other text they are reported (text.control-character).
 */
export type ElementSpec = ElementBoxes & ElementValue & { printed?: false; multiline?: true }

type Boxes = ElementBoxes
const text = (min: number, max?: number, boxes: Boxes = {}, pattern?: RegExp): ElementSpec => ({
  type: 'text',
  min,
  ...(max === undefined ? {} : { max }),
  ...(pattern ? { pattern } : {}),
  ...boxes,
})
const choice = (values: readonly (string | number)[], boxes: Boxes = {}): ElementSpec => ({
  type: 'choice',
  values,
  ...boxes,
})
const list = (min: number, max: number, boxes: Boxes = {}): ElementSpec => ({
  type: 'list',
  min,
  max,
  ...boxes,
})
const of = (
  type: 'country' | 'currency' | 'date' | 'datetime' | 'boolean' | 'object',
  boxes: Boxes = {},
): ElementSpec => ({ type, ...boxes })
const mass = (min: number, above: boolean, boxes: Boxes): ElementSpec => ({
  type: 'number',
  min,
  above,
  decimals: 3,
  ...boxes,
})
/** A label of the editor that is not an element of its own (a group, a part of money). */
const group = (boxes: Boxes = {}): ElementSpec => ({ type: 'none', ...boxes })

/** The shapes the format fixes (declaration-format.md); the validator explains each one. */
export const PATTERNS = {
  /** a customs office reference: 2 letters of country, 6 letters or digits (NCTS CORefNumType) */
  officeReference: /^[A-Z]{2}[0-9A-Z]{6}$/,
  /** an EAEU member's national customs code: 2, 5 or 8 digits */
  eaeuOfficeCode: /^(?:[0-9]{2}|[0-9]{5}|[0-9]{8})$/,
  hsCode: /^(?:[0-9]{6}|[0-9]{8}|[0-9]{10})$/,
  documentType: /^N[0-9A-Z]{3}$/,
  unNumber: /^[0-9]{4}$/,
  packageKind: /^[0-9A-Z]{2}$/,
  /** UN/LOCODE without the space: 2 letters of country, 3 of A–Z and 2–9 */
  locode: /^[A-Z]{2}[A-Z2-9]{3}$/,
} as const

/** A value of either shape. */
const either = (a: RegExp, b: RegExp) =>
  new RegExp(`^(?:${a.source.slice(1, -1)}|${b.source.slice(1, -1)})$`)

export const ELEMENTS = {
  format: group(),
  lrn: text(1, LIMITS.lrn, { sad: '7' }, LRN_PATTERN),
  mrn: text(1, 35, { sad: 'A' }),
  procedure: choice(PROCEDURES, { sad: '1' }),
  goodsStatus: choice(GOODS_STATUSES),
  declarationDate: of('date', { sad: '54', tir: '14' }),
  placeOfDeclaration: text(1, 35, { sad: '54', tir: '14' }),
  limitDate: of('date', { sad: 'D', tir: '20' }),
  remarks: { ...text(0, 512, { sad: '44' }), multiline: true },
  locationOfGoods: text(1, 70, { sad: '30' }),
  countryOfDispatch: of('country', { sad: '15a', tir: '3' }),
  countryOfDestination: of('country', { sad: '17a', tir: '4' }),
  countriesOfRouting: list(LIMITS.routing.min, LIMITS.routing.max, { tir: '22' }),
  'routing.country': of('country'),
  officeOfDeparture: of('object', { sad: 'C', tir: '1' }),
  officesOfTransit: list(0, LIMITS.officesOfTransit, { sad: '51' }),
  officeOfDestination: of('object', { sad: '53', tir: '2' }),
  'office.reference': text(2, 8, {}, either(PATTERNS.officeReference, PATTERNS.eaeuOfficeCode)),
  'office.name': text(1, 70),
  'office.country': of('country'),
  placeOfLoading: of('object', { sad: '27' }),
  placeOfUnloading: of('object'),
  'place.locode': text(5, 5, {}, PATTERNS.locode),
  'place.name': text(1, 35),
  'place.country': of('country'),
  holder: of('object', { sad: '50', tir: '3' }),
  representative: of('object', { sad: '14' }),
  carrier: of('object'),
  consignor: of('object', { sad: '2' }),
  consignee: of('object', { sad: '8' }),
  'party.name': text(1, 70),
  'party.address': of('object'),
  'party.street': text(1, 70),
  'party.city': text(1, 35),
  'party.postcode': text(0, 17),
  'party.country': of('country'),
  'party.identification': of('object'),
  'party.idScheme': choice(IDENTIFICATION_SCHEMES),
  'party.idValue': text(1, 35),
  'party.tirHolderId': text(1, 18, { tir: '3' }),
  'party.contact': of('object'),
  'party.contactName': text(0, 70),
  'party.phone': text(0, 35),
  'party.email': text(0, 254),
  transport: of('object'),
  'transport.borderMode': choice(TRANSPORT_MODES, { sad: '25' }),
  'transport.inlandMode': choice(TRANSPORT_MODES, { sad: '26' }),
  'transport.meansAtDeparture': list(1, LIMITS.meansAtDeparture, { sad: '18', tir: '5' }),
  'means.kind': choice(MEANS_KINDS),
  'means.identity': text(1, 35),
  'means.nationality': of('country'),
  'transport.meansAtBorder': of('object', { sad: '21' }),
  'transport.containerised': of('boolean', { sad: '19' }),
  'transport.approvalCertificate': text(1, 35, { tir: '6' }),
  'transport.heavyOrBulky': of('boolean'),
  guarantee: of('object', { sad: '52' }),
  'guarantee.kind': choice(GUARANTEE_KINDS, { sad: '52' }),
  'guarantee.reference': text(1, 35, { sad: '52' }),
  'guarantee.validUntil': of('date', { tir: '1' }),
  'guarantee.vouchers': choice(CARNET_VOUCHERS),
  'guarantee.accessCode': text(4, 4, { sad: '52' }),
  'guarantee.amount': { type: 'number', sad: '52' },
  'guarantee.currency': of('currency', { sad: '52' }),
  seals: list(0, LIMITS.seals, { sad: 'D', tir: '16' }),
  seal: text(1, 20),
  documents: list(0, LIMITS.documents, { sad: '44', tir: '8' }),
  'document.type': text(4, 4, {}, PATTERNS.documentType),
  'document.reference': text(1, 70),
  'document.date': of('date'),
  invoice: of('object'),
  'invoice.number': text(1, 35),
  'invoice.date': of('date'),
  'invoice.currency': of('currency', { sad: '22' }),
  'invoice.total': { type: 'number', min: 0, sad: '22' },
  'invoice.incoterm': choice(INCOTERMS_2020, { sad: '20' }),
  'invoice.incotermPlace': text(1, 35, { sad: '20' }),
  'invoice.exchangeRate': { type: 'number', min: 0, above: true, sad: '23' },
  consignments: list(1, LIMITS.consignments),
  // 999 in all, counted across consignments (the validator's items.too-many)
  'consignment.items': list(1, Infinity, { sad: '5' }),
  'item.sequence': { type: 'number', min: 1, integer: true, sad: '32' },
  'item.description': { ...text(1, 512, { sad: '31', tir: '10' }), multiline: true },
  'item.hsCode': text(6, 10, { sad: '33' }, PATTERNS.hsCode),
  'item.countryOfOrigin': of('country', { sad: '34' }),
  'item.grossMass': mass(0, true, { sad: '35', tir: '11' }),
  'item.netMass': mass(0, false, { sad: '38' }),
  'item.supplementaryUnits': of('object', { sad: '41' }),
  'item.supplementaryQuantity': { type: 'number', min: 0, above: true, sad: '41' },
  'item.supplementaryUnit': text(1, 3, { sad: '41' }),
  'item.packages': list(1, LIMITS.packages, { sad: '31', tir: '9' }),
  'package.kind': text(2, 2, { sad: '31', tir: '9' }, PATTERNS.packageKind),
  'package.count': { type: 'number', integer: true, sad: '31', tir: '9' },
  'package.marks': text(1, 512, { sad: '31', tir: '9' }),
  'item.containers': list(0, LIMITS.containers, { sad: '31', tir: '7' }),
  /** one container number (ISO 6346; the validator checks its shape and check digit) */
  container: text(11, 11, { sad: '31', tir: '7' }),
  'item.value': { type: 'number', sad: '42' },
  'item.valueCurrency': of('currency', { sad: '42' }),
  'item.dangerousGoods': list(0, LIMITS.dangerousGoods, { sad: '44' }),
  'dangerous.unNumber': text(4, 4, { sad: '44' }, PATTERNS.unNumber),
  'dangerous.properShippingName': text(1, 512, { sad: '44' }),
  'dangerous.class': text(1, 35, { sad: '44' }),
  'dangerous.packingGroup': choice(PACKING_GROUPS, { sad: '44' }),
  'dangerous.tunnelCode': text(1, 10, { sad: '44' }),
  'item.documents': list(0, LIMITS.documents, { sad: '44' }),
  'item.additionalInformation': { ...text(0, 512, { sad: '44' }), multiline: true },
  movement: of('object'),
  'movement.status': choice(MOVEMENT_STATUSES),
  'movement.events': list(0, Infinity),
  'event.type': choice(MOVEMENT_EVENT_TYPES),
  'event.at': of('datetime'),
  'event.reference': { ...text(1, 70), printed: false },
  'event.detail': { ...text(1, 512), printed: false, multiline: true },
  'event.message': { ...text(1, 35), printed: false },
  'event.by': { ...text(1, 70), printed: false },
} satisfies Record<string, ElementSpec>

export type ElementId = keyof typeof ELEMENTS

const TABLE: Readonly<Record<string, ElementSpec>> = ELEMENTS

/** The element's spec (an id of the table). */
export function element(id: ElementId): ElementSpec {
  return TABLE[id]!
}

const CODE_LENGTHS: Partial<Record<ElementSpec['type'], number>> = {
  country: 2,
  currency: 3,
  date: 10,
}

/** The most characters an element's input takes, for the editor; undefined when unlimited. */
export function maxLengthOf(id: ElementId): number | undefined {
  const spec = TABLE[id]!
  if (spec.type === 'text') return spec.max
  if (spec.type === 'choice') return Math.max(...spec.values.map((v) => String(v).length))
  return CODE_LENGTHS[spec.type]
}

/** "SAD 35 · TIR 11" style caption; empty when the element has no box. */
export function boxCaption(id: ElementId): string {
  const boxes: ElementBoxes = TABLE[id]!
  return [boxes.sad && `SAD ${boxes.sad}`, boxes.tir && `TIR ${boxes.tir}`]
    .filter(Boolean)
    .join(' · ')
}

/** The most entries a list element holds (Infinity when the format sets no limit). */
export function listMax(id: ElementId): number {
  const spec = TABLE[id]!
  return spec.type === 'list' ? spec.max : Infinity
}

/** The boxes of an element id, if the string is one. */
export function boxesOf(id: string): ElementBoxes | undefined {
  return Object.hasOwn(TABLE, id) ? TABLE[id] : undefined
}
