/**
 * Zod schemas of the exchange file `transitdesk.declaration/1`, element for element as
 * declaration-format.md defines them, with the lengths, shapes, ranges and counts of the one
 * element table (elements.ts). Objects are "loose": unknown elements survive parsing so that
 * import → export never drops data a newer tool wrote.
 *
 * These schemas describe a complete, well-typed file. Drafts in the workspace may be
 * incomplete; the validator (not the importer) reports what is missing.
 */
import { z } from 'zod'
import {
  CARNET_VOUCHERS,
  DECLARATION_FORMAT,
  GOODS_STATUSES,
  GUARANTEE_KINDS,
  IDENTIFICATION_SCHEMES,
  INCOTERMS_2020,
  MEANS_KINDS,
  MOVEMENT_EVENT_TYPES,
  MOVEMENT_STATUSES,
  PACKING_GROUPS,
  PROCEDURES,
  TRANSPORT_MODES,
} from './constants'
import { isCalendarDate, isDateTime } from '../dates'
import { element, type ElementId } from './elements'

const optional = <T extends z.ZodType>(schema: T) => schema.nullish()

function textOf(id: ElementId): z.ZodString {
  const spec = element(id)
  if (spec.type !== 'text') throw new Error(`${id} is not a text element`)
  let schema = z.string().min(spec.min)
  if (spec.max !== undefined) schema = schema.max(spec.max)
  return spec.pattern ? schema.regex(spec.pattern) : schema
}

function numberOf(id: ElementId): z.ZodNumber {
  const spec = element(id)
  if (spec.type !== 'number') throw new Error(`${id} is not a number element`)
  let schema = z.number()
  if (spec.min !== undefined) schema = spec.above ? schema.gt(spec.min) : schema.min(spec.min)
  return spec.integer ? schema.int() : schema
}

function listOf<T extends z.ZodType>(id: ElementId, entry: T) {
  const spec = element(id)
  if (spec.type !== 'list') throw new Error(`${id} is not a list element`)
  const schema = z.array(entry).min(spec.min)
  return Number.isFinite(spec.max) ? schema.max(spec.max) : schema
}

export const CountrySchema = z.string().regex(/^[A-Z]{2}$/)
const CurrencySchema = z.string().regex(/^[A-Z]{3}$/)
export const DateSchema = z.string().refine(isCalendarDate)
export const MoneySchema = z.looseObject({ amount: z.number(), currency: CurrencySchema })

export const OfficeSchema = z.looseObject({
  reference: textOf('office.reference'),
  name: textOf('office.name'),
  country: CountrySchema,
})

export const AddressSchema = z.looseObject({
  street: textOf('party.street'),
  city: textOf('party.city'),
  postcode: optional(textOf('party.postcode')),
  country: CountrySchema,
})

export const PartySchema = z.looseObject({
  name: textOf('party.name'),
  address: optional(AddressSchema),
  identification: optional(
    z.looseObject({
      scheme: z.enum(IDENTIFICATION_SCHEMES),
      value: textOf('party.idValue'),
    }),
  ),
  tirHolderId: optional(textOf('party.tirHolderId')),
  contact: optional(
    z.looseObject({
      name: optional(textOf('party.contactName')),
      phone: optional(textOf('party.phone')),
      email: optional(textOf('party.email')),
    }),
  ),
})

export const TransportModeSchema = z.enum(TRANSPORT_MODES)

export const TransportSchema = z.looseObject({
  borderMode: TransportModeSchema,
  inlandMode: optional(TransportModeSchema),
  meansAtDeparture: listOf(
    'transport.meansAtDeparture',
    z.looseObject({
      kind: z.enum(MEANS_KINDS),
      identity: textOf('means.identity'),
      nationality: CountrySchema,
    }),
  ),
  meansAtBorder: optional(
    z.looseObject({ identity: textOf('means.identity'), nationality: CountrySchema }),
  ),
  containerised: z.boolean(),
  approvalCertificate: optional(textOf('transport.approvalCertificate')),
  heavyOrBulky: optional(z.boolean()),
})

export const GuaranteeSchema = z.looseObject({
  kind: z.enum(GUARANTEE_KINDS),
  reference: optional(textOf('guarantee.reference')),
  validUntil: optional(DateSchema),
  vouchers: optional(z.union(CARNET_VOUCHERS.map((n) => z.literal(n)))),
  accessCode: optional(textOf('guarantee.accessCode')),
  amount: optional(MoneySchema),
})

