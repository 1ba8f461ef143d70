/**
 * SMGS consignment note data sheet (corridor.md, "Transport document by mode": rail): the
 * entries of the SMGS consignment note (накладная СМГС, Agreement on International Goods
 * Transport by Rail, OSJD; document code N720), by graph number as the current note has them,
 * labels in Russian with English beside them, for writing or checking the real note. It is not
 * the consignment note and says so: the note itself is the railway's multi-sheet form.
 *
 * Graphs (docs/papers-research.md §5, from an FTS-format RailwayBill XSLT and two independent
 * SMGS forms; the OSJD text itself was not retrieved): 1 Отправитель, 2 Станция отправления,
 * 4 Получатель, 5 Станция назначения, 6 Пограничные станции переходов, 7 Вагон, 15 Наименование
 * груза, 16 Род упаковки, 17 К-во мест, 18 Масса (в кг), 19 Пломбы, 22 Перевозчики,
 * 24 Документы, приложенные отправителем, 26 Дата заключения договора перевозки,
 * 28 Отметки для выполнения таможенных и других административных формальностей, 29 Отправка №.
 * Graph 15 carries the particulars of dangerous goods in the order of RID / ADR 5.4.1.1.1
 * (SMGS annex 2), without the road tunnel code (dangerous-goods.ts). Dates DD.MM.YYYY.
 *
 * The file names places and offices, not railway stations and their codes: graphs 2 and 5 print
 * the place of loading and of unloading (the consignee's city when none is given), graph 6 the
 * countries of routing and the offices of transit.
 */
import type { Block, Box, PacketDocument } from '../content'
import {
  formatMass,
  formatMeans,
  formatNumber,
  formatOffice,
  formatPackageKind,
  formatParty,
  formatPlace,
  formatRoute,
  join,
  lines,
  spaced,
} from '../format'
import { bilingualBox, bilingualColumn, cityOf, documentTitles, grid, stacked } from './common'
import { itemDangerousGoods } from './dangerous-goods'
import { formatDateDMY, formatDocumentDMY } from './dates'
import { totalsOf } from './totals'
import type { DeclarationView, DocumentView, ItemView } from '../../model/view'

export const SMGS_DOCUMENT_CODE = 'N720'

/** The graphs: Russian label, English label. */
export const SMGS_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  '1': ['Отправитель', 'Consignor'],
  '2': ['Станция отправления', 'Station of departure'],
  '4': ['Получатель', 'Consignee'],
  '5': ['Станция назначения', 'Station of destination'],
  '6': ['Пограничные станции переходов', 'Border crossing stations'],
  '7': ['Вагон', 'Wagon'],
  '15': ['Наименование груза', 'Description of the goods'],
  '16': ['Род упаковки', 'Kind of packing'],
  '17': ['К-во мест', 'Number of packages'],
  '18': ['Масса (в кг)', 'Mass (kg)'],
  '19': ['Пломбы (к-во / знаки)', 'Seals (number / marks)'],
  '22': ['Перевозчики', 'Carriers'],
  '24': ['Документы, приложенные отправителем', 'Documents attached by the consignor'],
  '26': ['Дата заключения договора перевозки', 'Date of the contract of carriage'],
  '28': [
    'Отметки для выполнения таможенных и других административных формальностей',
    'Entries for customs and other administrative formalities',
  ],
  '29': ['Отправка №', 'Consignment No.'],
}

export const SMGS_HEADING = [
  'Накладная СМГС (код документа N720): лист данных для заполнения и проверки накладной, не сама накладная',
  'SMGS consignment note (document code N720): data sheet for writing or checking the note, not the note itself',
] as const

function smgsBox(number: string, value: string, span?: number): Box {
  return bilingualBox(SMGS_LABELS, number, value, span)
}

function column(number: string): string {
  return bilingualColumn(SMGS_LABELS, number)
}

/** The declaration's rail consignment note (N720): its number is the consignment's. */
function railNote(view: DeclarationView): DocumentView | undefined {
  return view.documents.find((d) => d.type === SMGS_DOCUMENT_CODE)
}

/** Wagons (all means when none is a wagon: a train or container on a flat wagon unnamed). */
function wagons(view: DeclarationView): string {
  const means = view.transport.meansAtDeparture
  const wagon = means.filter((m) => m.kind === 'wagon')
  return lines(...(wagon.length > 0 ? wagon : means).map(formatMeans))
}

