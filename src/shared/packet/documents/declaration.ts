/**
 * Transit declaration on the SAD transit copy (packet.md, document 2): the boxes transit uses,
 * each with its number and label; one goods item on the first sheet and three on each
 * continuation sheet (SAD-BIS), every sheet repeating boxes 1, 3, 7 and 50.
 *
 * Box 3 "Forms" is written "1/N" (N = the number of sheets) in the first sheet's grid and in the
 * sheet header: the layout engine rewrites the value of box "3" to "k/N" on sheet k.
 *
 * Choices where the SAD leaves room:
 * - Box A (not in the transit box list, but where the NCTS prints it) carries the MRN.
 * - Boxes 2 and 8 hold the consignor and consignee when every consignment has the same ones;
 *   otherwise they say "Various — see items" and each item grid carries its own 2 and 8 (as the
 *   SAD-BIS does for transit).
 * - Box 14 holds the representative; it is empty when the principal lodges the declaration.
 * - Box 44 appears twice: once for the whole declaration (its documents and remarks) and in
 *   each item (the item's documents, UN numbers, additional information).
 * - Box 40 (previous document) stays empty: the exchange format has no previous-document element.
 * - Box 50 ends with the place and date of the declaration (the SAD's box 50 has both).
 */
import type { Box, BoxGrid, PacketDocument } from '../content'
import {
  formatCountry,
  formatDocument,
  formatMass,
  formatMeans,
  formatMode,
  formatMoneyList,
  formatNumber,
  formatOffice,
  formatPackageKind,
  formatParty,
  formatPlace,
  join,
  lines,
  placeAndDate,
  spaced,
} from '../format'
import { box, documentTitles, formatGuarantee, grid } from './common'
import { itemDangerousGoods } from './dangerous-goods'
import { declarationTotals } from './totals'
import { type DeclarationView, type ItemView, type PartyView } from '../../model/view'

export const SAD_FIRST_SHEET_ITEMS = 1
export const SAD_ITEMS_PER_SHEET = 3

/** Sheets of the SAD for `items` goods items: the first sheet and SAD-BIS sheets of three. */
export function formsCount(items: number): number {
  return 1 + Math.ceil(Math.max(0, items - SAD_FIRST_SHEET_ITEMS) / SAD_ITEMS_PER_SHEET)
}

/** The SAD's box labels (transit copy), by box number. */
export const SAD_LABELS = {
  '1': 'Declaration',
  '2': 'Consignor/Exporter',
  '3': 'Forms',
  '5': 'Items',
  '6': 'Total packages',
  '7': 'Reference number',
  '8': 'Consignee',
  '14': 'Declarant/Representative',
  '15': 'Country of dispatch/export',
  '17': 'Country of destination',
  '18': 'Identity and nationality of means of transport at departure',
  '19': 'Ctr.',
  '21': 'Identity and nationality of active means of transport crossing the border',
  '22': 'Currency and total amount invoiced',
  '25': 'Mode of transport at the border',
  '26': 'Inland mode of transport',
  '27': 'Place of loading',
  '31': 'Packages and description of goods',
  '32': 'Item No.',
  '33': 'Commodity code',
  '34': 'Country of origin code',
  '35': 'Gross mass (kg)',
  '38': 'Net mass (kg)',
  '40': 'Summary declaration/Previous document',
  '41': 'Supplementary units',
  '44': 'Additional information/Documents produced/Certificates and authorisations',
  '50': 'Principal and No., place and date',
  '51': 'Intended offices of transit (and country)',
  '52': 'Guarantee',
  '53': 'Office of destination (and country)',
  A: 'Movement reference number (MRN)',
  C: 'Office of departure',
  D: 'Control by office of departure',
} as const satisfies Record<string, string>

type SadBox = keyof typeof SAD_LABELS

function sad(number: SadBox, value: string, span?: number, label?: string): Box {
  return box(number, label ?? SAD_LABELS[number], value, span)
}

function partyKey(p: PartyView | undefined): string {
  return formatParty(p)
}

/** The one consignor (or consignee) of all consignments, or undefined when they differ. */
function commonParty(
  view: DeclarationView,
  pick: (c: DeclarationView['consignments'][number]) => PartyView | undefined,
): { same: boolean; party: PartyView | undefined } {
  const keys = new Set(view.consignments.map((c) => partyKey(pick(c))))
  const first = view.consignments[0]
  return { same: keys.size <= 1, party: first ? pick(first) : undefined }
}

/** Number and kind of packages with their marks, and the containers: one line each. */
export function packagesText(item: ItemView): string {
  return lines(
    ...item.packages.map((p) =>
      join(', ', formatPackageKind(p.kind, p.count), p.marks !== '' && `marks ${p.marks}`),
    ),
    item.containers.length > 0 && `Containers: ${item.containers.join(', ')}`,
  )
}

