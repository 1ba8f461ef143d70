/**
 * The consignment's transport data: transport equipment (containers and seals,
 * TransportEquipmentType06), departure transport means (DepartureTransportMeansType03), the
 * countries of routing and the place of loading.
 *
 * Not written: ActiveBorderTransportMeans — its required office at the border (the office of
 * transit, exit or destination where the means crosses, TIS guideline G0789) and its type of
 * identification are not in the format, and the group is optional without safety and security
 * data (rule C0806); PlaceOfUnloading — not allowed when security is 0 (rule C0191).
 */
import type { DeclarationFile } from '../../format/schema'
import { el, leaf, type XmlElement } from '../xml'
import { meansIdentificationType } from './codes'
import { type Scope, sequenceNumber } from './scope'
import { an, INTEGERS, TYPES } from './xsd-types'

/** A container and the declaration goods item numbers loaded in it, in the file's order. */
export interface ContainerUse {
  number: string
  /** where the container is first named: /consignments/i/items/j/containers/k */
  from: string
  items: number[]
}

const goodsReferences = (items: readonly number[]) =>
  items.map((item, i) =>
    el('GoodsReference', [sequenceNumber(i), leaf('declarationGoodsItemNumber', String(item))]),
  )

/**
 * TransportEquipment (TIS guideline G0103: containers, with or without seals, or the sealed
 * load of a vehicle that carries no container):
 * - containerised: one per container, with the goods items loaded in it; the seals go on the
 *   container when there is one (the format records seals per declaration, not per container,
 *   so with several containers and seals the message is refused rather than guessed);
 * - not containerised: one without container number holding the seals and referring to every
 *   goods item (rule R0448: at least one seal), none without seals; container numbers are then
 *   refused (rule C0055: not allowed when the container indicator is 0).
 */
export function transportEquipment(
  s: Scope,
  declaration: DeclarationFile,
  containers: readonly ContainerUse[],
  allItems: readonly number[],
): XmlElement[] {
  const seals = declaration.seals ?? []
  s.count('Seal', seals.length, 99, '/seals')
  const sealElements = (equipment: Scope) => [
    equipment.integer('numberOfSeals', seals.length, INTEGERS.seals, '/seals'),
    seals.map((seal, i) =>
      el('Seal', [
        sequenceNumber(i),
        equipment.in(`Seal[${i + 1}]`, `/seals/${i}`).text('identifier', seal, an(20)),
      ]),
    ),
  ]
  if (declaration.transport?.containerised !== true) {
    const first = containers[0]
    if (first) {
      s.refuse(
        'missing',
        'containerIndicator',
        `${first.from} names container ${first.number} but /transport/containerised is not true; container numbers need containerIndicator 1 (TIS rule C0055)`,
      )
    }
    if (seals.length === 0) return []
    return [
      el('TransportEquipment', [
        sequenceNumber(0),
        sealElements(s.in('TransportEquipment[1]')),
        goodsReferences(allItems),
      ]),
    ]
  }
  if (containers.length === 0) {
    s.refuse(
      'missing',
      'TransportEquipment/containerIdentificationNumber',
      '/transport/containerised is true but no goods item lists a container (TIS rules C0823, C0055)',
    )
  }
  if (seals.length > 0 && containers.length > 1) {
    s.refuse(
      'missing',
      'TransportEquipment/Seal',
      `/seals holds ${seals.length} seals for ${containers.length} containers; the file does not record which container each seal is on`,
    )
  }
  s.count('TransportEquipment', containers.length, 9999)
  return containers.map((container, i) => {
    const t = s.in(`TransportEquipment[${i + 1}]`, container.from)
    return el('TransportEquipment', [
      sequenceNumber(i),
      t.text('containerIdentificationNumber', container.number, TYPES.container),
      sealElements(t),
      goodsReferences(container.items),
    ])
  })
}

/**
 * DepartureTransportMeans at consignment level (so none per house consignment, TIS rule C0826),
 * in the file's order, with the CL750 type of its kind (codes.ts); none when the inland mode is
 * 5, post (C0826: "N").
 */
export function departureTransportMeans(s: Scope, declaration: DeclarationFile): XmlElement[] {
  const transport = declaration.transport
  if (!transport || transport.inlandMode === '5') return []
  const means = transport.meansAtDeparture ?? []
  s.count('DepartureTransportMeans', means.length, 999, '/transport/meansAtDeparture')
  return means.map((m, i) => {
    const t: Scope = s.in(`DepartureTransportMeans[${i + 1}]`, `/transport/meansAtDeparture/${i}`)
    const type = meansIdentificationType(m.kind, transport.inlandMode)
    if (!type) {
      t.refuse('missing', 'typeOfIdentification', `${t.from}/kind "${m.kind}" has no CL750 code`)
    }
    return el('DepartureTransportMeans', [
      sequenceNumber(i),
      leaf('typeOfIdentification', type),
      t.text('identificationNumber', m.identity, an(35), 'identity'),
      t.text('nationality', m.nationality, TYPES.country, 'nationality'),
    ])
  })
}

/**
 * CountryOfRoutingOfConsignment, every country of the itinerary in travel order, dispatch and
 * destination included (TIS guideline G0061: "the list of codes of the countries between the
 * Office of Departure and the Office of Destination").
 */
export function countriesOfRouting(s: Scope, declaration: DeclarationFile): XmlElement[] {
  const countries = declaration.countriesOfRouting ?? []
  s.count('CountryOfRoutingOfConsignment', countries.length, 99, '/countriesOfRouting')
  return countries.map((country, i) =>
    el('CountryOfRoutingOfConsignment', [
      sequenceNumber(i),
      s
        .in(`CountryOfRoutingOfConsignment[${i + 1}]`, `/countriesOfRouting/${i}`)
        .text('country', country, TYPES.country),
    ]),
  )
}

/**
 * PlaceOfLoading: UN/LOCODE, country and location (the place's name), all three as HMRC's
 * example writes them (TIS rule C0387: country and location optional once the UN/LOCODE is
 * given, required without it).
 */
export function placeOfLoading(s: Scope, declaration: DeclarationFile): XmlElement | undefined {
  const place = declaration.placeOfLoading
  if (!place) return undefined
  const p = s.in('PlaceOfLoading', '/placeOfLoading')
  return el('PlaceOfLoading', [
    p.optionalText('UNLocode', place.locode, TYPES.locode, 'locode'),
    p.text('country', place.country, TYPES.country, 'country'),
    p.text('location', place.name, an(35), 'name'),
  ])
}
