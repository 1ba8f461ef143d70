/**
 * CMR consignment note (packet.md, document 5; corridor.md, "Transport document by mode"): the
 * 1976 layout as the corridor's Russian-language blanks print it, labels in Russian with the
 * English beside them, one note per consignment, each in the three copies a driver carries.
 *
 * Numbering — the Russian–German blanks of the RU/KZ market (docs/papers-research.md §4.3):
 * 1 sender, 2 consignee, 3 place of delivery, 4 place and date of taking over, 5 documents
 * attached, 6–12 the goods, 13 sender's instructions, 14 "Возврат" (cash on delivery),
 * 15 "Условия оплаты" (франко / нефранко), 16 carrier, 17 successive carriers, 18 carrier's
 * reservations, 19 "Подлежит оплате" (to be paid by: the table of charges), 20 "Особые
 * согласованные условия", 21 established in … on …, 22–24 signatures and goods received.
 * 15 and 20 are read on a scanned RU–DE blank (scribd "CMR-Sablon"); 14 and 19 follow by
 * elimination, and agree with the FTS letter of 02.05.2012 No. 04-30/22006 as summarised by
 * klerk.ru (the sender fills 1–15, the carrier fills 19 with tariffs and charges when needed).
 * The English/French IRU model numbers 14/15 and 19/20 the other way round; the English labels
 * here are the IRU model's names of the same boxes, not a renumbering.
 *
 * Title, "CMR" and the art. 6(1)(k) statement in the wording of the RU blanks (and the Uzbek RU/EN
 * form, fmc.uz) with the English of the IRU model. Art. 5(1): three original copies — the first
 * for the sender, the second travels with the goods to the consignee, the third stays with the
 * carrier: each copy is printed in full, starting on a new page, marked with its designation.
 *
 * Filled from the declaration: 1, 2, 3, 4 (the date of the declaration's N730), 5 (the TIR
 * Carnet N952 first, then the other documents, not this note itself), 6–11 (9 with the ADR
 * particulars of dangerous goods, dangerous-goods.ts), 13 (the customs transit), 15 (the
 * Incoterm), 16 (the carrier and its vehicles), 21. Dates DD.MM.YYYY.
 */
import type { Block, Box, BoxGrid, PacketDocument } from '../content'
import {
  formatMass,
  formatMeans,
  formatNumber,
  formatOffice,
  formatParty,
  formatPlace,
  join,
  lines,
  spaced,
} from '../format'
import { packageKind } from '../../codes/package-kinds'
import {
  bilingualBox,
  bilingualColumn,
  cityOf,
  documentTitles,
  grid,
  stacked,
  unique,
} from './common'
import { itemDangerousGoods } from './dangerous-goods'
import { formatDateDMY, formatDocumentDMY, placeAndDateDMY } from './dates'
import { carnetNumber, TIR_DOCUMENT_CODE } from './tir'
import { totalsOf } from './totals'
import type { ConsignmentView, DeclarationView, DocumentView, ItemView } from '../../model/view'

