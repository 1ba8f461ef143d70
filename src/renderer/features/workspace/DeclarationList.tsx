/**
 * The declarations (or the trash) as a virtualised list, read live from the database: it
 * updates by itself when a declaration is saved, imported or deleted. One row is the list's tab
 * stop (the open declaration's, else the first); ↑/↓/Home/End move, Enter opens, Delete moves
 * to the trash, ↑ on the first row goes back to the search box (whose ↓ comes here).
 */
import { StatusBadge, TimeLimitFlag } from '../movement/StatusBadge'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeclarationRow } from '../../db/schema'
import { declarations } from '../../db/workspace'
import { measured } from '../../perf'
import { isChecked } from '../../../shared/model/declaration-record'
import { useReadinessCheck } from '../readiness/readiness-check'
import { ReadinessBadge } from '../validation/IssuesPanel'
import { useUi } from '../../state/ui-store'
import { purgeDeclaration, restoreDeclaration, trashDeclaration } from './commands'
import { displayLocale } from '../../i18n'

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

/**
 * A row's usual height, four lines: LRN; holder and route; items and mass; readiness and time.
 * Each row is measured as it shows: a line too long for the sidebar (a longer language, a
 * passed time limit, the trash's buttons) wraps and the row grows, never cutting a word.
 */
const ROW_HEIGHT = 84

/** Where ↓ in the search box goes: the list's tab stop. */
export function focusDeclarationList(): boolean {
  const row = document.querySelector<HTMLElement>('.declaration-list [role="option"][tabindex="0"]')
  row?.focus()
  return row !== null
}

/**
 * Focuses a row: at once when it is rendered, so that a key pressed right after lands on it;
 * else once it is (a row scrolled into view appears a frame or two later).
 */
function focusRow(id: string, framesLeft = 3): void {
  const row = document.getElementById(`row-${id}`)
  if (row) return row.focus()
  if (framesLeft > 0) requestAnimationFrame(() => focusRow(id, framesLeft - 1))
}

export function DeclarationList() {
  const { t } = useTranslation()
  const { showTrash, search, procedure, status, sort, pageSize, selectedId, select, showMore } =
    useUi()
  const page = useLiveQuery(
    () =>
      measured('list-query', () =>
        declarations.list({
          trashed: showTrash,
          search,
          procedure,
          status: status as '',
          sort,
          limit: pageSize,
        }),
      ),
    [showTrash, search, procedure, status, sort, pageSize],
  )

  const rows = page?.rows ?? []
  const scrollRef = useRef<HTMLDivElement>(null)
  /** the row the keyboard is on (the list's tab stop), when it is not the open one */
  const [activeId, setActiveId] = useState<string | null>(null)
  // Another declaration opened (New, an import, a click): the tab stop follows it.
  useEffect(() => setActiveId(null), [selectedId])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: 8,
  })
  const virtualRows = virtualizer.getVirtualItems()
  // The tab stop: the row the keyboard was on, else the open one, else the first shown (a row
  // scrolled out of the rendered window cannot take the focus).
  const shown = virtualRows.map((v) => rows[v.index]!.id)
  const tabStop = [activeId, selectedId].find((id) => id && shown.includes(id)) ?? shown[0]
  const lastShown = virtualRows[virtualRows.length - 1]?.index ?? 0
  const hasMore = !!page && page.total > rows.length
  useEffect(() => {
    if (hasMore && lastShown >= rows.length - 10) showMore()
  }, [hasMore, lastShown, rows.length, showMore])

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement
    // The keys of a row, not of the trash's buttons inside it.
    if (target.getAttribute('role') !== 'option') return
    const id = target.dataset['id']!
    const index = rows.findIndex((r) => r.id === id)
    const go = (next: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, next))]
      if (!row) return
      setActiveId(row.id)
      virtualizer.scrollToIndex(rows.indexOf(row))
      focusRow(row.id)
    }
    let handled = true
    if (event.key === 'ArrowDown') go(index + 1)
    else if (event.key === 'ArrowUp' && index === 0)
      document.getElementById('declaration-search')?.focus()
    else if (event.key === 'ArrowUp') go(index - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(rows.length - 1)
    else if (event.key === 'Enter' && !showTrash) select(id)
    else if (event.key === 'Delete' && !showTrash) void trashDeclaration(id)
    else handled = false
    if (handled) event.preventDefault()
  }

  if (!page) return <ListLoading />
  return (
    <>
      <div className="list-status" role="status" data-total={page.total}>
        {t(showTrash ? 'list.countTrash' : 'list.count', { count: page.total })}
      </div>
      <ReadinessProgressNote />
      {rows.length === 0 ? (
        <p className="empty">
          {t(search ? 'list.noMatch' : showTrash ? 'list.trashEmpty' : 'list.empty')}
        </p>
      ) : (
        <div
          className="declaration-list"
          ref={scrollRef}
          role="listbox"
          aria-label={t('list.label')}
          onKeyDown={onKeyDown}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualRows.map((v) => (
              <ListRow
                key={v.key}
                measure={virtualizer.measureElement}
                index={v.index}
                row={rows[v.index]!}
                top={v.start}
                selected={rows[v.index]!.id === selectedId}
                tabStop={rows[v.index]!.id === tabStop}
                trash={showTrash}
                locale={displayLocale()}
                onSelect={select}
                onFocus={setActiveId}
              />
            ))}
          </div>
        </div>
      )}
    </>
  )
}

interface ListRowProps {
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

function ListRow(props: ListRowProps) {
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

/** While stored declarations are checked in the background (after an update of the rules). */
function ReadinessProgressNote() {
  const { t } = useTranslation()
  const progress = useReadinessCheck((s) => s.progress)
  if (!progress) return null
  const number = (n: number) => n.toLocaleString(displayLocale())
  return (
    <p className="readiness-status" role="status">
      {t('list.checking', { checked: number(progress.checked), total: number(progress.total) })}
    </p>
  )
}

/**
 * While the list loads. Opening the database is quick, except the first time after an update
 * that upgrades it (version 7 compresses the small documents: ~12 s for 10,000 here): then
 * say why.
 */
function ListLoading() {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 2000)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className="list-status" role="status">
      {t('list.loading')}
      {slow && <p>{t('list.loadingSlowly')}</p>}
    </div>
  )
}
