/**
 * Commercial invoice (packet.md, document 6): seller (the first consignment's consignor) and
 * buyer (its consignee) with their tax ids, number and date, the Incoterms 2020 rule and
 * place, one line per goods item, totals, and the total in words and figures.
 *
 * The total is the invoice's own total (the declaration's `invoice.total`, which validation
 * keeps within 0.01 of the items' sum); the lines' totals row adds the item values. Without an
 * invoice element the items' values are the total. Quantity is the supplementary units when
 * the item has them, else the packages.
 */
import { INCOTERM_NAMES } from '../../codes/incoterms'
import type { Block, PacketDocument } from '../content'
import {
  formatAmount,
  formatCountry,
  formatKg,
  formatMass,
  formatMeans,
  formatMode,
  formatMoney,
  formatMoneyList,
  formatNumber,
  formatParty,
  join,
  lines,
  spaced,
} from '../format'
import { amountInWords } from '../words'
import { box, documentTitles, grid } from './common'
import { supplementaryUnits } from './declaration'
import { afghanTransitEndorsement } from './endorsements'
import { declarationTotals } from './totals'
import type { DeclarationView, ItemView } from '../../model/view'

/** Quantity of a line: supplementary units ("7000 NAR"), else the packages ("480 BG"). */
export function invoiceQuantity(item: ItemView): string {
  const units = supplementaryUnits(item)
  if (units !== '') return units
  return lines(...item.packages.map((p) => spaced(formatNumber(p.count, 0), p.kind)))
}

function incotermText(rule: string, place: string): string {
  const names: Readonly<Record<string, string>> = INCOTERM_NAMES
  const name = Object.hasOwn(names, rule) ? names[rule] : ''
  return join(' — ', spaced(rule, place), name)
}

export function invoiceDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const invoice = view.invoice
  const first = view.consignments[0]
  // The column's currency: the invoice's, else the items' when they share one.
  const currency =
    invoice?.currency || (totals.itemValues.length === 1 ? totals.itemValues[0].currency : '')
  const valueCell = (item: ItemView) => {
    const v = item.value
    if (!v) return ''
    return v.currency === currency
      ? formatAmount(v.amount, v.currency)
      : formatMoney(v.amount, v.currency)
  }
  const lineTotal =
    totals.itemValues.length === 1 && totals.itemValues[0].currency === currency
      ? formatAmount(totals.itemValues[0].amount, currency)
      : formatMoneyList(totals.itemValues)
  const t = view.transport

  const endorsement = afghanTransitEndorsement(view)
  const blocks: Block[] = [
    ...(endorsement ? [{ kind: 'text', emphasis: 'bold', text: endorsement } as const] : []),
    {
      kind: 'text',
      emphasis: 'bold',
      text: join(
        ' ',
        'Commercial invoice',
        invoice?.number && `No. ${invoice.number}`,
        invoice?.date && `of ${invoice.date}`,
      ),
    },
    grid(2, [
      box('', 'Seller', formatParty(first?.consignor)),
      box('', 'Buyer', formatParty(first?.consignee)),
      box('', 'Invoice number', invoice?.number ?? ''),
      box('', 'Invoice date', invoice?.date ?? ''),
      box(
        '',
        'Incoterms® 2020',
        invoice ? incotermText(invoice.incotermRule, invoice.incotermPlace) : '',
      ),
      box('', 'Currency', currency),
      box('', 'Country of dispatch', formatCountry(view.countryOfDispatch)),
      box('', 'Country of destination', formatCountry(view.countryOfDestination)),
      box(
        '',
        'Transport',
        lines(formatMode(t.borderMode), t.meansAtDeparture.map(formatMeans).join(', ')),
      ),
      box(
        '',
        'Transit declaration',
        lines(view.lrn !== '' && `LRN ${view.lrn}`, view.mrn !== '' && `MRN ${view.mrn}`),
      ),
      ...(invoice?.exchangeRate !== undefined
        ? [box('', 'Exchange rate', formatNumber(invoice.exchangeRate, 6), 2)]
        : []),
    ]),
    {
      kind: 'table',
      title: 'Goods',
      columns: [
        { label: 'No.', width: 2, align: 'end' },
        { label: 'HS code', width: 4 },
        { label: 'Description of goods', width: 12 },
        { label: 'Origin', width: 2 },
        { label: 'Quantity', width: 4, align: 'end' },
        { label: 'Net mass (kg)', width: 4, align: 'end' },
        { label: 'Gross mass (kg)', width: 4, align: 'end' },
        { label: currency === '' ? 'Value' : `Value (${currency})`, width: 5, align: 'end' },
      ],
      rows: view.items.map((item) => [
        item.sequence,
        item.hsCode,
        item.description,
        item.countryOfOrigin,
        invoiceQuantity(item),
        formatMass(item.netMass),
        formatMass(item.grossMass),
        valueCell(item),
      ]),
      totals: [
        '',
        '',
        'Total',
        '',
        '',
        formatMass(totals.net),
        formatMass(totals.gross),
        lineTotal,
      ],
    },
    {
      kind: 'text',
      emphasis: 'bold',
      text: `Total invoice value: ${formatMoneyList(totals.value)}`.trim(),
    },
    {
      kind: 'text',
      text: `Amount in words: ${totals.value
        .filter((v) => v.amount !== undefined)
        .map((v) => amountInWords(v.amount ?? 0, v.currency))
        .join(' plus ')}`.trim(),
    },
    {
      kind: 'text',
      emphasis: 'small',
      text: join(
        '; ',
        `Items: ${totals.items}`,
        `packages: ${formatNumber(totals.packages, 0)}`,
        totals.net !== undefined && `net mass: ${formatKg(totals.net)}`,
        totals.gross !== undefined && `gross mass: ${formatKg(totals.gross)}`,
      ),
    },
    { kind: 'text', text: 'Signature and stamp of the seller:' },
  ]
  return { id: 'invoice', title: documentTitles.invoice, blocks }
}
