/**
 * TIR Carnet data sheet (packet.md, document 4; corridor.md, "TIR data sheet"): what the carnet
 * says, box by box as numbered in the model of Annex 1 to the TIR Convention, so that it can be
 * copied onto, or checked against, the pre-printed carnet (document code N952). It is not the
 * carnet and says so.
 *
 * Cover, page 1 (boxes 1–12): the authentic Russian text of the model (Annex 1, "Образец книжки
 * МДП": 1 valid for acceptance by the Customs office of departure up to … inclusive, 2 issued
 * by, 3 holder, 4 signature of the issuing association and its stamp, 5 signature of the
 * secretary of the international organization, then "to be completed by the holder before use":
 * 6 country of departure, 7 country(ies) of destination, 8 registration numbers of the road
 * vehicles, 9 certificates of approval (number and date), 10 container numbers …) with the
 * Administrative Committee's amendments ("Country/Countries of departure" from 12.05.2002;
 * "identification number, name, address, country" in cover box 3 and voucher box 4 from
 * 01.04.2006: Czech official text 61/2008 Sb.m.s.); box meanings per the TIR Handbook's best
 * practices (AEAT Transit Manual IX.8.3); 11 remarks and 12 the holder's signature per the
 * UNECE/IRU training unit and Finnish Customs (docs/papers-research.md §2.2).
 *
 * Vouchers (the holder's boxes, the same on the goods manifest and on every voucher): 1 TIR
 * Carnet No., 2 Customs office(s) of departure, 3 name of the international organization (the
 * voucher model reproduced in Annex 9 to the Russian regulation on applying the TIR Convention),
 * 4 holder (Administrative Committee amendment above), 5 and 6 countries of departure and
 * destination (customs.gov.by), 7 registration numbers, 8 documents attached, 9–11 the
 * manifest (tir-manifest.ts), 12 total number of packages, 13 the holder's declaration, 14 place
 * and date, 15 the holder's signature. Boxes 7–15 as the Russian print of the voucher titles them
 * (FTS stylesheet for CUTIR_Carnet 1.3, 25.12.2008, search-index file id 8944182186 [code]: "7.
 * Регистрационный(ые) номер(а) дорожного(ых) транспортного(ых) средств(а)", "8. Прилагаемые к
 * манифесту документы", "9. a) Грузовое(ые) отделение(ия) или контейнер(ы) б) Опознавательные
 * знаки и номера грузовых мест или предметов", "10. Число и род грузовых мест или предметов;
 * описание грузов", "11. Вес брутто в кг", "12. Общее число грузовых мест, записанных в
 * манифесте", "13. Я заявляю, что сведения, приведенные выше в рубриках 1-12, точны и полны",
 * "14. Место и дата", "15. Подпись держателя или его представителя"); the English is ours.
 * Boxes 16 onwards are Customs' (16 seals, 17 stamp: UNECE, 14.01.2008) and are not printed.
 *
 * "HEAVY OR BULKY GOODS" in front of the bold headings of the cover, of the voucher boxes and
 * of every manifest block when `transport.heavyOrBulky` (art. 32: "the cover and all vouchers
 * … in bold letters in English or in French"). Dates DD.MM.YYYY. Sources in full:
 * docs/papers-research.md §2.
 */
import type { Block, Box, PacketDocument } from '../content'
import {
  formatCountry,
  formatMeans,
  formatNumber,
  formatOffice,
  formatParty,
  join,
  lines,
} from '../format'
import { numberToWords } from '../words'
import { box, documentTitles, grid, unique } from './common'
import { formatDateDMY, formatDocumentDMY, placeAndDateDMY } from './dates'
import { endorsed, manifestBlocks, manifestTables, roadVehicles } from './tir-manifest'
import { declarationTotals } from './totals'
import type { DeclarationView, DocumentView } from '../../model/view'

export const TIR_DOCUMENT_CODE = 'N952'