function itemRow(item: ItemView): string[] {
  return [
    lines(
      item.description,
      item.hsCode !== '' && `HS ${item.hsCode}`,
      item.containers.length > 0 && `Контейнер / container ${item.containers.join(', ')}`,
      stacked(item.packages.map((p) => (p.marks === '' ? '' : `Знаки / marks ${p.marks}`))),
      ...itemDangerousGoods(item, { tunnelCode: false }),
    ),
    stacked(item.packages.map((p) => formatPackageKind(p.kind, undefined))),
    stacked(item.packages.map((p) => formatNumber(p.count, 0))),
    formatMass(item.grossMass),
  ]
}

function customsEntries(view: DeclarationView): string {
  return lines(
    join(
      ', ',
      spaced('Customs transit', view.procedure),
      view.lrn !== '' && `LRN ${view.lrn}`,
      view.mrn !== '' && `MRN ${view.mrn}`,
    ),
    view.officeOfDeparture && `Office of departure: ${formatOffice(view.officeOfDeparture)}`,
    view.officeOfDestination && `Office of destination: ${formatOffice(view.officeOfDestination)}`,
    view.limitDate !== '' && `Time limit: ${formatDateDMY(view.limitDate)}`,
  )
}

export function smgsDocument(view: DeclarationView): PacketDocument {
  const mode = view.transport.borderMode
  const blocks: Block[] = SMGS_HEADING.map((text) => ({ kind: 'text', emphasis: 'bold', text }))
  if (mode !== '' && mode !== '2') {
    blocks.push({
      kind: 'text',
      emphasis: 'bold',
      text: `The mode of transport at the border is ${mode}, not rail (2): the sheet is for reference only.`,
    })
  }
  // One SMGS note per consignment (one sender, one consignee): a sheet each, as for the CMR.
  const consignments = view.consignments.length > 0 ? view.consignments : [undefined]
  consignments.forEach((consignment, index) => {
    blocks.push(...consignmentSheet(view, consignment, index, consignments.length))
  })
  return { id: 'smgs', title: documentTitles.smgs, blocks }
}

function consignmentSheet(
  view: DeclarationView,
  consignment: DeclarationView['consignments'][number] | undefined,
  index: number,
  count: number,
): Block[] {
  const note = railNote(view)
  const items = consignment?.items ?? []
  const totals = totalsOf(items)
  const attached = [...view.documents, ...items.flatMap((i) => i.documents)].filter(
    (d) => d !== note,
  )
  const seals = view.seals.length > 0 ? `${view.seals.length}: ${view.seals.join(', ')}` : ''
  const head = grid(2, [
    smgsBox('29', note ? spaced(note.reference, note.date && `(${formatDateDMY(note.date)})`) : ''),
    smgsBox('26', note ? formatDateDMY(note.date) : ''),
    smgsBox('1', formatParty(consignment?.consignor)),
    smgsBox(
      '2',
      view.placeOfLoading ? formatPlace(view.placeOfLoading) : cityOf(consignment?.consignor),
    ),
    smgsBox('4', formatParty(consignment?.consignee)),
    smgsBox(
      '5',
      view.placeOfUnloading ? formatPlace(view.placeOfUnloading) : cityOf(consignment?.consignee),
    ),
    smgsBox(
      '6',
      lines(
        view.countriesOfRouting.length > 0 && formatRoute(view.countriesOfRouting),
        ...view.officesOfTransit.map(formatOffice),
      ),
    ),
    smgsBox('7', wagons(view)),
  ])
  if (count > 1) {
    head.title = `Отправка ${index + 1} из ${count} / consignment ${index + 1} of ${count}`
    if (index > 0) head.pageBreakBefore = true
  }
  return [
    head,
    {
      kind: 'table',
      columns: [
        { label: column('15'), width: 12 },
        { label: column('16'), width: 5 },
        { label: column('17'), width: 3, align: 'end' },
        { label: column('18'), width: 4, align: 'end' },
      ],
      rows: items.map(itemRow),
      totals: ['Итого / Total', '', formatNumber(totals.packages, 0), formatMass(totals.gross)],
    },
    grid(2, [
      smgsBox('19', seals),
      smgsBox('22', formatParty(view.carrier)),
      smgsBox('24', lines(...attached.map(formatDocumentDMY)), 2),
      smgsBox('28', customsEntries(view), 2),
    ]),
  ]
}
