/**
 * Where each element of the format is printed: its SAD transit box and its TIR Carnet box.
 * Trainees are taught by these numbers, so every editor label shows them. The keys are the
 * element ids the editor and the UI text catalogue use (`element.<id>.label` / `.help`).
 */
export interface ElementBoxes {
  sad?: string
  tir?: string
}

export const ELEMENT_BOXES = {
  lrn: { sad: '7' },
  mrn: { sad: 'A' },
  procedure: { sad: '1' },
  declarationDate: { sad: '54', tir: '14' },
  placeOfDeclaration: { sad: '54', tir: '14' },
  limitDate: { sad: 'D', tir: '20' },
  remarks: { sad: '44' },
  locationOfGoods: { sad: '30' },
  countryOfDispatch: { sad: '15a', tir: '3' },
  countryOfDestination: { sad: '17a', tir: '4' },
  countriesOfRouting: { tir: '22' },
  'routing.country': {},
  officeOfDeparture: { sad: 'C', tir: '1' },
  officesOfTransit: { sad: '51' },
  officeOfDestination: { sad: '53', tir: '2' },
  'office.reference': {},
  'office.name': {},
  'office.country': {},
  placeOfLoading: { sad: '27' },
  placeOfUnloading: {},
  'place.locode': {},
  'place.name': {},
  'place.country': {},
  holder: { sad: '50', tir: '3' },
  representative: { sad: '14' },
  carrier: {},
  consignor: { sad: '2' },
  consignee: { sad: '8' },
  'party.name': {},
  'party.street': {},
  'party.city': {},
  'party.postcode': {},
  'party.country': {},
  'party.idScheme': {},
  'party.idValue': {},
  'party.tirHolderId': { tir: '3' },
  'party.contactName': {},
  'party.phone': {},
  'party.email': {},
  'transport.borderMode': { sad: '25' },
  'transport.inlandMode': { sad: '26' },
  'transport.meansAtDeparture': { sad: '18', tir: '5' },
  'means.kind': {},
  'means.identity': {},
  'means.nationality': {},
  'transport.meansAtBorder': { sad: '21' },
  'transport.containerised': { sad: '19' },
  'transport.approvalCertificate': { tir: '6' },
  'guarantee.kind': { sad: '52' },
  'guarantee.reference': { sad: '52' },
  'guarantee.validUntil': { tir: '1' },
  'guarantee.vouchers': {},
  'guarantee.accessCode': { sad: '52' },
  'guarantee.amount': { sad: '52' },
  'guarantee.currency': { sad: '52' },
  seals: { sad: 'D', tir: '16' },
  seal: {},
  documents: { sad: '44', tir: '8' },
  'document.type': {},
  'document.reference': {},
  'document.date': {},
  'invoice.number': {},
  'invoice.date': {},
  'invoice.currency': { sad: '22' },
  'invoice.total': { sad: '22' },
  'invoice.incoterm': { sad: '20' },
  'invoice.incotermPlace': { sad: '20' },
  'invoice.exchangeRate': { sad: '23' },
  'item.sequence': { sad: '32' },
  'item.description': { sad: '31', tir: '10' },
  'item.hsCode': { sad: '33' },
  'item.countryOfOrigin': { sad: '34' },
  'item.grossMass': { sad: '35', tir: '11' },
  'item.netMass': { sad: '38' },
  'item.supplementaryQuantity': { sad: '41' },
  'item.supplementaryUnit': { sad: '41' },
  'item.packages': { sad: '31', tir: '9' },
  'package.kind': { sad: '31', tir: '9' },
  'package.count': { sad: '31', tir: '9' },
  'package.marks': { sad: '31', tir: '9' },
  'item.containers': { sad: '31', tir: '7' },
  'item.value': { sad: '42' },
  'item.valueCurrency': { sad: '42' },
  'item.dangerousGoods': { sad: '44' },
  'item.documents': { sad: '44' },
  'item.additionalInformation': { sad: '44' },
  'consignment.items': { sad: '5' },
} satisfies Record<string, ElementBoxes>

export type ElementId = keyof typeof ELEMENT_BOXES

/** "SAD 35 · TIR 11" style caption; empty when the element has no box. */
export function boxCaption(id: ElementId): string {
  const boxes: ElementBoxes = ELEMENT_BOXES[id]
  return [boxes.sad && `SAD ${boxes.sad}`, boxes.tir && `TIR ${boxes.tir}`]
    .filter(Boolean)
    .join(' · ')
}
