/**
 * Consignment (ctypes.xsd ConsignmentType20) and its HouseConsignments (HouseConsignmentType10):
 * each of the file's consignments is one house consignment, its items the consignment items,
 * numbered 1… within it (goodsItemNumber) and 1… across the declaration
 * (declarationGoodsItemNumber).
 *
 * Countries of dispatch and destination are declared once, at consignment level (so at no lower
 * level, TIS rules C0909, C0343). A consignor or consignee shared by every house consignment is
 * written once at consignment level and not repeated (rule R0506: the same data in every house
 * consignment is not allowed); otherwise each house consignment carries its own (rules C0542,
 * C0001).
 *
 * Not written, for the format holds no value for them: referenceNumberUCR,
 * AdditionalSupplyChainActor, LocationOfGoods (the file's `locationOfGoods` is free text, and
 * CC015C locates goods only by type of location and a qualified identification, CL347/CL326 —
 * rule C0710 requires it of a standard declaration, so NCTS will ask for it),
 * AdditionalReference, AdditionalInformation (the file's `remarks` has no CL239 code), and
 * TransportCharges (not allowed without safety and security data, rule C0186).
 */
import type { Consignment, DeclarationFile, Party } from '../../format/schema'
import { el, leaf, type XmlElement } from '../xml'
import { consignmentDocuments, houseTransportDocuments, type DocumentEntry } from './documents'
import { consignmentItem } from './items'
import { carrier, consignee, consignor } from './parties'
import {
  countriesOfRouting,
  departureTransportMeans,
  placeOfLoading,
  transportEquipment,
  type ContainerUse,
} from './transport'
import { Scope, sequenceNumber } from './scope'
import { DECIMALS, scaled, token, totalDigits, TYPES, unscaled } from './xsd-types'

/** InlandModeOfTransportContentType / ModeOfTransportAtTheBorderContentType: [0-9]{1}, CL218. */
const MODE = token('ModeOfTransportContentType', 1, 1, /^[0-9]$/)

interface House {
  scope: Scope
  consignment: Consignment
  items: XmlElement[]
  transportDocuments: XmlElement[]
  /** gross mass in millionths of a kilogram */
  grossMass: bigint
}

/** A sum of masses in millionths, written as DecimalWithoutZero_16_6 (above 0, 16 digits). */
function massTotal(s: Scope, total: bigint, from: string): XmlElement {
  const text = unscaled(total, 6)
  if (total <= 0n) s.refuse('invalidCharacter', 'grossMass', `${from}: the total is 0`)
  if (totalDigits(text) > DECIMALS.mass.totalDigits) {
    s.refuse('tooLong', 'grossMass', `${from}: the total ${text} has more than 16 digits`)
  }
  return leaf('grossMass', text)
}

function houseConsignments(
  s: Scope,
  declaration: DeclarationFile,
  containers: Map<string, ContainerUse>,
  allItems: number[],
): House[] {
  const consignments = declaration.consignments ?? []
  if (consignments.length === 0) s.refuse('missing', 'HouseConsignment', '/consignments is empty')
  s.count('HouseConsignment', consignments.length, 1999, '/consignments')
  return consignments.map((consignment, i) => {
    const h = s.in(`HouseConsignment[${i + 1}]`, `/consignments/${i}`)
    const items = consignment.items ?? []
    if (items.length === 0) h.refuse('missing', 'ConsignmentItem', `${h.from}/items is empty`)
    h.count('ConsignmentItem', items.length, 999, 'items')
    let grossMass = 0n
    const transportDocuments: DocumentEntry[] = []
    const written = items.map((item, j) => {
      const number = allItems.length + 1
      allItems.push(number)
      const at = h.in(`ConsignmentItem[${j + 1}]`, `items/${j}`)
      for (const [k, container] of (item.containers ?? []).entries()) {
        const use = containers.get(container) ?? {
          number: container,
          from: at.source(`containers/${k}`),
          items: [],
        }
        if (!use.items.includes(number)) use.items.push(number)
        containers.set(container, use)
      }
      const result = consignmentItem(at, item, j + 1, number)
      grossMass += scaled(result.grossMass, 6)
      transportDocuments.push(...result.transportDocuments)
      return result.element
    })
    return {
      scope: h,
      consignment,
      items: written,
      transportDocuments: houseTransportDocuments(h, transportDocuments),
      grossMass,
    }
  })
}

/**
 * A party written once at consignment level when every house consignment has the same one (the
 * same data, or the same once written), else per house consignment.
 */
function sharedParty(
  houses: readonly House[],
  write: (s: Scope, party: Party) => XmlElement,
  party: (c: Consignment) => Party,
): { shared?: XmlElement; perHouse: XmlElement[] } {
  const first = houses[0]!
  const once = () => ({
    shared: write(new Scope('Consignment', first.scope.from), party(first.consignment)),
    perHouse: [],
  })
  const data = JSON.stringify(party(first.consignment))
  if (houses.every((h) => JSON.stringify(party(h.consignment)) === data)) return once()
  const perHouse = houses.map((h) => write(h.scope, party(h.consignment)))
  const written = JSON.stringify(perHouse[0])
  return perHouse.every((e) => JSON.stringify(e) === written) ? once() : { perHouse }
}

export function consignmentElement(declaration: DeclarationFile, tir: boolean): XmlElement {
  const s = new Scope('Consignment', '')
  const containers = new Map<string, ContainerUse>()
  const allItems: number[] = []
  const houses = houseConsignments(s, declaration, containers, allItems)
  const consignors = sharedParty(houses, consignor, (c) => c.consignor)
  const consignees = sharedParty(houses, consignee, (c) => c.consignee)
  const transport = declaration.transport
  const total = houses.reduce((sum, h) => sum + h.grossMass, 0n)
  return el('Consignment', [
    s.text('countryOfDispatch', declaration.countryOfDispatch, TYPES.country, '/countryOfDispatch'),
    s.text(
      'countryOfDestination',
      declaration.countryOfDestination,
      TYPES.country,
      '/countryOfDestination',
    ),
    leaf('containerIndicator', transport?.containerised === true ? '1' : '0'),
    s.optionalText('inlandModeOfTransport', transport?.inlandMode, MODE, '/transport/inlandMode'),
    s.text('modeOfTransportAtTheBorder', transport?.borderMode, MODE, '/transport/borderMode'),
    massTotal(s, total, '/consignments'),
    carrier(s, declaration.carrier, declaration.holder),
    consignors.shared,
    consignees.shared,
    transportEquipment(s, declaration, [...containers.values()], allItems),
    departureTransportMeans(s, declaration),
    countriesOfRouting(s, declaration),
    placeOfLoading(s, declaration),
    consignmentDocuments(s, declaration, tir),
    houses.map((h, i) =>
      el('HouseConsignment', [
        sequenceNumber(i),
        massTotal(h.scope, h.grossMass, `${h.scope.from}/items`),
        consignors.perHouse[i],
        consignees.perHouse[i],
        h.transportDocuments,
        h.items,
      ]),
    ),
  ])
}
