/**
 * The declarations (or the trash) as a virtualised list, read live from the database: it
 * updates by itself when a declaration is saved, imported or deleted. One row is the list's tab
 * stop (the open declaration's, else the first); ↑/↓/Home/End move, Enter opens, Delete moves
 * to the trash, ↑ on the first row goes back to the search box (whose ↓ comes here).
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { declarations } from '../../db/workspace'
import { mark, measured } from '../../perf'
import { useReadinessCheck } from '../readiness/readiness-check'
import { useUi } from '../../state/ui-store'
import { trashDeclaration } from './commands'
import { forgetFirstPage, listQueryOf, useFirstPage } from './first-page'
import { ListRow } from './ListRow'
import { displayLocale } from '../../i18n'

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

/**
 * The list. Only its own state and queries draw it again (memo: not the sidebar's counts
 * arriving, nor another part of the window's state changing).
 */
export const DeclarationList = memo(function DeclarationList() {
  const { t } = useTranslation()
  // Only what the list shows: another part of the window's state changing leaves it be.
  const { showTrash, search, procedure, status, sort, pageSize, selectedId, select, showMore } =
    useUi(
      useShallow((s) => ({
        showTrash: s.showTrash,
        search: s.search,
        procedure: s.procedure,
        status: s.status,
        sort: s.sort,
        pageSize: s.pageSize,
        selectedId: s.selectedId,
        select: s.select,
        showMore: s.showMore,
      })),
    )
  const query = listQueryOf({ showTrash, search, procedure, status, sort, pageSize })
  const live = useLiveQuery(
    () => measured('list-query', () => declarations.list(query)),
    [showTrash, search, procedure, status, sort, pageSize],
  )
  // At start, the page read beside the app's loading (first-page.ts) until the live one answers.
  const early = useFirstPage(query)
  const page = live ?? early
  useEffect(() => {
    if (live) forgetFirstPage()
  }, [live])

  const rows = page?.rows ?? []
  useEffect(() => {
    if (page) mark('first-page')
  }, [page])
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
})

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
 * While the list loads: a moment at start, the window's frame already shown (an upgrade of the
 * database shows the boot screen instead, main.tsx).
 */
function ListLoading() {
  const { t } = useTranslation()
  useEffect(() => mark('list-frame'), [])
  return (
    <div className="list-status" role="status">
      {t('list.loading')}
    </div>
  )
}
