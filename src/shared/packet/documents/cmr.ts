/**
 * CMR consignment note (packet.md, document 5): the 24 boxes of the IRU model, labelled in
 * English and Russian, one note per consignment (sender = its consignor, consignee = its
 * consignee).
 *
 * Numbering: the classic 24-box IRU model that the corridor's printed forms use, with boxes 3
 * and 4 as the IRU 2007 model has them (domain.md): 3 = place and date of taking over the
 * goods, 4 = place of delivery (the 1976 model had 3 = delivery, 4 = taking over).
 * Boxes 6–12 (one line per goods item) are the columns of a table, each column labelled with
 * its box number in both languages.
 *
 * Filled from the declaration: 1, 2, 3 (place of loading or the consignor's city; the date
 * of the declaration's road consignment note N730, if any), 4 (place of unloading or the
 * consignee's city), 5 (the TIR Carnet when the guarantee is one, then the declaration's and
 * the items' documents, without the carnet twice and without this note itself), 6–11,
 * 13 (the customs transit and seals), 14 (the Incoterm: who pays the carriage follows from it),
 * 16 (carrier and vehicles), 21. Left for people to write: 12 (no volume in the file), 15, 17,
 * 18, 19, 20, 22, 23, 24.
 */
import type { Block, Box, PacketDocument } from '../content'
import {
  formatCountry,
  formatDocument,
  formatMass,
  formatMeans,
  formatNumber,
  formatOffice,
  formatParty,
  formatPlace,
  join,
  lines,
  placeAndDate,
  spaced,
} from '../format'
import { packageKind } from '../../codes/package-kinds'
import { documentTitles, grid, stacked, unique } from './common'
import { totalsOf } from './totals'
import {
  dangerousGoodsLine,
  type ConsignmentView,
  type DeclarationView,
  type DocumentView,
  type ItemView,
  type PartyView,
} from '../../model/view'

/** The 24 boxes: English label, Russian label. */
export const CMR_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  '1': ['Sender (name, address, country)', 'Отправитель (наименование, адрес, страна)'],
  '2': ['Consignee (name, address, country)', 'Получатель (наименование, адрес, страна)'],
  '3': ['Place and date of taking over the goods', 'Место и дата погрузки груза'],
  '4': ['Place of delivery of the goods', 'Место разгрузки груза'],
  '5': ['Documents attached', 'Прилагаемые документы'],
  '6': ['Marks and Nos', 'Знаки и номера'],
  '7': ['Number of packages', 'Количество мест'],
  '8': ['Method of packing', 'Род упаковки'],
  '9': ['Nature of the goods', 'Наименование груза'],
  '10': ['Statistical number', 'Статистический номер'],
  '11': ['Gross weight, kg', 'Вес брутто, кг'],
  '12': ['Volume, m³', 'Объём, м³'],
  '13': ['Sender’s instructions', 'Указания отправителя'],
  '14': ['Instructions as to payment for carriage', 'Условия оплаты перевозки'],
  '15': ['Cash on delivery', 'Наложенный платёж'],
  '16': ['Carrier (name, address, country)', 'Перевозчик (наименование, адрес, страна)'],
  '17': ['Successive carriers', 'Последующие перевозчики'],
  '18': ['Carrier’s reservations and observations', 'Оговорки и замечания перевозчика'],
  '19': ['Special agreements', 'Особые согласованные условия'],
  '20': ['To be paid by', 'Подлежит оплате'],
  '21': ['Established in … on …', 'Составлена в … дата …'],
  '22': ['Signature and stamp of the sender', 'Подпись и печать отправителя'],
  '23': ['Signature and stamp of the carrier', 'Подпись и печать перевозчика'],
  '24': [
    'Goods received: place, date, signature and stamp of the consignee',
    'Груз получен: место, дата, подпись и печать получателя',
  ],
}

function cmrBox(number: string, value: string, span?: number): Box {
  const [label, labelSecondary] = CMR_LABELS[number]
  const b: Box = { number, label, labelSecondary, value }
  if (span && span > 1) b.span = span
  return b
}

function column(number: string): string {
  const [en, ru] = CMR_LABELS[number]
  return `${number} ${en} / ${ru}`
}

/** The declaration's road consignment note (N730), whose number and date this note carries. */
function consignmentNote(view: DeclarationView): DocumentView | undefined {
  return view.documents.find((d) => d.type === 'N730')
}

/** Box 5: the TIR Carnet first, then the other documents, each once. */
export function cmrDocumentsAttached(view: DeclarationView): string[] {
  const g = view.guarantee
  const carnet = g.kind === 'TIR_CARNET' ? g.reference : ''
  const note = consignmentNote(view)
  const documents = [...view.documents, ...view.items.flatMap((i) => i.documents)].filter(
    (d) => d !== note && (carnet === '' || d.reference !== carnet),
  )
  return unique([
    g.kind === 'TIR_CARNET' ? spaced('TIR Carnet', carnet) : '',
    ...documents.map((d) => formatDocument(d, true)),
  ])
}