/** Page 1 of the cover. */
export const TIR_COVER_LABELS = {
  '1': 'Valid for the acceptance of goods by the Customs office of departure up to and including',
  '2': 'Issued by (name of the issuing association)',
  '3': 'Holder (identification No., name, address, country)',
  '4': 'Signature of the authorized official of the issuing association and stamp of that association',
  '5': 'Signature of the secretary of the international organization',
  '6': 'Country/Countries of departure',
  '7': 'Country/Countries of destination',
  '8': 'Registration No(s). of road vehicle(s)',
  '9': 'Certificate(s) of approval of road vehicle(s) (No. and date)',
  '10': 'Identification No(s). of container(s)',
  '11': 'Remarks',
  '12': 'Signature of the holder of the TIR Carnet',
} as const

/** The holder's boxes of the vouchers (and of the goods manifest), but for 9–11 (the manifest). */
export const TIR_VOUCHER_LABELS = {
  '1': 'TIR Carnet No.',
  '2': 'Customs office(s) of departure',
  '3': 'Name of the international organization',
  '4': 'Holder of the TIR Carnet (identification No., name, address, country)',
  '5': 'Country/Countries of departure',
  '6': 'Country/Countries of destination',
  '7': 'Registration No(s). of road vehicle(s)',
  '8': 'Documents attached to the manifest',
  '12': 'Total number of packages entered in the manifest (in figures and in words)',
  '13': 'I declare that the particulars given above under 1 to 12 are accurate and complete',
  '14': 'Place and date',
  '15': 'Signature of the holder or his agent',
} as const

function cover(n: keyof typeof TIR_COVER_LABELS, value: string, span?: number): Box {
  return box(n, TIR_COVER_LABELS[n], value, span)
}

function voucher(n: keyof typeof TIR_VOUCHER_LABELS, value: string, span?: number): Box {
  return box(n, TIR_VOUCHER_LABELS[n], value, span)
}

/** The carnet's number: the guarantee's when it is a TIR Carnet, else the N952 document's. */
export function carnetNumber(view: DeclarationView): string {
  if (view.guarantee.kind === 'TIR_CARNET' && view.guarantee.reference !== '') {
    return view.guarantee.reference
  }
  return view.documents.find((d) => d.type === TIR_DOCUMENT_CODE)?.reference ?? ''
}

/** Documents attached to the manifest: the declaration's, without the carnet itself. */
export function attachedDocuments(view: DeclarationView): DocumentView[] {
  const carnet = carnetNumber(view)
  return view.documents.filter(
    (d) => d.type !== TIR_DOCUMENT_CODE && (carnet === '' || d.reference !== carnet),
  )
}

function holderText(view: DeclarationView): string {
  return lines(view.holder?.tirHolderId, formatParty(view.holder))
}

/** Where the TIR transport begins and ends: the offices' countries, else the file's. */
function countries(office: string | undefined, fallback: string): string {
  return lines(...unique([office || fallback]).map(formatCountry))
}

function headerBlocks(view: DeclarationView, carnet: string): Block[] {
  const blocks: Block[] = [
    {
      kind: 'text',
      emphasis: 'bold',
      text: join(
        ' ',
        `TIR Carnet No. ${carnet || '(not given)'}`,
        `(document code ${TIR_DOCUMENT_CODE})`,
      ),
    },
    {
      kind: 'text',
      emphasis: 'small',
      text: 'Data sheet for writing or checking the TIR Carnet (Annex 1 of the TIR Convention), box by box; it is not the carnet.',
    },
  ]
  const reference = join(
    ', ',
    view.lrn !== '' && `Transit declaration LRN ${view.lrn}`,
    view.mrn !== '' && `MRN ${view.mrn}`,
  )
  if (reference !== '') blocks.push({ kind: 'text', text: reference })
  if (view.procedure !== 'TIR') {
    blocks.push({
      kind: 'text',
      emphasis: 'bold',
      text: `This declaration's procedure is ${view.procedure || 'not given'}, not TIR: the sheet is for reference only.`,
    })
  }
  return blocks
}

