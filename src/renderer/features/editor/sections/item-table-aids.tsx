/**
 * What the items table adds to its rows and columns: the column's Fill down, and where a row's
 * findings hide in its details (a marker on the row; the details open at the faulty field).
 */
import { useContext, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemColumn } from '../../../../shared/model/item-defaults'
import { jumpTarget } from '../../validation/jump'
import { FindingsContext } from '../session-context'

interface FillDownProps {
  column: ItemColumn
  /** the row whose value is copied to the rows below it */
  from: number
  onFill(from: number): void
}

export function FillDownButton({ column, from, onFill }: FillDownProps) {
  const { t } = useTranslation()
  const label = t('editor.goods.fillDown', {
    column: t(`editor.goods.column.${column}`),
    n: from + 1,
  })
  return (
    <button
      type="button"
      className="fill-down"
      aria-label={label}
      title={label}
      onClick={() => onFill(from)}
    >
      ⇣
    </button>
  )
}

const noStore = () => () => undefined

/**
 * The items of consignment `c` with a finding that only their details show (the jump to it
 * would open the details): their rows carry a marker.
 */
export function useDetailFaults(c: number): ReadonlySet<number> {
  const store = useContext(FindingsContext)
  // A string snapshot, so the table re-renders only when the set of faulty rows changes.
  const key = useSyncExternalStore(store?.subscribe ?? noStore, () => {
    const report = store?.getReport()
    if (!report) return ''
    const rows = new Set<number>()
    for (const finding of [...report.errors, ...report.warnings]) {
      const goods = jumpTarget(finding.path).goods
      if (goods?.consignment === c && typeof goods.item === 'number') rows.add(goods.item)
    }
    return [...rows].sort((a, b) => a - b).join(',')
  })
  return useMemo(() => new Set(key === '' ? [] : key.split(',').map(Number)), [key])
}

/** Puts the focus on the first field of the open item details that has a finding. */
export function focusFirstFault(): void {
  const details = document.querySelector('.item-details')
  const field =
    details?.querySelector('.field--error') ?? details?.querySelector('.field--warning') ?? null
  field?.querySelector<HTMLElement>('input, select, textarea')?.focus()
}

interface NewItemRowProps {
  /** adds an item described as typed and moves the focus into its row */
  onStart(description: string): void
}

/**
 * The empty row under the table: typing a description there starts a new item, so adding
 * goods is typing, as in a spreadsheet, without a click on "Add item" first.
 */
export function NewItemRow({ onStart }: NewItemRowProps) {
  const { t } = useTranslation()
  return (
    <div className="items-row items-new" role="row">
      <span className="col-sequence" role="cell">
        +
      </span>
      <span className="col-description" role="cell">
        <input
          type="text"
          value=""
          className="new-item"
          aria-label={t('editor.goods.newItem')}
          placeholder={t('editor.goods.newItem')}
          onChange={(event) => {
            const text = event.currentTarget.value
            if (text.trim() !== '') onStart(text)
          }}
        />
      </span>
    </div>
  )
}
