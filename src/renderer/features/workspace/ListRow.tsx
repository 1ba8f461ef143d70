/**
 * One row of the declaration list (DeclarationList): LRN, procedure and status; holder and
 * route; items and mass; readiness, time limit and last change — and in the trash, its Restore
 * and Delete forever buttons.
 */
import { memo, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeclarationRow } from '../../db/schema'
import { isChecked } from '../../../shared/model/declaration-record'
import { StatusBadge, TimeLimitFlag } from '../movement/StatusBadge'
import { ReadinessBadge } from '../validation/IssuesPanel'
import { purgeDeclaration, restoreDeclaration } from './commands'

/** The rows' time of last change, one formatter per locale (made once, not per row and render). */
const listTimes = new Map<string, Intl.DateTimeFormat>()
function listTime(locale: string): Intl.DateTimeFormat {
  let format = listTimes.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    listTimes.set(locale, format)
  }
  return format
}

export interface ListRowProps {
  /** the virtualiser's measuring of the row's height */
  measure: Ref<HTMLDivElement>
  index: number
  row: DeclarationRow
  top: number
  selected: boolean
  /** the list's one tab stop */
  tabStop: boolean
  trash: boolean
  locale: string
  onSelect(id: string): void
  onFocus(id: string): void
}

/**
 * A row is drawn again only when what it shows changed: not when the list's live query answers
 * with the same rows as the page read at start, nor when another row is selected.
 */
export const ListRow = memo(ListRowView, (before, after) =>
  (Object.keys(after) as (keyof ListRowProps)[]).every((key) =>
    key === 'row' ? sameRow(before.row, after.row) : before[key] === after[key],
  ),
)

/** Two reads of one stored row hold the same values (a query gives new objects each time). */
function sameRow(a: DeclarationRow, b: DeclarationRow): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as (keyof DeclarationRow)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]]
    return (
      x === y ||
      (Array.isArray(x) &&
        Array.isArray(y) &&
        x.length === y.length &&
        x.every((v, i) => v === y[i]))
    )
  })
}

function ListRowView(props: ListRowProps) {
  const { measure, index, row, top, selected, tabStop, trash, locale, onSelect, onFocus } = props
  const { t } = useTranslation()
  const updated = listTime(locale).format(new Date(row.updatedAt))
  // The trash's buttons are reached from the row the keyboard is on, not from every row.
  const buttonTab = tabStop ? 0 : -1
  return (
    <div
      ref={measure}
      data-index={index}
      id={`row-${row.id}`}
      className={selected ? 'declaration-row selected' : 'declaration-row'}
      role="option"
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => !trash && onSelect(row.id)}
      onFocus={(e) => e.target === e.currentTarget && onFocus(row.id)}
      data-id={row.id}
      data-lrn={row.lrn}
    >
      <div className="row-main">
        <span className="lrn">{row.lrn || t('editor.noLrn')}</span>
        <span className={`badge badge--${row.procedure || 'none'}`}>{row.procedure || '—'}</span>
        <StatusBadge status={row.status} />
      </div>
      <div className="row-sub row-party">
        <span className="holder" dir="auto">
          {row.holderName || t('list.noHolder')}
        </span>
        <span className="route">{row.route.filter(Boolean).join(' → ')}</span>
      </div>
      <div className="row-sub">
        <span>{t('list.items', { count: row.itemCount })}</span>
        <span>{t('list.mass', { mass: row.grossMass.toLocaleString(locale) })}</span>
      </div>
      <div className="row-sub">
        {isChecked(row) ? (
          <ReadinessBadge errors={row.errorCount ?? 0} warnings={row.warningCount ?? 0} />
        ) : (
          <span className="readiness readiness--unchecked">{t('list.unchecked')}</span>
        )}
        <TimeLimitFlag status={row.status} limitDate={row.limitDate ?? ''} />
        <span className="updated">{updated}</span>
      </div>
      {trash && (
        <div className="row-actions">
          <button
            type="button"
            tabIndex={buttonTab}
            onClick={() => void restoreDeclaration(row.id)}
          >
            {t('trash.restore')}
          </button>
          <button
            type="button"
            className="danger"
            tabIndex={buttonTab}
            onClick={() => void purgeDeclaration(row.id)}
          >
            {t('trash.purge')}
          </button>
        </div>
      )}
    </div>
  )
}