export const PlaceSchema = z.looseObject({
  locode: optional(textOf('place.locode')),
  name: textOf('place.name'),
  country: CountrySchema,
})

export const InvoiceSchema = z.looseObject({
  number: textOf('invoice.number'),
  date: DateSchema,
  currency: CurrencySchema,
  incoterm: z.looseObject({
    rule: z.enum(INCOTERMS_2020),
    place: textOf('invoice.incotermPlace'),
  }),
  total: numberOf('invoice.total'),
  exchangeRate: optional(numberOf('invoice.exchangeRate')),
})

export const DocumentSchema = z.looseObject({
  type: textOf('document.type'),
  reference: textOf('document.reference'),
  date: optional(DateSchema),
})

export const PackageSchema = z.looseObject({
  kind: textOf('package.kind'),
  count: optional(numberOf('package.count')),
  marks: optional(textOf('package.marks')),
})

/** ADR 5.4.1.1.1 particulars of one dangerous substance. */
export const DangerousGoodsSchema = z.looseObject({
  unNumber: textOf('dangerous.unNumber'),
  properShippingName: optional(textOf('dangerous.properShippingName')),
  class: optional(textOf('dangerous.class')),
  packingGroup: optional(z.enum(PACKING_GROUPS)),
  tunnelCode: optional(textOf('dangerous.tunnelCode')),
})

export const ItemSchema = z.looseObject({
  sequence: numberOf('item.sequence'),
  description: textOf('item.description'),
  hsCode: textOf('item.hsCode'),
  countryOfOrigin: optional(CountrySchema),
  grossMass: numberOf('item.grossMass'),
  netMass: optional(numberOf('item.netMass')),
  supplementaryUnits: optional(
    z.looseObject({
      quantity: numberOf('item.supplementaryQuantity'),
      unit: textOf('item.supplementaryUnit'),
    }),
  ),
  packages: listOf('item.packages', PackageSchema),
  containers: listOf('item.containers', z.string()),
  value: optional(MoneySchema),
  dangerousGoods: listOf('item.dangerousGoods', DangerousGoodsSchema),
  documents: listOf('item.documents', DocumentSchema),
  additionalInformation: optional(textOf('item.additionalInformation')),
})

export const ConsignmentSchema = z.looseObject({
  consignor: PartySchema,
  consignee: PartySchema,
  items: listOf('consignment.items', ItemSchema),
})

export const MovementEventSchema = z.looseObject({
  type: z.enum(MOVEMENT_EVENT_TYPES),
  at: z.string().refine(isDateTime),
  reference: optional(textOf('event.reference')),
  detail: optional(textOf('event.detail')),
  message: optional(textOf('event.message')),
  by: optional(textOf('event.by')),
})

export const MovementSchema = z.looseObject({
  status: z.enum(MOVEMENT_STATUSES),
  events: listOf('movement.events', MovementEventSchema),
})

export const DeclarationFileSchema = z.looseObject({
  format: z.literal(DECLARATION_FORMAT),
  lrn: textOf('lrn'),
  mrn: optional(textOf('mrn')),
  procedure: z.enum(PROCEDURES),
  goodsStatus: optional(z.enum(GOODS_STATUSES)),
  declarationDate: DateSchema,
  placeOfDeclaration: textOf('placeOfDeclaration'),
  limitDate: optional(DateSchema),
  countryOfDispatch: CountrySchema,
  countryOfDestination: CountrySchema,
  countriesOfRouting: listOf('countriesOfRouting', CountrySchema),
  officeOfDeparture: OfficeSchema,
  officesOfTransit: listOf('officesOfTransit', OfficeSchema),
  officeOfDestination: OfficeSchema,
  holder: PartySchema,
  representative: optional(PartySchema),
  carrier: optional(PartySchema),
  transport: TransportSchema,
  guarantee: GuaranteeSchema,
  seals: listOf('seals', textOf('seal')),
  placeOfLoading: optional(PlaceSchema),
  placeOfUnloading: optional(PlaceSchema),
  locationOfGoods: optional(textOf('locationOfGoods')),
  invoice: optional(InvoiceSchema),
  documents: listOf('documents', DocumentSchema),
  consignments: listOf('consignments', ConsignmentSchema),
  remarks: optional(textOf('remarks')),
  movement: optional(MovementSchema),
})

export type DeclarationFile = z.infer<typeof DeclarationFileSchema>
export type Party = z.infer<typeof PartySchema>
export type Item = z.infer<typeof ItemSchema>
export type Consignment = z.infer<typeof ConsignmentSchema>
