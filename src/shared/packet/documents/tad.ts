/**
 * Transit accompanying document, TAD style (packet.md, document 3): the MRN as a Code 128
 * barcode with its text under it — before lodgement the LRN, and every page stamped
 * PRE-LODGEMENT —, the parties, transport, containers and seals, guarantee, itinerary, and
 * the goods items on pages of their own. Every page carries a small barcode of the same
 * reference (`pageBarcode`) and "page x of y" (drawn by the layout engine).
 *
 * Boxes carry the SAD box numbers the TAD's data come from (54 for the place and date of the
 * declaration); fields without a SAD box (carrier, containers list) are unnumbered.
 */
import type { Block, PacketDocument, Table } from '../content'
import {
  countryName,
  formatCountry,
  formatDocument,
  formatMass,
  formatMeans,
  formatMode,
  formatNumber,
  formatParty,
  formatPlace,
  formatRoute,
  lines,
  placeAndDate,
} from '../format'
import { box, documentTitles, formatGuarantee, grid, unique } from './common'
import { itemBox44, packagesText, SAD_LABELS } from './declaration'
import { declarationTotals } from './totals'
import type { DeclarationView, OfficeView } from '../../model/view'

export const PRE_LODGEMENT = 'PRE-LODGEMENT'

/** Parties of all consignments, each once (blank line between them). */
function partiesOf(texts: string[]): string {
  return unique(texts).join('\n\n')
}

interface ItineraryStop {
  country: string
  offices: { role: string; office: OfficeView }[]
}

/**
 * The countries of routing in order, each with the offices the declaration names there:
 * departure at the first, transit offices where their country next comes up, destination at
 * the last. Offices whose country is not on the route (a draft) follow at the end.
 */
export function itinerary(view: DeclarationView): ItineraryStop[] {
  const stops: ItineraryStop[] = view.countriesOfRouting.map((country) => ({
    country,
    offices: [],
  }))
  const extra: ItineraryStop[] = []
  const place = (role: string, office: OfficeView | undefined, from: number, last = false) => {
    if (!office) return from
    const order = stops.map((_, i) => i)
    const candidates = last ? order.reverse() : order.slice(from)
    const at = candidates.find((i) => stops[i].country === office.country)
    if (at === undefined) {
      extra.push({ country: office.country, offices: [{ role, office }] })
      return from
    }
    stops[at].offices.push({ role, office })
    return at
  }
  let cursor = place('Departure', view.officeOfDeparture, 0)
  for (const office of view.officesOfTransit) cursor = place('Transit', office, cursor)
  place('Destination', view.officeOfDestination, 0, true)
  return [...stops, ...extra]
}

function itineraryTable(view: DeclarationView): Table {
  const rows: string[][] = []
  itinerary(view).forEach((stop, index) => {
    const number = index < view.countriesOfRouting.length ? String(index + 1) : ''
    const country = stop.country === '' ? '' : `${stop.country} ${countryName(stop.country)}`.trim()
    if (stop.offices.length === 0) rows.push([number, country, '', '', '', ''])
    stop.offices.forEach(({ role, office }, k) => {
      rows.push([
        k === 0 ? number : '',
        k === 0 ? country : '',
        role,
        office.reference,
        office.name,
        role === 'Destination' ? view.limitDate : '',
      ])
    })
  })
  return {
    kind: 'table',
    title: 'Itinerary',
    columns: [
      { label: 'No.', width: 1, align: 'end' },
      { label: 'Country', width: 4 },
      { label: 'Office', width: 3 },
      { label: 'Reference', width: 3 },
      { label: 'Office name', width: 7 },
      { label: 'Time limit', width: 3 },
    ],
    rows,
  }
}

function goodsTable(view: DeclarationView): Table {
  const totals = declarationTotals(view)
  return {
    kind: 'table',
    title: 'Goods items',
    pageBreakBefore: true,
    columns: [
      { label: '32 Item', width: 2, align: 'end' },
      { label: '31 Packages, marks and numbers, containers', width: 8 },
      { label: '31 Description of goods', width: 10 },
      { label: '33 Commodity code', width: 4 },
      { label: '34 Origin', width: 2 },
      { label: '35 Gross mass (kg)', width: 4, align: 'end' },
      { label: '38 Net mass (kg)', width: 4, align: 'end' },
      { label: '44 Documents, additional information', width: 6 },
    ],
    rows: view.items.map((item) => [
      item.sequence,
      packagesText(item),
      item.description,
      item.hsCode,
      item.countryOfOrigin,
      formatMass(item.grossMass),
      formatMass(item.netMass),
      itemBox44(item),
    ]),
    totals: [
      'Total',
      `${formatNumber(totals.packages, 0)} packages`,
      `${totals.items} items`,
      '',
      '',
      formatMass(totals.gross),
      formatMass(totals.net),
      '',
    ],
  }
}