/** The boxes of the RU blank: Russian label, English label. */
export const CMR_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  '1': ['Отправитель (наименование, адрес, страна)', 'Sender (name, address, country)'],
  '2': ['Получатель (наименование, адрес, страна)', 'Consignee (name, address, country)'],
  '3': ['Место разгрузки груза (место, страна)', 'Place of delivery of the goods (place, country)'],
  '4': [
    'Место и дата погрузки груза (место, страна, дата)',
    'Place and date of taking over the goods (place, country, date)',
  ],
  '5': ['Прилагаемые документы', 'Documents attached'],
  '6': ['Знаки и номера', 'Marks and Nos'],
  '7': ['Количество мест', 'Number of packages'],
  '8': ['Род упаковки', 'Method of packing'],
  '9': ['Наименование груза', 'Nature of the goods'],
  '10': ['Статист. №', 'Statistical number'],
  '11': ['Вес брутто, кг', 'Gross weight in kg'],
  '12': ['Объём, м³', 'Volume in m³'],
  '13': [
    'Указания отправителя (таможенная и прочая обработка)',
    'Sender’s instructions (customs and other formalities)',
  ],
  '14': ['Возврат', 'Cash on delivery'],
  '15': ['Условия оплаты (франко / нефранко)', 'Instructions as to payment for carriage'],
  '16': ['Перевозчик (наименование, адрес, страна)', 'Carrier (name, address, country)'],
  '17': [
    'Последующий перевозчик (наименование, адрес, страна)',
    'Successive carriers (name, address, country)',
  ],
  '18': ['Оговорки и замечания перевозчика', 'Carrier’s reservations and observations'],
  '19': ['Подлежит оплате', 'To be paid by'],
  '20': ['Особые согласованные условия', 'Special agreements'],
  '21': ['Составлена в … Дата …', 'Established in … on …'],
  '22': ['Подпись и печать отправителя', 'Signature and stamp of the sender'],
  '23': ['Подпись и печать перевозчика', 'Signature and stamp of the carrier'],
  '24': [
    'Груз получен. Дата. Подпись и печать получателя',
    'Goods received. Date. Signature and stamp of the consignee',
  ],
}

export const CMR_TITLE = [
  'Международная товарно-транспортная накладная',
  'International consignment note',
] as const

/** Art. 6(1)(k): as the RU blanks print it, and as the IRU model does in English. */
export const CMR_STATEMENT = [
  'Данная перевозка, несмотря ни на какие прочие договоры, осуществляется в соответствии с условиями Конвенции о договоре международной дорожной перевозки грузов (КДПГ)',
  'This carriage is subject, notwithstanding any clause to the contrary, to the Convention on the Contract for the International Carriage of Goods by Road (CMR)',
] as const

/** Art. 5(1): the three original copies. */
export const CMR_COPIES = [
  '1 Экземпляр для отправителя / Copy for sender',
  '2 Экземпляр для получателя / Copy for consignee',
  '3 Экземпляр для перевозчика / Copy for carrier',
] as const

function cmrBox(number: string, value: string, span?: number): Box {
  return bilingualBox(CMR_LABELS, number, value, span)
}

function column(number: string): string {
  return bilingualColumn(CMR_LABELS, number)
}

/** The declaration's road consignment note (N730), whose number and date this note carries. */
function consignmentNote(view: DeclarationView): DocumentView | undefined {
  return view.documents.find((d) => d.type === 'N730')
}

/**
 * Box 5: the TIR Carnet (N952) first, then the declaration's documents and those of this
 * consignment's items (not another consignment's: each has its own note), each once.
 */
export function cmrDocumentsAttached(
  view: DeclarationView,
  items: readonly ItemView[] = view.items,
): string[] {
  const carnet = carnetNumber(view)
  const note = consignmentNote(view)
  const documents = [...view.documents, ...items.flatMap((i) => i.documents)].filter(
    (d) => d !== note && d.type !== TIR_DOCUMENT_CODE && (carnet === '' || d.reference !== carnet),
  )
  return unique([
    carnet !== '' ? `TIR Carnet ${TIR_DOCUMENT_CODE} ${carnet}` : '',
    ...documents.map(formatDocumentDMY),
  ])
}

function itemRow(item: ItemView): string[] {
  return [
    lines(stacked(item.packages.map((p) => p.marks)), ...item.containers),
    stacked(item.packages.map((p) => formatNumber(p.count, 0))),
    stacked(item.packages.map((p) => spaced(p.kind, packageKind(p.kind)?.name))),
    lines(item.description, ...itemDangerousGoods(item)),
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
    view.limitDate !== '' && `Time limit: ${formatDateDMY(view.limitDate)}`,
    view.seals.length > 0 && `Seals: ${view.seals.join(', ')}`,
  )
}

