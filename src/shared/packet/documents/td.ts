/**
 * Транзитная декларация (ТД) of the Eurasian Economic Union, in Russian: the paper form of EEC
 * Board Decision No. 73 of 30 May 2023 "Об утверждении формы транзитной декларации и порядка ее
 * заполнения…" (in force 1 October 2023; it replaced CU Commission Decision No. 289 of
 * 18 June 2010). One goods item on the main sheet, the others on additional sheets
 * ("ДОБАВОЧНЫЙ ЛИСТ ТРАНЗИТНОЙ ДЕКЛАРАЦИИ") that repeat graphs 1, 2, 8, 3 and А.
 *
 * Sources (docs/papers-research.md §1 has the detail and what stays unverified):
 * - EEC news of 30.05.2023, eec.eaeunion.org/en/news/eek-utverdila-novuyu-formu-tranzitnoy-
 *   deklaratsii-i-poryadok-ee-zapolneniya/ [official]: form and Порядок for the electronic and
 *   the paper ТД, in force 01.10.2023, replacing Decisions No. 289 and No. 377 of the CU
 *   Commission.
 * - Порядок заполнения ТД, пп. 1–3, docs.cntd.ru/document/1301739549 [secondary]: the paper ТД
 *   follows the form of Decision No. 73; one ТД per consignment (товарная партия).
 * - The public print XSLT of the EEC R.048 electronic ТД, urn:EEC:R:048:TransitDeclaration:
 *   v1.0.0 (search-index file ids 53241395558 and 9609882925) [code]: the graph numbers and
 *   titles of TD_LABELS, the Cyrillic letters А and С, graph 51 "Дата, подпись, печать", no
 *   graph 54, item 1 on the main sheet and five items per additional sheet, dates DD.MM.YYYY,
 *   masses printed with a decimal point. It was derived from the FTS print of the declaration
 *   on goods, which groups three items a sheet (ids 32142042990, 14266214418): the five is a
 *   deliberate change for the ТД. The two versions differ on graph 52 only: "Гарантия" in the
 *   first, "Обеспечение" in the second; this prints "Гарантия", the old form's title.
 * - EAEU Customs Code arts. 63 and 146 (kinds of security, no security): russian.ts.
 *
 * Choices where the sources leave room:
 * - Graph А holds the registration number (`CODE/DDMMYY/NNNNNNN`, the view's `mrn`) once
 *   customs give one, and is empty before; the officers' sections С, D, I and F, graph 55
 *   (transhipments, written en route) and graph 40 (no previous-document element in the file)
 *   stay empty.
 * - Graph 1 holds "ТТ", the letters customs systems use for customs transit (an FTS print
 *   tests `CustomsProcedure = 'ТТ'`); its other two subdivisions stay empty.
 * - Graph 14 is the declarant (the file's holder), 9 the customs representative, 50 the
 *   carrier, 51 the date of the declaration.
 * - What concerns the whole ТД (its documents, the Union status of goods, offices of transit,
 *   the requested transit time limit, remarks) goes to graph 44 of the main sheet's item.
 * - The layout draws the main sheet's graphs before its goods item (the form puts 50–55 and
 *   С, D, I, F below it): the item block is laid out with the additional sheets' machinery.
 */
import type { PacketDocument } from '../content'
import { formatMoneyList, formatNumber, formatOffice, lines } from '../format'
import { documentTitles, grid } from './common'
import {
  formatCountryRu,
  formatDateDMY,
  formatDocumentRu,
  formatGuaranteeRu,
  formatMeansRu,
  formatPartyRu,
} from './russian'
import { graph, tdItemGrid } from './td-items'
import { declarationTotals } from './totals'
import type { DeclarationView, PartyView } from '../../model/view'

export { TD_LABELS } from './td-items'

/** Goods items on the main sheet of the ТД. */
export const TD_FIRST_SHEET_ITEMS = 1

/**
 * Goods items on each additional sheet: five, as the R.048 print XSLT of the Decision 73 form
 * groups them ("группируя их по 5 шт. на лист"). The old ТД2 of Decision No. 289 held three.
 * Not yet read on the official form image (docs/papers-research.md §1.3).
 */
export const TD_ITEMS_PER_ADDITIONAL_SHEET = 5

/** Main sheet title and additional sheet title, as printed on the form. */
export const TD_MAIN_SHEET_TITLE = 'ТРАНЗИТНАЯ ДЕКЛАРАЦИЯ'
export const TD_ADDITIONAL_SHEET_TITLE = 'ДОБАВОЧНЫЙ ЛИСТ ТРАНЗИТНОЙ ДЕКЛАРАЦИИ'

/** Graph 1, first subdivision: customs transit. */
export const TD_DECLARATION_KIND = 'ТТ'

