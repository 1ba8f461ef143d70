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
import type { Block, PacketDocument } from '../content'
import {
  formatAmount,
  formatCountryIn,
  formatKg,
  formatMass,
  formatMeans,
  formatMoney,
  formatMoneyList,
  formatNumber,
  formatParty,
  join,
  lines,
  spaced,
} from '../format'
import { box, grid } from './common'
import type { PaperWords } from '../languages/paper-words'
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

function incotermText(rule: string, place: string, words: PaperWords): string {
  const names: Readonly<Record<string, string>> = words.codeNames.incoterm
  const name = Object.hasOwn(names, rule) ? names[rule] : ''
  return join(' — ', spaced(rule, place), name)
}

/** "3 Road transport", the mode named in the paper's language. */
function modeText(code: string, words: PaperWords): string {
  const names: Readonly<Record<string, string>> = words.codeNames.transportMode
  return spaced(code, Object.hasOwn(names, code) ? names[code] : '')
}

export function invoiceDocument(view: DeclarationView, words: PaperWords): PacketDocument {
  const { invoice: w, countries } = words
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
      text: w.heading(invoice?.number ?? '', words.date(invoice?.date ?? '')),
    },
    grid(2, [
      box('', w.seller, formatParty(first?.consignor, { countries })),
      box('', w.buyer, formatParty(first?.consignee, { countries })),
      box('', w.invoiceNumber, invoice?.number ?? ''),
      box('', w.invoiceDate, words.date(invoice?.date ?? '')),
      box(
        '',
        w.incoterms,
        invoice ? incotermText(invoice.incotermRule, invoice.incotermPlace, words) : '',
      ),
      box('', w.currency, currency),
      box('', w.dispatch, formatCountryIn(countries, view.countryOfDispatch)),
      box('', w.destination, formatCountryIn(countries, view.countryOfDestination)),
      box(
        '',
        w.transport,
        lines(modeText(t.borderMode, words), t.meansAtDeparture.map(formatMeans).join(', ')),
      ),
      box(
        '',
        w.declaration,
        lines(view.lrn !== '' && `LRN ${view.lrn}`, view.mrn !== '' && `MRN ${view.mrn}`),
      ),
      ...(invoice?.exchangeRate !== undefined
        ? [box('', w.exchangeRate, formatNumber(invoice.exchangeRate, 6), 2)]
        : []),
    ]),
    {
      kind: 'table',
      title: w.goods,
      columns: [
        { label: w.columns.number, width: 2, align: 'end' },
        { label: w.columns.hsCode, width: 4 },
        { label: w.columns.description, width: 12 },
        { label: w.columns.origin, width: 2 },
        { label: w.columns.quantity, width: 4, align: 'end' },
        { label: w.columns.net, width: 4, align: 'end' },
        { label: w.columns.gross, width: 4, align: 'end' },
        { label: w.columns.value(currency), width: 5, align: 'end' },
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
        w.total,
        '',
        '',
        formatMass(totals.net),
        formatMass(totals.gross),
        lineTotal,
      ],
    },
    { kind: 'text', emphasis: 'bold', text: w.totalValue(formatMoneyList(totals.value)) },
    {
      kind: 'text',
      text: w.inWords(
        totals.value
          .filter((v) => v.amount !== undefined)
          .map((v) => words.amountInWords(v.amount ?? 0, v.currency))
          .join(w.plus),
      ),
    },
    {
      kind: 'text',
      emphasis: 'small',
      text: w.summary({
        items: String(totals.items),
        packages: formatNumber(totals.packages, 0),
        ...(totals.net !== undefined ? { net: formatKg(totals.net) } : {}),
        ...(totals.gross !== undefined ? { gross: formatKg(totals.gross) } : {}),
      }),
    },
    { kind: 'text', text: w.signature },
  ]
  return {
    id: 'invoice',
    title: words.titles.invoice,
    ...(words.language !== 'en' ? { language: words.language } : {}),
    blocks,
  }
}