/** Box 31: marks and numbers, number and kind of packages, containers, description. */
export function sadBox31(item: ItemView): string {
  return lines(packagesText(item), item.description)
}

/** Box 44 of an item: its documents, UN numbers of dangerous goods, additional information. */
export function itemBox44(item: ItemView): string {
  return lines(
    ...item.documents.map((d) => formatDocument(d)),
    ...itemDangerousGoods(item),
    item.additionalInformation,
  )
}

export function supplementaryUnits(item: ItemView): string {
  const units = item.supplementaryUnits
  return units ? spaced(formatNumber(units.quantity), units.unit) : ''
}

/** The principal on a continuation sheet: name and identification. */
function principalShort(holder: PartyView | undefined): string {
  if (!holder) return ''
  return lines(
    holder.name,
    holder.tirHolderId !== '' && `TIR holder ID ${holder.tirHolderId}`,
    holder.idValue !== '' && spaced(holder.idScheme, holder.idValue),
  )
}

function controlAtDeparture(view: DeclarationView): string {
  return lines(
    view.seals.length > 0 && `Seals affixed: ${view.seals.length}`,
    view.seals.length > 0 && `Identity: ${view.seals.join(', ')}`,
    view.limitDate !== '' && `Time limit (date): ${view.limitDate}`,
  )
}

function containerIndicator(containerised: boolean | undefined): string {
  return containerised === undefined ? '' : containerised ? '1' : '0'
}

export function declarationDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const sheets = formsCount(totals.items)
  const forms = `1/${sheets}`
  const consignor = commonParty(view, (c) => c.consignor)
  const consignee = commonParty(view, (c) => c.consignee)
  const t = view.transport
  const principal = lines(
    formatParty(view.holder, { tirHolderId: true }),
    placeAndDate(view.placeOfDeclaration, view.declarationDate),
  )

  const header = grid(4, [
    sad('1', view.procedure),
    sad('3', forms),
    sad('5', String(totals.items)),
    sad('6', formatNumber(totals.packages, 0)),
    sad('7', view.lrn, 2),
    sad('A', view.mrn, 2),
    sad('2', consignor.same ? formatParty(consignor.party) : 'Various — see items', 2),
    sad('8', consignee.same ? formatParty(consignee.party) : 'Various — see items', 2),
    sad('14', formatParty(view.representative), 2),
    sad('15', formatCountry(view.countryOfDispatch)),
    sad('17', formatCountry(view.countryOfDestination)),
    sad('18', lines(...t.meansAtDeparture.map(formatMeans)), 2),
    sad('19', containerIndicator(t.containerised)),
    sad('22', formatMoneyList(totals.value)),
    sad('21', t.meansAtBorder ? formatMeans(t.meansAtBorder) : '', 2),
    sad('25', formatMode(t.borderMode)),
    sad('26', formatMode(t.inlandMode)),
    sad('27', formatPlace(view.placeOfLoading), 2),
    sad(
      '44',
      lines(...view.documents.map((d) => formatDocument(d)), view.remarks),
      2,
      'Additional information/Documents produced (whole declaration)',
    ),
    sad('50', principal, 4),
    sad('51', lines(...view.officesOfTransit.map(formatOffice)), 4),
    sad('52', formatGuarantee(view.guarantee), 2),
    sad('53', formatOffice(view.officeOfDestination), 2),
    sad('C', formatOffice(view.officeOfDeparture), 2),
    sad('D', controlAtDeparture(view), 2),
  ])

  const itemGrids: BoxGrid[] = view.consignments.flatMap((c) =>
    c.items.map((item) =>
      grid(4, [
        ...(consignor.same ? [] : [sad('2', formatParty(c.consignor), 2)]),
        ...(consignee.same ? [] : [sad('8', formatParty(c.consignee), 2)]),
        sad('31', sadBox31(item), 4),
        sad('32', item.sequence),
        sad('33', item.hsCode),
        sad('34', item.countryOfOrigin),
        sad('35', formatMass(item.grossMass)),
        sad('38', formatMass(item.netMass)),
        sad('41', supplementaryUnits(item)),
        sad('40', '', 2),
        sad('44', itemBox44(item), 4),
      ]),
    ),
  )

  const sheetHeader = grid(4, [
    sad('1', view.procedure),
    sad('3', forms),
    sad('7', view.lrn, 2),
    sad('50', principalShort(view.holder), 4),
  ])

  return {
    id: 'declaration',
    title: documentTitles.declaration,
    blocks: [header],
    items: {
      grids: itemGrids,
      firstSheetItems: SAD_FIRST_SHEET_ITEMS,
      perSheet: SAD_ITEMS_PER_SHEET,
      sheetHeader,
    },
  }
}