export function tadDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const lodged = view.mrn !== ''
  const reference = lodged ? view.mrn : view.lrn
  const t = view.transport
  const containers = unique(view.items.flatMap((i) => i.containers))

  const blocks: Block[] = []
  if (reference !== '') {
    blocks.push({ kind: 'barcode', symbology: 'code128', data: reference, caption: reference })
  }
  if (!lodged) {
    blocks.push({
      kind: 'text',
      emphasis: 'bold',
      text: `${PRE_LODGEMENT}: no MRN has been given yet; the barcode carries the LRN. This copy is not valid for transit.`,
    })
  }
  blocks.push(
    grid(
      4,
      [
        box('A', 'MRN', view.mrn, 2),
        box('7', 'LRN', view.lrn, 2),
        box('1', 'Declaration type', view.procedure),
        box('5', 'Items', String(totals.items)),
        box('6', 'Total packages', formatNumber(totals.packages, 0)),
        box('35', 'Total gross mass (kg)', formatMass(totals.gross)),
        box('15', SAD_LABELS['15'], formatCountry(view.countryOfDispatch)),
        box('17', SAD_LABELS['17'], formatCountry(view.countryOfDestination)),
        box('54', 'Place and date', placeAndDate(view.placeOfDeclaration, view.declarationDate), 2),
      ],
      'Declaration',
    ),
    grid(
      4,
      [
        box(
          '50',
          'Holder of the transit procedure (principal)',
          formatParty(view.holder, { tirHolderId: true, contact: true }),
          2,
        ),
        box('14', 'Representative', formatParty(view.representative), 2),
        box('2', 'Consignor', partiesOf(view.consignments.map((c) => formatParty(c.consignor))), 2),
        box('8', 'Consignee', partiesOf(view.consignments.map((c) => formatParty(c.consignee))), 2),
        box('', 'Carrier', formatParty(view.carrier), 2),
        box(
          '44',
          'Documents (whole declaration)',
          lines(...view.documents.map((d) => formatDocument(d))),
          2,
        ),
      ],
      'Parties',
    ),
    grid(
      4,
      [
        box(
          '18',
          'Means of transport at departure',
          lines(...t.meansAtDeparture.map(formatMeans)),
          2,
        ),
        box(
          '21',
          'Active means of transport crossing the border',
          t.meansAtBorder ? formatMeans(t.meansAtBorder) : '',
          2,
        ),
        box('25', SAD_LABELS['25'], formatMode(t.borderMode)),
        box('26', SAD_LABELS['26'], formatMode(t.inlandMode)),
        box(
          '19',
          'Containerised',
          t.containerised === undefined ? '' : t.containerised ? 'Yes' : 'No',
        ),
        box('27', SAD_LABELS['27'], formatPlace(view.placeOfLoading)),
        box('', 'Containers', containers.join(', '), 2),
        box(
          'D',
          'Seals',
          view.seals.length > 0 ? `${view.seals.length}: ${view.seals.join(', ')}` : '',
          2,
        ),
        box('30', 'Location of goods', view.locationOfGoods, 2),
        box('', 'Place of unloading', formatPlace(view.placeOfUnloading), 2),
      ],
      'Transport',
    ),
    grid(
      4,
      [
        box('52', SAD_LABELS['52'], formatGuarantee(view.guarantee), 2),
        box('D', 'Time limit', view.limitDate),
        box('', 'Route', formatRoute(view.countriesOfRouting)),
      ],
      'Guarantee and time limit',
    ),
    itineraryTable(view),
    goodsTable(view),
  )

  const document: PacketDocument = { id: 'tad', title: documentTitles.tad, blocks }
  if (reference !== '') document.pageBarcode = reference
  if (!lodged) document.stamp = PRE_LODGEMENT
  return document
}
