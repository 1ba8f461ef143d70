/**
 * TIR data sheet (packet.md, document 4): what the holder writes on the TIR Carnet, by box
 * number, to copy onto the pre-printed carnet or to check it. Meant for procedure TIR (the
 * packet includes it by default only then); printed for another procedure it says so.
 *
 * Box numbering (declaration-format.md's TIR column and domain.md):
 * - Cover: 1 validity of the carnet and 3 holder (pre-printed by the issuing association:
 *   printed here for checking), then the holder's entries 6 country of departure,
 *   7 country of destination, 8 registration numbers of the road vehicles.
 * - Vouchers (goods manifest): 1 carnet number and customs office of departure, 2 office of
 *   destination, 3 holder, 4 country of destination, 5 registration numbers, 6 certificate of
 *   approval, 7 container numbers, 8 documents attached, then per goods line 9 marks, number
 *   and kind of packages, 10 description, 11 gross mass; 12 total number of packages (in
 *   figures and words, as carnets are written), 14 place, date and signature of the holder.
 *   declaration-format.md also lists the country of dispatch under voucher box 3, which the
 *   holder uses: the country of departure is printed on the cover (box 6) only.
 * Box 13 (the holder's declaration) is pre-printed text, and boxes 15 onwards are customs'.
 */
import type { Block, PacketDocument } from '../content'
import {
  formatCountry,
  formatDocument,
  formatMass,
  formatMeans,
  formatNumber,
  formatOffice,
  formatParty,
  join,
  lines,
  placeAndDate,
} from '../format'
import { numberToWords } from '../words'
import { box, documentTitles, grid, unique } from './common'
import { packagesText } from './declaration'
import { declarationTotals } from './totals'
import type { DeclarationView, DocumentView } from '../../model/view'

const ROAD_VEHICLES: ReadonlySet<string> = new Set(['tractor', 'trailer', 'semi-trailer', 'rigid'])

/** Registration numbers of the road vehicles (all means when none is a road vehicle). */
function registrations(view: DeclarationView): string {
  const means = view.transport.meansAtDeparture
  const road = means.filter((m) => ROAD_VEHICLES.has(m.kind))
  return lines(...(road.length > 0 ? road : means).map(formatMeans))
}

/** Documents attached to the manifest: the declaration's, except the carnet itself. */
export function attachedDocuments(view: DeclarationView): DocumentView[] {
  const carnet = view.guarantee.kind === 'TIR_CARNET' ? view.guarantee.reference : ''
  return view.documents.filter((d) => carnet === '' || d.reference !== carnet)
}

export function tirDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const g = view.guarantee
  const carnet = g.kind === 'TIR_CARNET' ? g.reference : ''
  const holder = formatParty(view.holder, { tirHolderId: true })
  const containers = unique(view.items.flatMap((i) => i.containers))

  const blocks: Block[] = [
    {
      kind: 'text',
      emphasis: 'bold',
      text: join(
        ', ',
        view.lrn !== '' && `Transit declaration LRN ${view.lrn}`,
        view.mrn !== '' && `MRN ${view.mrn}`,
      ),
    },
  ]
  if (view.procedure !== 'TIR') {
    blocks.push({
      kind: 'text',
      emphasis: 'bold',
      text: `This declaration's procedure is ${view.procedure || 'not given'}, not TIR: the sheet is for reference only.`,
    })
  }
  blocks.push(
    grid(
      4,
      [
        box('', 'TIR Carnet No.', carnet, 2),
        box('', 'Vouchers', formatNumber(g.vouchers, 0)),
        box(
          '1',
          'Valid for the commencement of the TIR transport up to and including',
          g.kind === 'TIR_CARNET' ? g.validUntil : '',
        ),
        box('3', 'Holder (name, address, country, identification No.)', holder, 4),
        box('6', 'Country/countries of departure', formatCountry(view.countryOfDispatch), 2),
        box('7', 'Country/countries of destination', formatCountry(view.countryOfDestination), 2),
        box('8', 'Registration No(s). of road vehicle(s)', registrations(view), 4),
      ],
      'Carnet cover: holder’s entries',
    ),
    grid(
      4,
      [
        box(
          '1',
          'TIR Carnet No. and customs office of departure',
          lines(carnet, formatOffice(view.officeOfDeparture)),
          2,
        ),
        box('2', 'Customs office(s) of destination', formatOffice(view.officeOfDestination), 2),
        box('3', 'Holder (name, address, country, identification No.)', holder, 2),
        box('4', 'Country/countries of destination', formatCountry(view.countryOfDestination), 2),
        box('5', 'Registration No(s). of road vehicle(s)', registrations(view), 2),
        box(
          '6',
          'Certificate(s) of approval of road vehicle(s)',
          view.transport.approvalCertificate,
          2,
        ),
        box('7', 'Identification No(s). of container(s)', containers.join(', '), 2),
        box(
          '8',
          'Documents attached to the manifest',
          lines(...attachedDocuments(view).map((d) => formatDocument(d, true))),
          2,
        ),
      ],
      'Vouchers: goods manifest',
    ),
    {
      kind: 'table',
      title: 'Goods manifest (vouchers boxes 9–11)',
      columns: [
        { label: 'Item', width: 2, align: 'end' },
        { label: '9 Marks and numbers; number and kind of packages', width: 9 },
        { label: '10 Description of goods', width: 12 },
        { label: '11 Gross mass (kg)', width: 4, align: 'end' },
      ],
      rows: view.items.map((item) => [
        item.sequence,
        packagesText(item),
        item.description,
        formatMass(item.grossMass),
      ]),
      totals: [
        '',
        `${formatNumber(totals.packages, 0)} packages`,
        'Total',
        formatMass(totals.gross),
      ],
    },
    grid(4, [
      box(
        '12',
        'Total number of packages entered on manifest',
        `${formatNumber(totals.packages, 0)} (${numberToWords(totals.packages)})`,
        2,
      ),
      box(
        '14',
        'Place and date, signature of holder or his agent',
        lines(placeAndDate(view.placeOfDeclaration, view.declarationDate), 'Signature:'),
        2,
      ),
    ]),
  )
  return { id: 'tir', title: documentTitles.tir, blocks }
}