function coverBlocks(view: DeclarationView, carnet: string): Block[] {
  const g = view.guarantee
  const containers = unique(view.items.flatMap((i) => i.containers))
  return [
    grid(
      4,
      [
        box('', TIR_VOUCHER_LABELS['1'], carnet),
        cover('1', g.kind === 'TIR_CARNET' ? formatDateDMY(g.validUntil) : '', 3),
        cover('2', '', 2),
        cover('3', holderText(view), 2),
        cover('4', '', 2),
        cover('5', '', 2),
      ],
      endorsed(
        view,
        'Carnet cover, page 1 — boxes 1 to 5: for the association (printed when the carnet is issued)',
      ),
    ),
    grid(
      4,
      [
        cover('6', countries(view.officeOfDeparture?.country, view.countryOfDispatch), 2),
        cover('7', countries(view.officeOfDestination?.country, view.countryOfDestination), 2),
        cover('8', lines(...roadVehicles(view).map(formatMeans)), 2),
        cover('9', view.transport.approvalCertificate, 2),
        cover('10', containers.join(', '), 4),
        cover('11', '', 2),
        cover('12', '', 2),
      ],
      'Carnet cover, page 1 — boxes 6 to 12: to be completed by the holder before use',
    ),
  ]
}

function voucherBlocks(view: DeclarationView, carnet: string): Block[] {
  const totals = declarationTotals(view)
  const packages = `${formatNumber(totals.packages, 0)} (${numberToWords(totals.packages)})`
  const blocks = manifestBlocks(view).length
  const containers = unique(view.items.flatMap((i) => i.containers)).length
  const shared = view.items.some((i) => i.containers.length > 1)
  const separately = join(
    ' and of ',
    containers === 1 ? 'the container' : containers > 1 && `each of the ${containers} containers`,
    view.items.some((i) => i.containers.length === 0) && 'the road vehicle',
  )
  return [
    grid(
      4,
      [
        voucher('1', carnet),
        voucher('2', view.officeOfDeparture ? `1. ${formatOffice(view.officeOfDeparture)}` : '', 2),
        voucher('3', ''),
        voucher('4', holderText(view), 2),
        voucher('5', countries(view.officeOfDeparture?.country, view.countryOfDispatch)),
        voucher('6', countries(view.officeOfDestination?.country, view.countryOfDestination)),
        voucher('7', lines(...roadVehicles(view).map(formatMeans)), 2),
        voucher('8', lines(...attachedDocuments(view).map(formatDocumentDMY)), 2),
      ],
      endorsed(
        view,
        'Vouchers (white No. 1, green No. 2) and goods manifest — the holder’s boxes, the same on every voucher',
      ),
    ),
    ...manifestTables(view),
    grid(4, [
      voucher('12', packages, 2),
      voucher('13', '', 2),
      voucher('14', placeAndDateDMY(view.placeOfDeclaration, view.declarationDate), 2),
      voucher('15', '', 2),
    ]),
    {
      kind: 'text',
      emphasis: 'small',
      text: join(
        ' ',
        blocks > 1 && `The manifest lists the contents of ${separately} separately (art. 17).`,
        shared && 'Goods loaded in several containers are listed once, under all of them.',
        'Boxes 16 onwards are for Customs (16 seals or identification marks affixed, 17 stamp of the Customs office).',
        view.seals.length > 0 && `Seals declared: ${view.seals.join(', ')}.`,
      ),
    },
  ]
}

export function tirDocument(view: DeclarationView): PacketDocument {
  const carnet = carnetNumber(view)
  return {
    id: 'tir',
    title: documentTitles.tir,
    blocks: [
      ...headerBlocks(view, carnet),
      ...coverBlocks(view, carnet),
      ...voucherBlocks(view, carnet),
    ],
  }
}