/** One copy of the note for one consignment: its boxes, in the places the blank has them. */
function copyBlocks(view: DeclarationView, consignment: ConsignmentView, at: Position): Block[] {
  const note = consignmentNote(view)
  const totals = totalsOf(consignment.items)
  const invoice = view.invoice
  const vehicles = view.transport.meansAtDeparture.map(formatMeans).join(', ')
  const header: BoxGrid = grid(
    2,
    [
      {
        number: '',
        label: CMR_TITLE[0],
        labelSecondary: CMR_TITLE[1],
        value: lines(
          'CMR',
          note && `№ / No. ${note.reference}`,
          at.count > 1 &&
            `Отправка ${at.index + 1} из ${at.count} / consignment ${at.index + 1} of ${at.count}`,
        ),
        span: 2,
      },
    ],
    CMR_COPIES[at.copy],
  )
  if (at.index > 0 || at.copy > 0) header.pageBreakBefore = true
  return [
    header,
    { kind: 'text', emphasis: 'small', text: CMR_STATEMENT[0] },
    { kind: 'text', emphasis: 'small', text: CMR_STATEMENT[1] },
    grid(2, [
      cmrBox('1', formatParty(consignment.consignor)),
      cmrBox('16', lines(formatParty(view.carrier), vehicles !== '' && `Vehicle: ${vehicles}`)),
      cmrBox('2', formatParty(consignment.consignee)),
      cmrBox('17', ''),
      cmrBox(
        '3',
        view.placeOfUnloading ? formatPlace(view.placeOfUnloading) : cityOf(consignment.consignee),
      ),
      cmrBox('18', ''),
      cmrBox(
        '4',
        lines(
          view.placeOfLoading ? formatPlace(view.placeOfLoading) : cityOf(consignment.consignor),
          // The note's own date, else the day of the declaration (as box 21).
          formatDateDMY(note?.date || view.declarationDate),
        ),
      ),
      cmrBox('5', lines(...cmrDocumentsAttached(view, consignment.items))),
    ]),
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
        'Итого / Total',
        formatNumber(totals.packages, 0),
        '',
        '',
        '',
        formatMass(totals.gross),
        '',
      ],
    },
    grid(2, [
      cmrBox('13', senderInstructions(view)),
      cmrBox('19', ''),
      cmrBox('14', ''),
      cmrBox('20', ''),
      cmrBox(
        '15',
        invoice && invoice.incotermRule !== ''
          ? `${spaced(invoice.incotermRule, invoice.incotermPlace)} (Incoterms 2020)`
          : '',
      ),
      cmrBox(
        '21',
        placeAndDateDMY(
          view.placeOfLoading?.name || view.placeOfDeclaration,
          note?.date || view.declarationDate,
        ),
      ),
    ]),
    // the designation again over the signatures, which often fall on the copy's second page
    grid(
      3,
      [cmrBox('22', ''), cmrBox('23', ''), cmrBox('24', '')],
      `${CMR_COPIES[at.copy]} — 22–24`,
    ),
  ]
}

interface Position {
  /** the consignment, and how many there are */
  index: number
  count: number
  /** 0, 1, 2: the copy for the sender, the consignee, the carrier */
  copy: number
}

export function cmrDocument(view: DeclarationView): PacketDocument {
  // A draft without consignments still gets one (empty) note.
  const consignments: ConsignmentView[] =
    view.consignments.length > 0
      ? view.consignments
      : [{ consignor: undefined, consignee: undefined, items: [] }]
  const mode = view.transport.borderMode
  const notice: Block[] =
    mode !== '' && mode !== '3'
      ? [
          {
            kind: 'text',
            emphasis: 'bold',
            text: `The mode of transport at the border is ${mode}, not road (3): the CMR is for reference only.`,
          },
        ]
      : []
  const count = consignments.length
  return {
    id: 'cmr',
    title: documentTitles.cmr,
    blocks: [
      ...notice,
      ...consignments.flatMap((c, index) =>
        CMR_COPIES.flatMap((_, copy) => copyBlocks(view, c, { index, count, copy })),
      ),
    ],
  }
}