function cityOf(party: PartyView | undefined): string {
  const a = party?.address
  return a ? join(', ', a.city, formatCountry(a.country)) : ''
}

function itemRow(item: ItemView): string[] {
  return [
    lines(stacked(item.packages.map((p) => p.marks)), ...item.containers),
    stacked(item.packages.map((p) => formatNumber(p.count, 0))),
    stacked(item.packages.map((p) => spaced(p.kind, packageKind(p.kind)?.name))),
    lines(item.description, ...item.dangerousGoods.map(dangerousGoodsLine)),
    item.hsCode,
    formatMass(item.grossMass),
    '',
  ]
}

function senderInstructions(view: DeclarationView): string {
  return lines(
    join(
      ', ',
      spaced('Customs transit', view.procedure),
      view.lrn !== '' && `LRN ${view.lrn}`,
      view.mrn !== '' && `MRN ${view.mrn}`,
    ),
    view.officeOfDeparture && `Office of departure: ${formatOffice(view.officeOfDeparture)}`,
    view.officeOfDestination && `Office of destination: ${formatOffice(view.officeOfDestination)}`,
    view.limitDate !== '' && `Time limit: ${view.limitDate}`,
    view.seals.length > 0 && `Seals: ${view.seals.join(', ')}`,
  )
}

function consignmentBlocks(
  view: DeclarationView,
  consignment: ConsignmentView,
  index: number,
): Block[] {
  const note = consignmentNote(view)
  const totals = totalsOf(consignment.items)
  const invoice = view.invoice
  const vehicles = view.transport.meansAtDeparture.map(formatMeans).join(', ')
  const count = view.consignments.length
  const heading = join(
    ' — ',
    note && spaced('CMR No.', note.reference),
    count > 1 && `consignment ${index + 1} of ${count}`,
  )
  const blocks: Block[] = []
  if (heading !== '') blocks.push({ kind: 'text', text: heading, emphasis: 'bold' })
  const top = grid(2, [
    cmrBox('1', formatParty(consignment.consignor)),
    cmrBox('2', formatParty(consignment.consignee)),
    cmrBox(
      '3',
      lines(
        view.placeOfLoading ? formatPlace(view.placeOfLoading) : cityOf(consignment.consignor),
        note?.date,
      ),
    ),
    cmrBox(
      '4',
      view.placeOfUnloading ? formatPlace(view.placeOfUnloading) : cityOf(consignment.consignee),
    ),
    cmrBox('5', lines(...cmrDocumentsAttached(view)), 2),
  ])
  if (index > 0) top.pageBreakBefore = true
  blocks.push(
    top,
    {
      kind: 'table',
      columns: [
        { label: column('6'), width: 5 },
        { label: column('7'), width: 3, align: 'end' },
        { label: column('8'), width: 4 },
        { label: column('9'), width: 9 },
        { label: column('10'), width: 4 },
        { label: column('11'), width: 4, align: 'end' },
        { label: column('12'), width: 3, align: 'end' },
      ],
      rows: consignment.items.map(itemRow),
      totals: [
        'Total / Итого',
        formatNumber(totals.packages, 0),
        '',
        '',
        '',
        formatMass(totals.gross),
        '',
      ],
    },
    grid(2, [
      cmrBox('13', senderInstructions(view), 2),
      cmrBox(
        '14',
        invoice && invoice.incotermRule !== ''
          ? `${spaced(invoice.incotermRule, invoice.incotermPlace)} (Incoterms 2020)`
          : '',
      ),
      cmrBox('15', ''),
      cmrBox('16', lines(formatParty(view.carrier), vehicles !== '' && `Vehicle: ${vehicles}`)),
      cmrBox('17', ''),
      cmrBox('18', ''),
      cmrBox('19', ''),
      cmrBox('20', '', 2),
      cmrBox(
        '21',
        placeAndDate(
          view.placeOfLoading?.name || view.placeOfDeclaration,
          note?.date || view.declarationDate,
        ),
        2,
      ),
      cmrBox('22', ''),
      cmrBox('23', ''),
      cmrBox('24', '', 2),
    ]),
  )
  return blocks
}

export function cmrDocument(view: DeclarationView): PacketDocument {
  // A draft without consignments still gets one (empty) note.
  const consignments: ConsignmentView[] =
    view.consignments.length > 0
      ? view.consignments
      : [{ consignor: undefined, consignee: undefined, items: [] }]
  return {
    id: 'cmr',
    title: documentTitles.cmr,
    blocks: consignments.flatMap((c, i) => consignmentBlocks(view, c, i)),
  }
}
