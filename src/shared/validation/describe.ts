/**
 * How findings name the element they point at: a plain-language phrase for a JSON Pointer
 * ("the net mass of goods item 2") and the SAD / TIR box the element is printed in.
 * Only called when a finding is made, so it may take its time.
 */
import { ELEMENT_BOXES, type ElementBoxes } from '../format/elements'
import { fromPointer } from '../json'

/** Labels by "parent.key" (parent = the previous named segment) first, then by key. */
const LABELS: Record<string, string> = {
  format: 'the format',
  lrn: 'the LRN',
  mrn: 'the MRN',
  procedure: 'the procedure',
  declarationDate: 'the declaration date',
  placeOfDeclaration: 'the place of declaration',
  limitDate: 'the time limit',
  countryOfDispatch: 'the country of dispatch',
  countryOfDestination: 'the country of destination',
  countriesOfRouting: 'the itinerary (countries of routing)',
  officeOfDeparture: 'the office of departure',
  officesOfTransit: 'the offices of transit',
  officeOfDestination: 'the office of destination',
  holder: 'the holder',
  representative: 'the representative',
  carrier: 'the carrier',
  consignor: 'the consignor',
  consignee: 'the consignee',
  transport: 'the transport details',
  guarantee: 'the guarantee',
  seals: 'the seals',
  placeOfLoading: 'the place of loading',
  placeOfUnloading: 'the place of unloading',
  locationOfGoods: 'the location of goods',
  invoice: 'the invoice',
  documents: 'the documents',
  consignments: 'the consignments',
  remarks: 'the remarks',
  reference: 'the reference',
  name: 'the name',
  country: 'the country',
  address: 'the address',
  'address.street': 'the street',
  'address.city': 'the city',
  'address.postcode': 'the postcode',
  'address.country': 'the country of the address',
  identification: 'the identification',
  'identification.scheme': 'the identification scheme',
  'identification.value': 'the identification number',
  tirHolderId: 'the TIR holder id',
  contact: 'the contact details',
  'contact.name': 'the contact name',
  'contact.phone': 'the phone number',
  'contact.email': 'the e-mail address',
  'transport.borderMode': 'the mode of transport at the border',
  'transport.inlandMode': 'the inland mode of transport',
  'transport.meansAtDeparture': 'the means of transport at departure',
  'transport.meansAtBorder': 'the means of transport at the border',
  'transport.containerised': 'the "containerised" indicator',
  'transport.approvalCertificate': 'the certificate of approval of the vehicle',
  'meansAtDeparture.kind': 'the kind of vehicle',
  identity: 'the identity',
  nationality: 'the nationality',
  'guarantee.kind': 'the guarantee type',
  'guarantee.reference': 'the guarantee reference',
  'guarantee.validUntil': 'the TIR Carnet validity date',
  'guarantee.vouchers': 'the number of TIR Carnet vouchers',
  'guarantee.accessCode': 'the guarantee access code',
  'guarantee.amount': 'the guarantee amount',
  'amount.amount': 'the guarantee amount',
  'amount.currency': 'the guarantee currency',
  locode: 'the UN/LOCODE',
  'invoice.number': 'the invoice number',
  'invoice.date': 'the invoice date',
  'invoice.currency': 'the invoice currency',
  'invoice.incoterm': 'the delivery terms (Incoterms)',
  'incoterm.rule': 'the Incoterms rule',
  'incoterm.place': 'the Incoterms place',
  'invoice.total': 'the invoice total',
  'invoice.exchangeRate': 'the exchange rate',
  'documents.type': 'the document code',
  'documents.reference': 'the document reference',
  'documents.date': 'the document date',
  items: 'the goods items',
  'items.sequence': 'the item number',
  'items.description': 'the description of goods',
  'items.hsCode': 'the commodity code',
  'items.countryOfOrigin': 'the country of origin',
  'items.grossMass': 'the gross mass',
  'items.netMass': 'the net mass',
  'items.supplementaryUnits': 'the supplementary units',
  'supplementaryUnits.quantity': 'the supplementary quantity',
  'supplementaryUnits.unit': 'the supplementary unit',
  'items.packages': 'the packages',
  'items.containers': 'the containers',
  'items.value': 'the value',
  'value.amount': 'the value',
  'value.currency': 'the currency of the value',
  'items.dangerousGoods': 'the dangerous goods',
  'items.documents': 'the documents',
  'items.additionalInformation': 'the additional information',
  'packages.kind': 'the kind of packages',
  'packages.count': 'the number of packages',
  'packages.marks': 'the marks and numbers',
  'dangerousGoods.unNumber': 'the UN number',
}

/** Nouns for one entry of a list, followed by its number. */
const ENTRY: Record<string, string> = {
  countriesOfRouting: 'routing country',
  officesOfTransit: 'office of transit',
  seals: 'seal',
  documents: 'document',
  consignments: 'consignment',
  items: 'goods item',
  packages: 'package line',
  containers: 'container',
  dangerousGoods: 'dangerous-goods line',
  meansAtDeparture: 'means of transport',
}

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
])

/**
 * "the net mass of goods item 2" for /consignments/0/items/1/netMass.
 * @param itemNumber the running number of item `item` of consignment `consignment`
 */
export function describePointer(
  pointer: string,
  itemNumber: (consignment: number, item: number) => number = (_c, i) => i + 1,
): string {
  const parts = fromPointer(pointer)
  if (parts.length === 0) return 'the declaration'
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
      const number =
        part === 'items' && typeof parts[i - 2] === 'number'
          ? itemNumber(parts[i - 2] as number, next)
          : next + 1
      nouns.push(`${ENTRY[part] ?? `entry of ${part}`} ${number}`)
    } else if (!(FOLDED.has(part) && next !== undefined)) {
      nouns.push(LABELS[`${parent}.${part}`] ?? LABELS[part] ?? `the "${part}" element`)
    }
    parent = part
  }
  return nouns.reverse().join(' of ')
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const BOXES: Record<string, ElementBoxes> = ELEMENT_BOXES

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
    const boxes = Object.hasOwn(BOXES, id) ? BOXES[id] : undefined
    if (boxes?.sad) return boxes.sad
    if (boxes?.tir) return `TIR ${boxes.tir}`
  }
  return undefined
}
