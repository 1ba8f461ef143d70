/**
 * Transit summary (NATIONAL): what the national transit declaration says, for the carrier, the
 * consignee and the offices on the route. National transit is declared in the country's own
 * system (Pakistan: WeBOC), which prints its own papers; this sheet is plainly titled and says
 * it is not a customs form (corridor.md: a paper that does not exist in a regime is never
 * printed under an official-looking title). Names print as written, Urdu and Dari included.
 *
 * Pakistan's transit to Afghanistan carries "GOODS IN TRANSIT TO AFGHANISTAN" (endorsements.ts).
 */
import type { Block, PacketDocument, Table } from '../content'
import {
  formatCountry,
  formatDocument,
  formatKg,
  formatMass,
  formatMeans,
  formatMode,
  formatMoney,
  formatMoneyList,
  formatNumber,
  formatOffice,
  formatParty,
  formatPlace,
  formatRoute,
  lines,
  placeAndDate,
} from '../format'
import { box, documentTitles, formatGuarantee, grid, unique } from './common'
import { packagesText } from './declaration'
import { afghanTransitEndorsement } from './endorsements'
import { declarationTotals } from './totals'
import type { DeclarationView } from '../../model/view'

export const SUMMARY_NOTICE =
  'A summary of the national transit declaration for the carrier, the consignee and the ' +
  'offices on the route. It is not a customs form: the declaration itself is lodged in the ' +
  'customs system of the country of departure.'

function itemsTable(view: DeclarationView): Table {
  const totals = declarationTotals(view)
  return {
    kind: 'table',
    title: 'Goods',
    columns: [
      { label: 'Item', width: 2, align: 'end' },
      { label: 'Packages, marks, containers', width: 9 },
      { label: 'Description of goods', width: 10 },
      { label: 'HS code', width: 4 },
      { label: 'Origin', width: 3 },
      { label: 'Gross mass (kg)', width: 4, align: 'end' },
      { label: 'Net mass (kg)', width: 4, align: 'end' },
      { label: 'Value', width: 5, align: 'end' },
    ],
    rows: view.items.map((item) => [
      item.sequence,
      packagesText(item),
      item.description,
      item.hsCode,
      item.countryOfOrigin,
      formatMass(item.grossMass),
      formatMass(item.netMass),
      item.value ? formatMoney(item.value.amount, item.value.currency) : '',
    ]),
    totals: [
      'Total',
      `${formatNumber(totals.packages, 0)} packages`,
      `${totals.items} items`,
      '',
      '',
      formatMass(totals.gross),
      formatMass(totals.net),
      formatMoneyList(totals.itemValues),
    ],
  }
}

export function summaryDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const t = view.transport
  const endorsement = afghanTransitEndorsement(view)
  const parties = (pick: (c: DeclarationView['consignments'][number]) => string) =>
    unique(view.consignments.map(pick)).join('\n\n')

  const blocks: Block[] = []
  if (endorsement) blocks.push({ kind: 'text', emphasis: 'bold', text: endorsement })
  blocks.push(
    { kind: 'text', emphasis: 'small', text: SUMMARY_NOTICE },
    grid(
      4,
      [
        box('', 'Customs reference', view.mrn, 2),
        box('', 'Local reference number (LRN)', view.lrn, 2),
        box('', 'Declared at, on', placeAndDate(view.placeOfDeclaration, view.declarationDate), 2),
        box('', 'Time limit', view.limitDate, 2),
        box('', 'Office of departure', formatOffice(view.officeOfDeparture), 2),
        box('', 'Office of destination', formatOffice(view.officeOfDestination), 2),
        box('', 'Country of dispatch', formatCountry(view.countryOfDispatch)),
        box('', 'Country of destination', formatCountry(view.countryOfDestination)),
        box('', 'Route', formatRoute(view.countriesOfRouting), 2),
      ],
      'Declaration',
    ),
    grid(
      4,
      [
        box('', 'Holder of the transit', formatParty(view.holder, { contact: true }), 2),
        box('', 'Carrier', formatParty(view.carrier), 2),
        box(
          '',
          'Consignor',
          parties((c) => formatParty(c.consignor)),
          2,
        ),
        box(
          '',
          'Consignee',
          parties((c) => formatParty(c.consignee)),
          2,
        ),
      ],
      'Parties',
    ),
    grid(
      4,
      [
        box('', 'Means of transport', lines(...t.meansAtDeparture.map(formatMeans)), 2),
        box('', 'Mode of transport', formatMode(t.borderMode), 2),
        box('', 'Containers', unique(view.items.flatMap((i) => i.containers)).join(', '), 2),
        box('', 'Seals', view.seals.join(', '), 2),
        box('', 'Place of loading', formatPlace(view.placeOfLoading), 2),
        box('', 'Place of unloading', formatPlace(view.placeOfUnloading), 2),
        box('', 'Guarantee', formatGuarantee(view.guarantee), 2),
        box('', 'Documents', lines(...view.documents.map((d) => formatDocument(d, true))), 2),
        box('', 'Items', String(totals.items)),
        box('', 'Packages', formatNumber(totals.packages, 0)),
        box('', 'Gross mass', formatKg(totals.gross)),
        box('', 'Net mass', formatKg(totals.net)),
      ],
      'Transport and guarantee',
    ),
    itemsTable(view),
  )
  if (view.remarks !== '') blocks.push({ kind: 'text', text: `Remarks: ${view.remarks}` })
  return { id: 'summary', title: documentTitles.summary, blocks }
}
