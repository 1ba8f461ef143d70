/**
 * Zod schemas of the exchange file `transitdesk.declaration/1`, element for element as
 * declaration-format.md defines them. Objects are "loose": unknown elements survive parsing
 * so that import → export never drops data a newer tool wrote.
 *
 * These schemas describe a complete, well-typed file. Drafts in the workspace may be
 * incomplete; the validator (not the importer) reports what is missing.
 */
import { z } from 'zod'
import {
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

const optional = <T extends z.ZodType>(schema: T) => schema.nullish()
const text = (min: number, max: number) => z.string().min(min).max(max)

export const CountrySchema = z.string().regex(/^[A-Z]{2}$/)
export const DateSchema = z.iso.date()
export const MoneySchema = z.looseObject({
  amount: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/),
})

export const OfficeSchema = z.looseObject({
  // COL-style reference, or an EAEU member's national customs code of 2, 5 or 8 digits
  reference: z.string().regex(/^(?:[A-Z]{2}[0-9A-Z]{6}|[0-9]{2}|[0-9]{5}|[0-9]{8})$/),
  name: text(1, 70),
  country: CountrySchema,
})

export const AddressSchema = z.looseObject({
  street: text(1, 70),
  city: text(1, 35),
  postcode: optional(z.string().max(17)),
  country: CountrySchema,
})

export const PartySchema = z.looseObject({
  name: text(1, 70),
  address: optional(AddressSchema),
  identification: optional(
    z.looseObject({ scheme: z.enum(IDENTIFICATION_SCHEMES), value: text(1, 35) }),
  ),
  tirHolderId: optional(z.string()),
  contact: optional(
    z.looseObject({
      name: optional(z.string()),
      phone: optional(z.string()),
      email: optional(z.string()),
    }),
  ),
})

export const TransportModeSchema = z.enum(TRANSPORT_MODES)

export const TransportSchema = z.looseObject({
  borderMode: TransportModeSchema,
  inlandMode: optional(TransportModeSchema),
  meansAtDeparture: z
    .array(
      z.looseObject({
        kind: z.enum(MEANS_KINDS),
        identity: text(1, 35),
        nationality: CountrySchema,
      }),
    )
    .min(1)
    .max(9),
  meansAtBorder: optional(z.looseObject({ identity: text(1, 35), nationality: CountrySchema })),
  containerised: z.boolean(),
  approvalCertificate: optional(text(1, 35)),
  heavyOrBulky: optional(z.boolean()),
})

export const GuaranteeSchema = z.looseObject({
  kind: z.enum(GUARANTEE_KINDS),
  reference: optional(z.string()),
  validUntil: optional(DateSchema),
  vouchers: optional(z.union([z.literal(4), z.literal(6), z.literal(14), z.literal(20)])),
  accessCode: optional(z.string().length(4)),
  amount: optional(MoneySchema),
})

export const PlaceSchema = z.looseObject({
  locode: optional(z.string().length(5)),
  name: text(1, 35),
  country: CountrySchema,
})

export const InvoiceSchema = z.looseObject({
  number: text(1, 35),
  date: DateSchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  incoterm: z.looseObject({ rule: z.enum(INCOTERMS_2020), place: text(1, 35) }),
  total: z.number().min(0),
  exchangeRate: optional(z.number().positive()),
})

export const DocumentSchema = z.looseObject({
  type: z.string().regex(/^N[0-9A-Z]{3}$/),
  reference: text(1, 70),
  date: optional(DateSchema),
})

export const PackageSchema = z.looseObject({
  kind: z.string().regex(/^[0-9A-Z]{2}$/),
  count: optional(z.number().int()),
  marks: optional(text(1, 512)),
})

/** ADR 5.4.1.1.1 particulars of one dangerous substance. */
export const DangerousGoodsSchema = z.looseObject({
  unNumber: z.string().regex(/^[0-9]{4}$/),
  properShippingName: optional(text(1, 512)),
  class: optional(text(1, 35)),
  packingGroup: optional(z.enum(PACKING_GROUPS)),
  tunnelCode: optional(text(1, 10)),
})

export const ItemSchema = z.looseObject({
  sequence: z.number().int().min(1),
  description: text(1, 512),
  hsCode: z.string().regex(/^([0-9]{6}|[0-9]{8}|[0-9]{10})$/),
  countryOfOrigin: optional(CountrySchema),
  grossMass: z.number().positive(),
  netMass: optional(z.number().min(0)),
  supplementaryUnits: optional(
    z.looseObject({ quantity: z.number().positive(), unit: z.string().min(1).max(3) }),
  ),
  packages: z.array(PackageSchema).min(1).max(99),
  containers: z.array(z.string()).max(99),
  value: optional(MoneySchema),
  dangerousGoods: z.array(DangerousGoodsSchema).max(99),
  documents: z.array(DocumentSchema).max(99),
  additionalInformation: optional(z.string().max(512)),
})

export const ConsignmentSchema = z.looseObject({
  consignor: PartySchema,
  consignee: PartySchema,
  items: z.array(ItemSchema).min(1).max(999),
})

export const MovementEventSchema = z.looseObject({
  type: z.enum(MOVEMENT_EVENT_TYPES),
  at: z.iso.datetime({ offset: true }),
  reference: optional(text(1, 70)),
  detail: optional(text(1, 512)),
  message: optional(text(1, 35)),
  by: optional(text(1, 70)),
})

export const MovementSchema = z.looseObject({
  status: z.enum(MOVEMENT_STATUSES),
  events: z.array(MovementEventSchema),
})

export const DeclarationFileSchema = z.looseObject({
  format: z.literal(DECLARATION_FORMAT),
  lrn: z
    .string()
    .min(1)
    .max(22)
    .regex(/^[A-Za-z0-9/._-]+$/),
  mrn: optional(text(1, 35)),
  procedure: z.enum(PROCEDURES),
  goodsStatus: optional(z.enum(GOODS_STATUSES)),
  declarationDate: DateSchema,
  placeOfDeclaration: text(1, 35),
  limitDate: optional(DateSchema),
  countryOfDispatch: CountrySchema,
  countryOfDestination: CountrySchema,
  countriesOfRouting: z.array(CountrySchema).min(1).max(99),
  officeOfDeparture: OfficeSchema,
  officesOfTransit: z.array(OfficeSchema).max(9),
  officeOfDestination: OfficeSchema,
  holder: PartySchema,
  representative: optional(PartySchema),
  carrier: optional(PartySchema),
  transport: TransportSchema,
  guarantee: GuaranteeSchema,
  seals: z.array(text(1, 20)).max(99),
  placeOfLoading: optional(PlaceSchema),
  placeOfUnloading: optional(PlaceSchema),
  locationOfGoods: optional(text(1, 70)),
  invoice: optional(InvoiceSchema),
  documents: z.array(DocumentSchema).max(99),
  consignments: z.array(ConsignmentSchema).min(1).max(99),
  remarks: optional(z.string().max(512)),
  movement: optional(MovementSchema),
})

export type DeclarationFile = z.infer<typeof DeclarationFileSchema>
export type Party = z.infer<typeof PartySchema>
export type Item = z.infer<typeof ItemSchema>
export type Consignment = z.infer<typeof ConsignmentSchema>
