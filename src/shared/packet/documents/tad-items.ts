/**
 * The TAD's List of items ("TRANSIT LIST OF ITEMS", Annex B-03 of DA (EU) 2015/2446; HMRC's
 * app/views/tad/components/items): one row per goods item with its data element numbers,
 * supplementary units included. It starts on a page of its own and its header repeats.
 */
import type { Table } from '../content'
import { formatDocument, formatMass, formatNumber, lines } from '../format'
import { packagesText, supplementaryUnits } from './declaration'
import { numbered } from './tad-sections'
import { declarationTotals } from './totals'
import type { DeclarationView, ItemView } from '../../model/view'
import { itemDangerousGoods } from './dangerous-goods'

export const LIST_OF_ITEMS = 'Transit list of items'

/**
 * Each item with its consignee's name when the consignments have different consignees (HMRC's
 * item rows carry Consignee [13 03]; page 1 lists them all and could not say whose item is whose).
 */
function itemsWithConsignee(view: DeclarationView): { item: ItemView; consignee: string }[] {
  const names = view.consignments.map((c) => c.consignee?.name ?? '')
  const several = new Set(names).size > 1
  return view.consignments.flatMap((c, i) =>
    c.items.map((item) => ({ item, consignee: several ? names[i]! : '' })),
  )
}

export function tadItemsTable(view: DeclarationView): Table {
  const totals = declarationTotals(view)
  return {
    kind: 'table',
    title: LIST_OF_ITEMS,
    pageBreakBefore: true,
    columns: [
      { label: numbered('Goods item No.', '11 03'), width: 2, align: 'end' },
      { label: numbered('Type and number of packages, shipping marks', '18 06'), width: 8 },
      { label: numbered('Description of goods', '18 05'), width: 9 },
      { label: numbered('Commodity code', '18 09'), width: 4 },
      { label: numbered('Gross mass (kg)', '18 04'), width: 4, align: 'end' },
      { label: numbered('Net mass (kg)', '18 01'), width: 4, align: 'end' },
      { label: numbered('Supplementary units', '18 02'), width: 3, align: 'end' },
      {
        label: [
          numbered('UNDG', '18 07'),
          numbered('supporting document', '12 03'),
          numbered('additional information', '12 02'),
        ].join(', '),
        width: 6,
      },
    ],
    rows: itemsWithConsignee(view).map(({ item, consignee }) => [
      item.sequence,
      packagesText(item),
      item.description,
      item.hsCode,
      formatMass(item.grossMass),
      formatMass(item.netMass),
      supplementaryUnits(item),
      lines(
        consignee !== '' && `${numbered('Consignee', '13 03')}: ${consignee}`,
        ...itemDangerousGoods(item),
        ...item.documents.map((d) => formatDocument(d)),
        item.additionalInformation,
      ),
    ]),
    totals: [
      'Total',
      `${formatNumber(totals.packages, 0)} packages`,
      `${totals.items} items`,
      '',
      formatMass(totals.gross),
      formatMass(totals.net),
      '',
      '',
    ],
  }
}
