/**
 * The one read-only view of a declaration: every element present, strings for text (empty when
 * absent), numbers only when they are finite numbers, arrays never missing. The papers, the
 * list's summary row and the address book and goods catalogue all read a declaration through it.
 *
 * A declaration in the workspace is often a draft that may miss anything or hold the wrong type
 * (the validator says what); reading through this view means no paper ever prints "undefined",
 * "null" or "NaN", and no summary counts a package twice because its count was text.
 */
import type { DeclarationFile } from '../format/schema'
import { isJsonObject, type JsonObject } from '../json'

export interface AddressView {
  street: string
  city: string
  postcode: string
  country: string
}

export interface PartyView {
  name: string
  address: AddressView | undefined
  idScheme: string
  idValue: string
  tirHolderId: string
  contactName: string
  contactPhone: string
  contactEmail: string
}

export interface OfficeView {
  reference: string
  name: string
  country: string
}

export interface PlaceView {
  locode: string
  name: string
  country: string
}

export interface MoneyView {
  amount: number | undefined
  currency: string
}

export interface DocumentView {
  type: string
  reference: string
  date: string
}

export interface PackageView {
  kind: string
  count: number | undefined
  marks: string
}

/** ADR 5.4.1.1.1 particulars of one dangerous substance. */
export interface DangerousGoodsView {
  unNumber: string
  properShippingName: string
  class: string
  packingGroup: string
  tunnelCode: string
}

export interface ItemView {
  sequence: string
  description: string
  hsCode: string
  countryOfOrigin: string
  grossMass: number | undefined
  netMass: number | undefined
  supplementaryUnits: { quantity: number | undefined; unit: string } | undefined
  packages: PackageView[]
  containers: string[]
  value: MoneyView | undefined
  dangerousGoods: DangerousGoodsView[]
  documents: DocumentView[]
  additionalInformation: string
}

export interface ConsignmentView {
  consignor: PartyView | undefined
  consignee: PartyView | undefined
  items: ItemView[]
}

export interface MeansView {
  kind: string
  identity: string
  nationality: string
}

export interface MovementView {
  status: string
  events: {
    type: string
    at: string
    reference: string
    detail: string
    message: string
    by: string
  }[]
}

export interface DeclarationView {
  lrn: string
  mrn: string
  procedure: string
  /** "foreign" unless the file says "union" (EAEU) */
  goodsStatus: string
  declarationDate: string
  placeOfDeclaration: string
  limitDate: string
  countryOfDispatch: string
  countryOfDestination: string
  countriesOfRouting: string[]
  officeOfDeparture: OfficeView | undefined
  officesOfTransit: OfficeView[]
  officeOfDestination: OfficeView | undefined
  holder: PartyView | undefined
  representative: PartyView | undefined
  carrier: PartyView | undefined
  transport: {
    borderMode: string
    inlandMode: string
    meansAtDeparture: MeansView[]
    meansAtBorder: MeansView | undefined
    containerised: boolean | undefined
    approvalCertificate: string
    heavyOrBulky: boolean
  }
  guarantee: {
    kind: string
    reference: string
    validUntil: string
    vouchers: number | undefined
    accessCode: string
    amount: MoneyView | undefined
  }
  seals: string[]
  placeOfLoading: PlaceView | undefined
  placeOfUnloading: PlaceView | undefined
  locationOfGoods: string
  invoice:
    | {
        number: string
        date: string
        currency: string
        incotermRule: string
        incotermPlace: string
        total: number | undefined
        exchangeRate: number | undefined
      }
    | undefined
  documents: DocumentView[]
  consignments: ConsignmentView[]
  /** every item of every consignment, in file order */
  items: ItemView[]
  remarks: string
  /** where it stands with customs; a file without `movement` is a draft */
  movement: MovementView
}

type Source = Record<string, unknown>

function obj(value: unknown): Source | undefined {
  return isJsonObject(value) ? value : undefined
}

/** Text of a string element; numbers are written as digits; anything else is empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.filter((v) => v !== null && v !== undefined) : []
}

function objects(value: unknown): Source[] {
  return list(value)
    .map(obj)
    .filter((o): o is Source => o !== undefined)
}

function texts(value: unknown): string[] {
  return list(value)
    .map(text)
    .filter((t) => t !== '')
}

function party(value: unknown): PartyView | undefined {
  const p = obj(value)
  if (!p) return undefined
  const address = obj(p.address)
  const identification = obj(p.identification)
  const contact = obj(p.contact)
  return {
    name: text(p.name),
    address: address && {
      street: text(address.street),
      city: text(address.city),
      postcode: text(address.postcode),
      country: text(address.country),
    },
    idScheme: text(identification?.scheme),
    idValue: text(identification?.value),
    tirHolderId: text(p.tirHolderId),
    contactName: text(contact?.name),
    contactPhone: text(contact?.phone),
    contactEmail: text(contact?.email),
  }
}

function office(value: unknown): OfficeView | undefined {
  const o = obj(value)
  return o && { reference: text(o.reference), name: text(o.name), country: text(o.country) }
}

function place(value: unknown): PlaceView | undefined {
  const p = obj(value)
  return p && { locode: text(p.locode), name: text(p.name), country: text(p.country) }
}

function money(value: unknown): MoneyView | undefined {
  const m = obj(value)
  return m && { amount: num(m.amount), currency: text(m.currency) }
}

function documents(value: unknown): DocumentView[] {
  return list(value)
    .map(obj)
    .filter((d): d is Source => d !== undefined)
    .map((d) => ({ type: text(d.type), reference: text(d.reference), date: text(d.date) }))
}

function means(value: unknown): MeansView | undefined {
  const m = obj(value)
  return m && { kind: text(m.kind), identity: text(m.identity), nationality: text(m.nationality) }
}

/** One goods item of a declaration, read as the view reads it. */
export function itemView(item: unknown): ItemView {
  const value = obj(item) ?? {}
  const units = obj(value.supplementaryUnits)
  return {
    sequence: text(value.sequence),
    description: text(value.description),
    hsCode: text(value.hsCode),
    countryOfOrigin: text(value.countryOfOrigin),
    grossMass: num(value.grossMass),
    netMass: num(value.netMass),
    supplementaryUnits: units && { quantity: num(units.quantity), unit: text(units.unit) },
    packages: list(value.packages)
      .map(obj)
      .filter((p): p is Source => p !== undefined)
      .map((p) => ({ kind: text(p.kind), count: num(p.count), marks: text(p.marks) })),
    containers: texts(value.containers),
    value: money(value.value),
    dangerousGoods: objects(value.dangerousGoods)
      .map((d) => ({
        unNumber: text(d.unNumber),
        properShippingName: text(d.properShippingName),
        class: text(d.class),
        packingGroup: text(d.packingGroup),
        tunnelCode: text(d.tunnelCode),
      }))
      .filter((d) => d.unNumber !== ''),
    documents: documents(value.documents),
    additionalInformation: text(value.additionalInformation),
  }
}

