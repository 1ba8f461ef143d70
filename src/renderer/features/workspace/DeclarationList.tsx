/**
 * The declarations (or the trash) as a virtualised list, read live from the database: it
 * updates by itself when a declaration is saved, imported or deleted. ↑/↓ move, Enter opens,
 * Delete moves to the trash.
 */
import { StatusBadge, TimeLimitFlag } from '../movement/StatusBadge'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
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

/** Four lines: LRN; holder and route; items and mass; readiness and time (room for longer languages). */
const ROW_HEIGHT = 84

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
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const virtualRows = virtualizer.getVirtualItems()
  const lastShown = virtualRows[virtualRows.length - 1]?.index ?? 0
  const hasMore = !!page && page.total > rows.length
  useEffect(() => {
    if (hasMore && lastShown >= rows.length - 10) showMore()
  }, [hasMore, lastShown, rows.length, showMore])

  const onKeyDown = (event: KeyboardEvent) => {
    const index = rows.findIndex((r) => r.id === selectedId)
    const go = (next: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, next))]
      if (!row) return
      event.preventDefault()
      select(row.id)
      virtualizer.scrollToIndex(rows.indexOf(row))
      requestAnimationFrame(() => document.getElementById(`row-${row.id}`)?.focus())
    }
    if (event.key === 'ArrowDown') go(index + 1)
    else if (event.key === 'ArrowUp') go(index - 1)
    else if (event.key === 'Delete' && selectedId && !showTrash) void trashDeclaration(selectedId)
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
                row={rows[v.index]!}
                top={v.start}
                selected={rows[v.index]!.id === selectedId}
                trash={showTrash}
                locale={displayLocale()}
                onSelect={select}
              />
            ))}
          </div>
        </div>
      )}
    </>
  )
}

interface ListRowProps {
  row: DeclarationRow
  top: number
  selected: boolean
  trash: boolean
  locale: string
  onSelect(id: string): void
}

function ListRow({ row, top, selected, trash, locale, onSelect }: ListRowProps) {
  const { t } = useTranslation()
  const updated = listTime(locale).format(new Date(row.updatedAt))
  return (
    <div
      id={`row-${row.id}`}
      className={selected ? 'declaration-row selected' : 'declaration-row'}
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => !trash && onSelect(row.id)}
      onKeyDown={(e) => e.key === 'Enter' && !trash && onSelect(row.id)}
      data-lrn={row.lrn}
    >
      <div className="row-main">
        <span className="lrn">{row.lrn || t('editor.noLrn')}</span>
        <span className={`badge badge--${row.procedure || 'none'}`}>{row.procedure || '—'}</span>
        <StatusBadge status={row.status} />
      </div>
      <div className="row-sub">
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
        {trash && (
          <span className="row-actions">
            <button type="button" onClick={() => void restoreDeclaration(row.id)}>
              {t('trash.restore')}
            </button>
            <button type="button" className="danger" onClick={() => void purgeDeclaration(row.id)}>
              {t('trash.purge')}
            </button>
          </span>
        )}
      </div>
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
