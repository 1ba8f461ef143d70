/**
 * The totals every paper prints (cover, SAD boxes 5/6/22, invoice, packing list, TIR box 12),
 * computed once so that the papers agree to the last digit. Masses are added in whole grams
 * and money in minor units, so 0.1 + 0.2 is 0.3 here.
 */
import { currencyDigits } from '../words'
import type { DeclarationView, ItemView, MoneyView } from '../../model/view'

export interface Totals {
  items: number
  /** packages counted in all items (bulk and unpacked goods without a count add nothing) */
  packages: number
  /** kg; undefined when no item states a gross mass */
  gross: number | undefined
  /** kg; undefined when no item states a net mass */
  net: number | undefined
  /** the items' values, one sum a currency, in the order the currencies first appear */
  itemValues: MoneyView[]
  /**
   * The declaration's value: the invoice total in the invoice currency when there is an
   * invoice (SAD box 22; validation keeps it within 0.01 of the items' sum), else the items'
   * values.
   */
  value: MoneyView[]
}

/** Sum of numbers given with up to `decimals` decimals, added as integers. */
export function exactSum(values: (number | undefined)[], decimals: number): number | undefined {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v))
  if (present.length === 0) return undefined
  const scale = 10 ** decimals
  return present.reduce((sum, v) => sum + Math.round(v * scale), 0) / scale
}

export function itemPackageCount(item: ItemView): number {
  return item.packages.reduce((sum, p) => sum + (p.count ?? 0), 0)
}

export function moneyTotals(values: (MoneyView | undefined)[]): MoneyView[] {
  const byCurrency = new Map<string, (number | undefined)[]>()
  for (const v of values) {
    if (!v || v.amount === undefined) continue
    const amounts = byCurrency.get(v.currency) ?? []
    amounts.push(v.amount)
    byCurrency.set(v.currency, amounts)
  }
  return [...byCurrency].map(([currency, amounts]) => ({
    currency,
    amount: exactSum(amounts, currencyDigits(currency)),
  }))
}

export function totalsOf(items: ItemView[], view?: DeclarationView): Totals {
  const itemValues = moneyTotals(items.map((i) => i.value))
  const invoice = view?.invoice
  const value =
    invoice && invoice.total !== undefined
      ? [{ amount: invoice.total, currency: invoice.currency }]
      : itemValues
  return {
    items: items.length,
    packages: items.reduce((sum, item) => sum + itemPackageCount(item), 0),
    gross: exactSum(
      items.map((i) => i.grossMass),
      3,
    ),
    net: exactSum(
      items.map((i) => i.netMass),
      3,
    ),
    itemValues,
    value,
  }
}

/** Totals of the whole declaration. */
export function declarationTotals(view: DeclarationView): Totals {
  return totalsOf(view.items, view)
}