export type TransportView = DeclarationView['transport']

/** The transport of a declaration, read as the view reads it. */
export function transportView(value: unknown): TransportView {
  const transport = obj(value) ?? {}
  return {
    borderMode: text(transport.borderMode),
    inlandMode: text(transport.inlandMode),
    meansAtDeparture: list(transport.meansAtDeparture)
      .map(means)
      .filter((m): m is MeansView => m !== undefined),
    meansAtBorder: means(transport.meansAtBorder),
    containerised:
      typeof transport.containerised === 'boolean' ? transport.containerised : undefined,
    approvalCertificate: text(transport.approvalCertificate),
    heavyOrBulky: transport.heavyOrBulky === true,
  }
}

/** How many goods items a declaration holds (every object among its consignments' items). */
export function itemCount(declaration: unknown): number {
  let count = 0
  for (const c of objects(obj(declaration)?.consignments)) count += objects(c.items).length
  return count
}

/** Read a declaration (a parsed file, valid or a draft) into the view of it. */
export function declarationView(declaration: DeclarationFile | JsonObject): DeclarationView {
  const d: Source = obj(declaration) ?? {}
  const guarantee = obj(d.guarantee) ?? {}
  const invoice = obj(d.invoice)
  const incoterm = obj(invoice?.incoterm)
  const consignments: ConsignmentView[] = list(d.consignments)
    .map(obj)
    .filter((c): c is Source => c !== undefined)
    .map((c) => ({
      consignor: party(c.consignor),
      consignee: party(c.consignee),
      items: list(c.items)
        .map(obj)
        .filter((i): i is Source => i !== undefined)
        .map(itemView),
    }))
  return {
    lrn: text(d.lrn),
    mrn: text(d.mrn),
    procedure: text(d.procedure),
    goodsStatus: d.goodsStatus === 'union' ? 'union' : 'foreign',
    declarationDate: text(d.declarationDate),
    placeOfDeclaration: text(d.placeOfDeclaration),
    limitDate: text(d.limitDate),
    countryOfDispatch: text(d.countryOfDispatch),
    countryOfDestination: text(d.countryOfDestination),
    countriesOfRouting: texts(d.countriesOfRouting),
    officeOfDeparture: office(d.officeOfDeparture),
    officesOfTransit: list(d.officesOfTransit)
      .map(office)
      .filter((o): o is OfficeView => o !== undefined),
    officeOfDestination: office(d.officeOfDestination),
    holder: party(d.holder),
    representative: party(d.representative),
    carrier: party(d.carrier),
    transport: transportView(d.transport),
    guarantee: {
      kind: text(guarantee.kind),
      reference: text(guarantee.reference),
      validUntil: text(guarantee.validUntil),
      vouchers: num(guarantee.vouchers),
      accessCode: text(guarantee.accessCode),
      amount: money(guarantee.amount),
    },
    seals: texts(d.seals),
    placeOfLoading: place(d.placeOfLoading),
    placeOfUnloading: place(d.placeOfUnloading),
    locationOfGoods: text(d.locationOfGoods),
    invoice: invoice && {
      number: text(invoice.number),
      date: text(invoice.date),
      currency: text(invoice.currency),
      incotermRule: text(incoterm?.rule),
      incotermPlace: text(incoterm?.place),
      total: num(invoice.total),
      exchangeRate: num(invoice.exchangeRate),
    },
    documents: documents(d.documents),
    consignments,
    items: consignments.flatMap((c) => c.items),
    remarks: text(d.remarks),
    movement: movementView(d.movement),
  }
}

/** Where a declaration stands with customs, read as the view reads it. */
export function movementView(value: unknown): MovementView {
  const movement = obj(value)
  if (!movement) return { status: 'draft', events: [] }
  return {
    status: text(movement.status) || 'draft',
    events: objects(movement.events).map((e) => ({
      type: text(e.type),
      at: text(e.at),
      reference: text(e.reference),
      detail: text(e.detail),
      message: text(e.message),
      by: text(e.by),
    })),
  }
}
