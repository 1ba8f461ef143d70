/**
 * The TAD's labels with their NCTS Phase 5 data element numbers, its itinerary table, and the
 * three sections officers write in: control by the office of departure, incidents during
 * transport with their certification, control by the office of destination. Labels and headings
 * as HMRC's Phase 5 TAD prints them (hmrc/transit-movements-trader-manage-documents, commit
 * aa1992f: app/views/tad/components/table_1 … table_4; docs/papers-research.md §3.2).
 */
import type { BoxGrid, Table } from '../content'
import { countryName } from '../format'
import { box, grid } from './common'
import type { DeclarationView, OfficeView } from '../../model/view'

/**
 * "Holder of the transit procedure [13 07]": the data element number kept on one line (a
 * no-break space inside the brackets), so a narrow box never prints "[13" above "07]".
 */
export function numbered(label: string, element: string): string {
  return `${label} [${element.replace(/(\d\d) (\d\d)/g, '$1\u00a0$2')}]`
}

export const TAD_LABELS = {
  declarationType: numbered('Declaration type', '11 01'),
  lrn: numbered('LRN', '12 09'),
  consignor: numbered('Consignor', '13 02'),
  consignee: numbered('Consignee', '13 03'),
  holder: numbered('Holder of the transit procedure', '13 07'),
  representative: numbered('Representative', '13 06'),
  carrier: numbered('Carrier', '13 12'),
  departureMeans: numbered('Departure transport means', '19 05'),
  borderMeans: numbered('Active border transport means', '19 08'),
  borderMode: numbered('Mode of transport at the border', '19 03'),
  inlandMode: numbered('Inland mode of transport', '19 04'),
  container: numbered('Container', '19 01'),
  equipment: numbered('Transport equipment', '19 07'),
  seals: numbered('Seals', '19 10'),
  placeOfLoading: numbered('Place of loading', '16 13'),
  placeOfUnloading: numbered('Place of unloading', '16 14'),
  locationOfGoods: numbered('Location of goods', '16 15'),
  previousDocument: numbered('Previous document', '12 01'),
  transportDocument: numbered('Transport document', '12 05'),
  supportingDocument: numbered('Supporting document', '12 03'),
  additionalInformation: numbered('Additional information', '12 02'),
  guarantee: numbered('Guarantee', '99 02 - 99 03 - 99 04'),
  limitDate: numbered('Limit date', '15 11'),
  countryOfDispatch: numbered('Country of dispatch', '16 06'),
  countryOfDestination: numbered('Country of destination', '16 03'),
  countryOfRouting: numbered('Country of routing of consignment', '16 12'),
  officeOfDeparture: numbered('Customs office of departure', '17 03'),
  officeOfTransit: numbered('Customs office of transit', '17 04'),
  officeOfDestination: numbered('Customs office of destination', '17 05'),
} as const

/** Space for an officer's handwriting: a box `count` lines tall with nothing printed in it. */
export function writeIn(count: number): string {
  return '\n'.repeat(Math.max(0, count - 1))
}

interface ItineraryStop {
  country: string
  offices: { label: string; office: OfficeView }[]
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
  const place = (label: string, office: OfficeView | undefined, from: number, last = false) => {
    if (!office) return from
    const order = stops.map((_, i) => i)
    const candidates = last ? order.reverse() : order.slice(from)
    const at = candidates.find((i) => stops[i].country === office.country)
    if (at === undefined) {
      extra.push({ country: office.country, offices: [{ label, office }] })
      return from
    }
    stops[at].offices.push({ label, office })
    return at
  }
  let cursor = place(TAD_LABELS.officeOfDeparture, view.officeOfDeparture, 0)
  for (const office of view.officesOfTransit)
    cursor = place(TAD_LABELS.officeOfTransit, office, cursor)
  place(TAD_LABELS.officeOfDestination, view.officeOfDestination, 0, true)
  return [...stops, ...extra]
}

export function itineraryTable(view: DeclarationView): Table {
  const rows: string[][] = []
  itinerary(view).forEach((stop, index) => {
    const number = index < view.countriesOfRouting.length ? String(index + 1) : ''
    const country = `${stop.country} ${countryName(stop.country)}`.trim()
    if (stop.offices.length === 0) rows.push([number, country, '', '', ''])
    stop.offices.forEach(({ label, office }, k) => {
      rows.push([
        k === 0 ? number : '',
        k === 0 ? country : '',
        label,
        office.reference,
        office.name,
      ])
    })
  })
  return {
    kind: 'table',
    title: 'Itinerary',
    columns: [
      { label: 'No.', width: 1, align: 'end' },
      { label: TAD_LABELS.countryOfRouting, width: 5 },
      { label: 'Office', width: 5 },
      { label: 'Reference', width: 3 },
      { label: 'Office name', width: 6 },
    ],
    rows,
  }
}

/** The sections the officers fill in; the trader leaves them empty. Each stays on one page. */
export function officerSections(): BoxGrid[] {
  return officerGrids().map((section) => ({ ...section, keepTogether: true }))
}

function officerGrids(): BoxGrid[] {
  const incident = (n: number) => [
    box('', `${n}. Customs office of incident registration`, writeIn(2), 2),
    box('', 'Incident code', writeIn(2)),
    box('', 'Container ID [19 07]', writeIn(2)),
    box('', 'Identity and nationality of new transport means', writeIn(2), 2),
    box('', 'Other incidents during carriage: details and measures taken', writeIn(2), 2),
  ]
  const certification = (n: number) => [
    box('', `${n}. New seals: number`, writeIn(2)),
    box('', 'New seals: ID', writeIn(2)),
    box('', 'Signature', writeIn(2)),
    box('', 'Stamp', writeIn(2)),
  ]
  return [
    grid(
      4,
      [
        box('', 'Result', writeIn(2)),
        box('', 'Seals affixed: number', writeIn(2)),
        box('', 'Seals affixed: identity', writeIn(2), 2),
        box('', TAD_LABELS.limitDate, writeIn(2)),
        box('', 'Signature', writeIn(3)),
        box('', 'Stamp', writeIn(3), 2),
      ],
      'CONTROL BY OFFICE OF DEPARTURE',
    ),
    grid(4, [...incident(1), ...incident(2)], 'INCIDENTS DURING TRANSPORT (BCP)'),
    grid(4, [...certification(1), ...certification(2)], 'CERTIFICATION BY COMPETENT AUTHORITIES'),
    grid(
      4,
      [
        box('', 'Date of arrival', writeIn(2)),
        box('', 'Examination of seals', writeIn(2)),
        box('', 'Remarks', writeIn(2), 2),
        box('', 'Return copy sent on', writeIn(2)),
        box('', 'after registration under ID', writeIn(2)),
        box('', 'Signature and stamp', writeIn(3), 2),
      ],
      'CONTROL BY OFFICE OF DESTINATION',
    ),
  ]
}