/** Sheets of a ТД with `items` goods items (graph 3 "Формы" counts them). */
export function tdFormsCount(items: number): number {
  const rest = Math.max(0, items - TD_FIRST_SHEET_ITEMS)
  return 1 + Math.ceil(rest / TD_ITEMS_PER_ADDITIONAL_SHEET)
}

const VARIOUS = 'Несколько — см. сведения о товарах'

/** The one consignor (or consignee) of all consignments, or undefined when they differ. */
function common(
  view: DeclarationView,
  pick: (c: DeclarationView['consignments'][number]) => PartyView | undefined,
): { same: boolean; party: PartyView | undefined } {
  const keys = new Set(view.consignments.map((c) => formatPartyRu(pick(c))))
  const first = view.consignments[0]
  return { same: keys.size <= 1, party: first ? pick(first) : undefined }
}

/** Name and identification only: the additional sheets' graphs 2 and 8. */
function partyShort(party: PartyView | undefined): string {
  if (!party) return ''
  return lines(party.name, party.idValue !== '' && `${party.idScheme} ${party.idValue}`)
}

function containerIndicator(containerised: boolean | undefined): string {
  return containerised === undefined ? '' : containerised ? '1' : '0'
}

/** Graph 20: the seals (customs means of identification), their count and identities. */
function identificationMeans(seals: string[]): string {
  return seals.length === 0 ? '' : lines(`Пломбы: ${seals.length}`, seals.join(', '))
}

/** The lines of graph 44 that concern the whole ТД. */
function declarationLines(view: DeclarationView): string {
  return lines(
    ...view.documents.map(formatDocumentRu),
    view.goodsStatus === 'union' && 'Статус товаров: товары Союза (п. 2 ст. 142 ТК ЕАЭС)',
    view.officesOfTransit.length > 0 &&
      `Таможенные органы транзита: ${view.officesOfTransit.map(formatOffice).join('; ')}`,
    view.limitDate !== '' &&
      `Заявленный срок таможенного транзита: ${formatDateDMY(view.limitDate)}`,
    view.remarks,
  )
}

export function tdDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const forms = `1/${tdFormsCount(totals.items)}`
  const consignor = common(view, (c) => c.consignor)
  const consignee = common(view, (c) => c.consignee)
  const t = view.transport

  const mainSheet = grid(
    4,
    [
      graph('1', TD_DECLARATION_KIND),
      graph('3', forms),
      graph('А', view.mrn, 2),
      graph('2', consignor.same ? formatPartyRu(consignor.party) : VARIOUS, 2),
      graph('8', consignee.same ? formatPartyRu(consignee.party) : VARIOUS, 2),
      graph('5', String(totals.items)),
      graph('6', formatNumber(totals.packages, 0)),
      graph('7', view.lrn, 2),
      graph('9', formatPartyRu(view.representative), 2),
      graph('14', formatPartyRu(view.holder), 2),
      graph('15', formatCountryRu(view.countryOfDispatch), 2),
      graph('17', formatCountryRu(view.countryOfDestination), 2),
      graph('18', lines(...t.meansAtDeparture.map(formatMeansRu)), 3),
      graph('19', containerIndicator(t.containerised)),
      graph('20', identificationMeans(view.seals), 2),
      graph('22', formatMoneyList(totals.value), 2),
      graph('50', formatPartyRu(view.carrier), 2),
      graph('51', formatDateDMY(view.declarationDate), 2),
      graph('52', formatGuaranteeRu(view.guarantee), 2),
      graph('53', formatOffice(view.officeOfDestination), 2),
      graph('55', '', 2),
      graph('F', '', 2),
      graph('С', ''),
      graph('D', ''),
      graph('I', '', 2),
    ],
    TD_MAIN_SHEET_TITLE,
  )

  const declaration44 = declarationLines(view)
  const itemGrids = view.consignments.flatMap((c) =>
    c.items.map((item) =>
      tdItemGrid(item, {
        parties:
          consignor.same && consignee.same
            ? undefined
            : { consignor: formatPartyRu(c.consignor), consignee: formatPartyRu(c.consignee) },
        declaration44: item === view.items[0] ? declaration44 : undefined,
      }),
    ),
  )

  const sheetHeader = grid(
    4,
    [
      graph('1', TD_DECLARATION_KIND),
      graph('3', forms),
      graph('А', view.mrn, 2),
      graph('2', consignor.same ? partyShort(consignor.party) : VARIOUS, 2),
      graph('8', consignee.same ? partyShort(consignee.party) : VARIOUS, 2),
    ],
    TD_ADDITIONAL_SHEET_TITLE,
  )

  return {
    id: 'td',
    title: documentTitles.td,
    language: 'ru',
    blocks: [mainSheet],
    items: {
      grids: itemGrids,
      firstSheetItems: TD_FIRST_SHEET_ITEMS,
      perSheet: TD_ITEMS_PER_ADDITIONAL_SHEET,
      sheetHeader,
    },
  }
}
